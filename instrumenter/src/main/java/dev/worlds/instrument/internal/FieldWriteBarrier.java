package dev.worlds.instrument.internal;

import dev.worlds.instrument.ClassHierarchy;
import dev.worlds.instrument.ClassInfo;
import java.util.BitSet;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.AnalyzerAdapter;

/**
 * Puts the write barrier in front of every {@code putfield} and {@code putstatic} of a tracked
 * field. The original write instruction stays as it was, so access checks and semantics do not
 * change; the barrier is a call to a tiny static method that the JIT inlines, which keeps the
 * method free of new branches and its stack map frames valid as they are.
 *
 * <p>Instance writes: {@code Owner.$worlds$barrier(receiver, comparand)} with the receiver dug
 * out from under the value. Static writes: {@code Declaring.$worlds$staticBarrier(comparand)}.
 * The comparand is the method's {@link WorldComparandLocal}.
 *
 * <p>Not barriered:
 * <ul>
 * <li>writes whose receiver is {@code uninitializedThis} (javac's {@code this$0} and captured
 * values, flexible constructor bodies): JVMS 4.10.1.9 lets {@code putfield} store into fields of
 * the current class on an uninitialized {@code this}, but no other instruction may use it, so
 * it cannot be passed to a barrier; such an object is new and needs no save anyway;</li>
 * <li>a class's own static fields written in its {@code <clinit>}: class initialization is
 * not undone by a rollback.</li>
 * </ul>
 */
final class FieldWriteBarrier extends MethodVisitor {
    private final ClassWeavePlan plan;
    private final String methodName;
    private final String methodDescriptor;
    private final AnalyzerAdapter frames;
    private int line = -1;
    private BitSet repeatedBarriers = new BitSet();
    private int instruction = -1;
    private int comparandLocal = -1;

    /**
     * @param frames the analyzer downstream of this visitor in constructors (to see
     *               {@code uninitializedThis}); null elsewhere
     */
    FieldWriteBarrier(MethodVisitor next, ClassWeavePlan plan, String methodName, String methodDescriptor,
            AnalyzerAdapter frames) {
        super(Opcodes.ASM9, next);
        this.plan = plan;
        this.methodName = methodName;
        this.methodDescriptor = methodDescriptor;
        this.frames = frames;
    }

    /**
     * Skips the barriers of the putfields at these instruction indexes (positions in the method's
     * instruction list, labels, frames and line numbers included), found by
     * {@link RepeatedBarrierAnalysis}.
     */
    void skipBarriersAt(BitSet indexes) {
        this.repeatedBarriers = indexes;
    }

    /** The local holding the comparand ({@link WorldComparandLocal}); set before the code is replayed. */
    void passComparandFrom(int local) {
        this.comparandLocal = local;
    }

    // Every instruction-list event advances the index, so it matches the analysed MethodNode.

    @Override
    public void visitLineNumber(int line, Label start) {
        instruction++;
        this.line = line;
        super.visitLineNumber(line, start);
    }

    @Override
    public void visitLabel(Label label) {
        instruction++;
        super.visitLabel(label);
    }

    @Override
    public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
        instruction++;
        super.visitFrame(type, numLocal, local, numStack, stack);
    }

    @Override
    public void visitInsn(int opcode) {
        instruction++;
        super.visitInsn(opcode);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        instruction++;
        super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitVarInsn(int opcode, int var) {
        instruction++;
        super.visitVarInsn(opcode, var);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        instruction++;
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        instruction++;
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        instruction++;
        super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        instruction++;
        super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitLdcInsn(Object value) {
        instruction++;
        super.visitLdcInsn(value);
    }

    @Override
    public void visitIincInsn(int var, int increment) {
        instruction++;
        super.visitIincInsn(var, increment);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        instruction++;
        super.visitTableSwitchInsn(min, max, dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        instruction++;
        super.visitLookupSwitchInsn(dflt, keys, labels);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
        instruction++;
        super.visitMultiANewArrayInsn(descriptor, dimensions);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        instruction++;
        if (opcode == Opcodes.PUTFIELD && repeatedBarriers.get(instruction)) {
            super.visitFieldInsn(opcode, owner, name, descriptor);
            return;
        }
        if (opcode == Opcodes.PUTFIELD) {
            barrierForInstanceWrite(owner, name, descriptor);
        } else if (opcode == Opcodes.PUTSTATIC) {
            barrierForStaticWrite(owner, name, descriptor);
        }
        super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    private void barrierForInstanceWrite(String owner, String name, String descriptor) {
        boolean wide = descriptor.equals("J") || descriptor.equals("D");
        if (receiverIsUninitializedThis(wide ? 2 : 1)) {
            return;
        }
        // resolve() reports what cannot be tracked; the decision itself is the plan's, the same one
        // RepeatedBarrierAnalysis uses, so a skipped barrier always repeats one emitted here.
        if (resolve(owner, name, descriptor) == null || !plan.isTrackedInstanceWrite(owner, name, descriptor)) {
            return;
        }
        // Stack: ..., receiver, value  ->  barrier(receiver)  ->  ..., receiver, value
        if (wide) {
            super.visitInsn(Opcodes.DUP2_X1);
            super.visitInsn(Opcodes.POP2);
            super.visitInsn(Opcodes.DUP);
            loadComparand();
            super.visitMethodInsn(Opcodes.INVOKESTATIC, owner, RuntimeNames.BARRIER_METHOD,
                    RuntimeNames.BARRIER_DESC, false);
            super.visitInsn(Opcodes.DUP_X2);
            super.visitInsn(Opcodes.POP);
        } else {
            super.visitInsn(Opcodes.SWAP);
            super.visitInsn(Opcodes.DUP);
            loadComparand();
            super.visitMethodInsn(Opcodes.INVOKESTATIC, owner, RuntimeNames.BARRIER_METHOD,
                    RuntimeNames.BARRIER_DESC, false);
            super.visitInsn(Opcodes.SWAP);
        }
    }

    private void barrierForStaticWrite(String owner, String name, String descriptor) {
        ClassHierarchy.ResolvedField resolved = resolve(owner, name, descriptor);
        if (resolved == null || !plan.isTrackedStaticWrite(owner, name, descriptor, methodName)) {
            return;
        }
        ClassInfo declaring = resolved.declaringClass();
        if (!declaring.isPublic() && !ClassInfo.packageOf(declaring.name()).equals(ClassInfo.packageOf(plan.className()))) {
            plan.warn(site() + ": writes static field " + dotted(declaring.name()) + "." + name
                    + " through " + dotted(owner) + ", but " + dotted(declaring.name())
                    + " is not accessible here, so the write is not tracked. Write it from its own package.");
            return;
        }
        loadComparand();
        super.visitMethodInsn(Opcodes.INVOKESTATIC, declaring.name(), RuntimeNames.STATIC_BARRIER_METHOD,
                RuntimeNames.STATIC_BARRIER_DESC, false);
    }

    /** Resolves a written field to a tracked one of a woven class, warning when it cannot. */
    private ClassHierarchy.ResolvedField resolve(String owner, String name, String descriptor) {
        ClassHierarchy.ResolvedField resolved = plan.hierarchy().resolveField(owner, name, descriptor);
        if (resolved == null) {
            plan.warn(site() + ": writes " + dotted(owner) + "." + name + ", but the class file of "
                    + dotted(owner) + " (or of a superclass) is not on the weaver's classpath, so the write"
                    + " is not tracked. Add it to the classpath.");
            return null;
        }
        ClassInfo.Field field = resolved.field();
        if (field.isFinal() || field.untracked() || field.isWeaverField()) {
            return null;
        }
        if (!plan.hierarchy().isWoven(resolved.declaringClass().name())) {
            plan.warn(site() + ": writes " + dotted(resolved.declaringClass().name()) + "." + name
                    + ", a field of a class that is not woven, so the write is not tracked. Weave that"
                    + " class too, or keep this state in woven classes.");
            return null;
        }
        return resolved;
    }

    /**
     * Every write this visitor barriers was among the sites {@code MethodAnalysisBuffer} gave a
     * comparand local; a barrier without one would be a weaver bug, reported here rather than
     * as a class the JVM refuses.
     */
    private void loadComparand() {
        if (comparandLocal < 0) {
            throw new IllegalStateException(site() + ": a field barrier without the comparand local");
        }
        super.visitVarInsn(Opcodes.ALOAD, comparandLocal);
    }

    private boolean receiverIsUninitializedThis(int valueSlots) {
        if (frames == null || frames.stack == null) {
            return false;
        }
        List<Object> stack = frames.stack;
        int receiver = stack.size() - 1 - valueSlots;
        return receiver >= 0 && stack.get(receiver) == Opcodes.UNINITIALIZED_THIS;
    }

    private String site() {
        return plan.site(methodName, methodDescriptor, line);
    }

    static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }
}
