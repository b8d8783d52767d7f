package dev.worlds.instrument.internal;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the loops {@link SequentialArrayLoops} found: just before each loop's header, a call
 * {@code LoopArrayWrites.prepare(array, counter, bound)}; in the loop, its array stores become calls to
 * {@code LoopArrayWrites.store*} instead of {@code ArrayWrites.store*} (the same operands, so no
 * stack juggling). Only the path falling into the header runs the preparation, not the loop's
 * own jumps back to it. Stores outside such loops pass on to {@link ArrayWriteBarrier}.
 */
final class LoopArrayPreparer extends MethodVisitor {
    private final SequentialArrayLoops.Plan plan;
    private int storeOrdinal;

    /** @param plan the loops of the method about to be replayed into this visitor */
    LoopArrayPreparer(MethodVisitor next, SequentialArrayLoops.Plan plan) {
        super(Opcodes.ASM9, next);
        this.plan = plan;
    }

    @Override
    public void visitLabel(Label label) {
        SequentialArrayLoops.Preparation preparation = plan.preparations().get(label);
        if (preparation != null) {
            super.visitVarInsn(Opcodes.ALOAD, preparation.array());
            super.visitVarInsn(Opcodes.ILOAD, preparation.counter());
            if (preparation.bound() < 0) {
                super.visitLdcInsn(Integer.MAX_VALUE);   // to the end of the array, clamped at run time
            } else {
                super.visitVarInsn(Opcodes.ILOAD, preparation.bound());
                if (preparation.inclusive()) {
                    super.visitInsn(Opcodes.ICONST_1);
                    super.visitInsn(Opcodes.IADD);   // past Integer.MAX_VALUE it wraps: an empty range, no harm
                }
            }
            super.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.LOOP_ARRAY_WRITES, RuntimeNames.LOOP_PREPARE,
                    RuntimeNames.LOOP_PREPARE_DESC, false);
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
            String[] store = RuntimeNames.arrayStore(opcode);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.LOOP_ARRAY_WRITES, store[0], store[1], false);
        } else {
            super.visitInsn(opcode);
        }
    }
}
