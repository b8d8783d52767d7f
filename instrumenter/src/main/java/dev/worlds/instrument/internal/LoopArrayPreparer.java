package dev.worlds.instrument.internal;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the loops {@link SequentialArrayLoops} found: just before each loop's header, a call
 * {@code LoopArrayWrites.prepare(array)}; in the loop, its array stores become calls to
 * {@code LoopArrayWrites.store*} instead of {@code ArrayWrites.store*} (the same operands, so no
 * stack juggling). Only the path falling into the header runs the preparation, not the loop's
 * own jumps back to it. Stores outside such loops pass on to {@link ArrayWriteBarrier}.
 */
final class LoopArrayPreparer extends MethodVisitor {
    private SequentialArrayLoops.Plan plan = SequentialArrayLoops.Plan.NONE;
    private int storeOrdinal;

    LoopArrayPreparer(MethodVisitor next) {
        super(Opcodes.ASM9, next);
    }

    /** The loops of the method about to be replayed into this visitor. */
    void usePlan(SequentialArrayLoops.Plan plan) {
        this.plan = plan;
    }

    @Override
    public void visitLabel(Label label) {
        Integer local = plan.preparedLocals().get(label);
        if (local != null) {
            super.visitVarInsn(Opcodes.ALOAD, local);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.LOOP_ARRAY_WRITES, "prepare", "(Ljava/lang/Object;)V", false);
        }
        super.visitLabel(label);
    }

    @Override
    public void visitInsn(int opcode) {
        if (!SequentialArrayLoops.isArrayStore(opcode)) {
            super.visitInsn(opcode);
            return;
        }
        if (plan.loopStores().get(storeOrdinal++)) {
            String[] store = ArrayWriteBarrier.storeMethod(opcode);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.LOOP_ARRAY_WRITES, store[0], store[1], false);
        } else {
            super.visitInsn(opcode);
        }
    }
}
