package dev.worlds.instrument.internal;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.Attribute;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.TypePath;

/**
 * Turns a {@code @Speculative} method into a wrapper and a body. The original code moves, with
 * its barriers, into a private synthetic {@code $worlds$speculative$name}; the method keeps its
 * name, access, annotations and parameters and becomes
 *
 * <pre>
 * World w = Worlds.push();
 * try {
 *     result = body(args);
 * } catch (Throwable t) {
 *     Speculation.abort(w, t);   // roll back w and any inner worlds left open
 *     throw t;                   // the same instance
 * }
 * Speculation.end(w);            // commit, outside the try: its own errors are not "the body threw"
 * return result;
 * </pre>
 *
 * The wrapper's only branch target is the handler, whose frame this class writes itself.
 */
final class SpeculativeMethodSplitter extends MethodVisitor {
    private final MethodVisitor wrapper;
    private final ClassWeavePlan plan;
    private final int access;
    private final String name;
    private final String descriptor;

    SpeculativeMethodSplitter(MethodVisitor wrapper, MethodVisitor body, ClassWeavePlan plan, int access,
            String name, String descriptor) {
        super(Opcodes.ASM9, body);
        this.wrapper = wrapper;
        this.plan = plan;
        this.access = access;
        this.name = name;
        this.descriptor = descriptor;
    }

    static int bodyAccess(int access) {
        return (access & (Opcodes.ACC_STATIC | Opcodes.ACC_STRICT)) | Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC;
    }

    // The method's declaration-level parts stay with the wrapper, the public face of the method.

    @Override
    public void visitParameter(String parameterName, int parameterAccess) {
        wrapper.visitParameter(parameterName, parameterAccess);
    }

    @Override
    public AnnotationVisitor visitAnnotationDefault() {
        return wrapper.visitAnnotationDefault();
    }

    @Override
    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
        return wrapper.visitAnnotation(annotation, visible);
    }

    @Override
    public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String annotation, boolean visible) {
        return wrapper.visitTypeAnnotation(typeRef, typePath, annotation, visible);
    }

    @Override
    public void visitAnnotableParameterCount(int parameterCount, boolean visible) {
        wrapper.visitAnnotableParameterCount(parameterCount, visible);
    }

    @Override
    public AnnotationVisitor visitParameterAnnotation(int parameter, String annotation, boolean visible) {
        return wrapper.visitParameterAnnotation(parameter, annotation, visible);
    }

    @Override
    public void visitAttribute(Attribute attribute) {
        wrapper.visitAttribute(attribute);
    }

    @Override
    public void visitEnd() {
        super.visitEnd();
        generateWrapper();
    }

    private void generateWrapper() {
        boolean isStatic = (access & Opcodes.ACC_STATIC) != 0;
        boolean isInterface = plan.info().isInterface();
        Type method = Type.getMethodType(descriptor);
        Type returnType = method.getReturnType();

        List<Object> locals = new ArrayList<>();
        int slot = 0;
        if (!isStatic) {
            locals.add(plan.className());
            slot++;
        }
        for (Type argument : method.getArgumentTypes()) {
            locals.add(frameType(argument));
            slot += argument.getSize();
        }
        int worldSlot = slot;
        int resultSlot = worldSlot + 1;
        locals.add(RuntimeNames.WORLD);

        MethodVisitor mv = wrapper;
        Label tryStart = new Label();
        Label tryEnd = new Label();
        Label handler = new Label();
        mv.visitCode();
        mv.visitTryCatchBlock(tryStart, tryEnd, handler, null);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.WORLDS, RuntimeNames.PUSH, RuntimeNames.PUSH_DESC, false);
        mv.visitVarInsn(Opcodes.ASTORE, worldSlot);
        mv.visitLabel(tryStart);
        int argSlot = 0;
        if (!isStatic) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            argSlot++;
        }
        for (Type argument : method.getArgumentTypes()) {
            mv.visitVarInsn(argument.getOpcode(Opcodes.ILOAD), argSlot);
            argSlot += argument.getSize();
        }
        mv.visitMethodInsn(isStatic ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL, plan.className(),
                RuntimeNames.SPECULATIVE_BODY_PREFIX + name, descriptor, isInterface);
        mv.visitLabel(tryEnd);
        boolean returnsValue = returnType.getSort() != Type.VOID;
        if (returnsValue) {
            mv.visitVarInsn(returnType.getOpcode(Opcodes.ISTORE), resultSlot);
        }
        mv.visitVarInsn(Opcodes.ALOAD, worldSlot);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.SPECULATION, RuntimeNames.SPECULATION_END,
                RuntimeNames.SPECULATION_END_DESC, false);
        if (returnsValue) {
            mv.visitVarInsn(returnType.getOpcode(Opcodes.ILOAD), resultSlot);
        }
        mv.visitInsn(returnType.getOpcode(Opcodes.IRETURN));

        mv.visitLabel(handler);
        if (plan.usesFrames()) {
            mv.visitFrame(Opcodes.F_NEW, locals.size(), locals.toArray(), 1, new Object[] {"java/lang/Throwable"});
        }
        int failureSlot = worldSlot + 1;
        mv.visitVarInsn(Opcodes.ASTORE, failureSlot);
        mv.visitVarInsn(Opcodes.ALOAD, worldSlot);
        mv.visitVarInsn(Opcodes.ALOAD, failureSlot);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.SPECULATION, RuntimeNames.SPECULATION_ABORT,
                RuntimeNames.SPECULATION_ABORT_DESC, false);
        mv.visitVarInsn(Opcodes.ALOAD, failureSlot);
        mv.visitInsn(Opcodes.ATHROW);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** A local's type as a stack map frame states it (long and double take one element here). */
    private static Object frameType(Type type) {
        switch (type.getSort()) {
            case Type.BOOLEAN:
            case Type.BYTE:
            case Type.CHAR:
            case Type.SHORT:
            case Type.INT:
                return Opcodes.INTEGER;
            case Type.FLOAT:
                return Opcodes.FLOAT;
            case Type.LONG:
                return Opcodes.LONG;
            case Type.DOUBLE:
                return Opcodes.DOUBLE;
            default:
                return type.getInternalName();
        }
    }
}
