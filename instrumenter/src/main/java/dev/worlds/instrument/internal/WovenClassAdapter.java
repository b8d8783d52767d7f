package dev.worlds.instrument.internal;

import dev.worlds.instrument.ClassInfo;
import dev.worlds.instrument.WeavingException;
import java.util.Arrays;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Weaves one class according to its {@link ClassWeavePlan}: hands each method to a
 * {@link MethodWeaver} (both halves of a {@code @Speculative} one, which
 * {@link SpeculativeMethodSplitter} splits), declares {@code Tracked} where the stamp is declared,
 * and adds the generated members. The woven marker is {@link WovenMarkerAdder}'s.
 * The class reader must run with {@code EXPAND_FRAMES} (constructors are analysed).
 */
public final class WovenClassAdapter extends ClassVisitor {
    private final ClassWeavePlan plan;
    private final String source;
    private boolean sawStaticInitializer;
    private String currentMethod;

    public WovenClassAdapter(ClassVisitor next, ClassWeavePlan plan, String source) {
        super(Opcodes.ASM9, next);
        this.plan = plan;
        this.source = source;
    }

    /** Name and descriptor of the method being woven, for error messages; null between methods. */
    public String currentMethod() {
        return currentMethod;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        String[] withTracked = interfaces;
        if (plan.declaresStamp()) {
            withTracked = Arrays.copyOf(interfaces == null ? new String[0] : interfaces,
                    interfaces == null ? 1 : interfaces.length + 1);
            withTracked[withTracked.length - 1] = RuntimeNames.TRACKED;
        }
        super.visit(version, access, name, signature, superName, withTracked);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        currentMethod = name + descriptor;
        if (plan.isSpeculative(name, descriptor)) {
            checkSpeculativeAllowed(access, name, descriptor);
            MethodVisitor wrapper = super.visitMethod(access, name, descriptor, signature, exceptions);
            MethodVisitor body = super.visitMethod(SpeculativeMethodSplitter.bodyAccess(access),
                    RuntimeNames.SPECULATIVE_BODY_PREFIX + name, descriptor, signature, exceptions);
            return new SpeculativeMethodSplitter(wrapper, rewrite(body, access, name, descriptor), plan,
                    access, name, descriptor);
        }
        return rewrite(super.visitMethod(access, name, descriptor, signature, exceptions), access, name, descriptor);
    }

    private MethodVisitor rewrite(MethodVisitor mv, int access, String name, String descriptor) {
        if (mv == null || (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
            return mv;
        }
        sawStaticInitializer |= name.equals("<clinit>");
        return new MethodWeaver(access, name, descriptor, plan, mv);
    }

    private void checkSpeculativeAllowed(int access, String name, String descriptor) {
        String problem = null;
        if (name.equals("<init>") || name.equals("<clinit>")) {
            problem = "a constructor or static initializer cannot be @Speculative; put the speculative"
                    + " work in a method and call it";
        } else if ((access & Opcodes.ACC_ABSTRACT) != 0) {
            problem = "an abstract method has no body to run speculatively; annotate the implementations";
        } else if ((access & Opcodes.ACC_NATIVE) != 0) {
            problem = "a native method's writes cannot be tracked; wrap the call in a @Speculative Java method";
        }
        if (problem != null) {
            throw new WeavingException(source, "@Speculative on " + ClassInfo.dotted(plan.className())
                    + "." + name + descriptor + ": " + problem + ".");
        }
    }

    @Override
    public void visitEnd() {
        currentMethod = null;
        if (plan.declaresStamp()) {
            StampMembersGenerator.generate(cv, plan);
        }
        if (plan.needsSaveRestore()) {
            SaveRestoreGenerator.generateInstance(cv, plan);
        }
        if (plan.hasTrackedStatics()) {
            StaticStateGenerator.generateMembers(cv, plan);
        }
        if (!sawStaticInitializer) {
            ClassInitPrologue.generateInitializer(cv, plan);
        }
        super.visitEnd();
    }
}
