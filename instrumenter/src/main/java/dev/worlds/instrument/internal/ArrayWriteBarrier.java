package dev.worlds.instrument.internal;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Replaces each of the nine array store instructions with a call to the matching
 * {@code ArrayWrites.store*} method, which takes the same operands in the same order, saves the
 * array the first time it is written in a world, and then stores. A call with the instruction's
 * operands needs no stack juggling and adds no branch to the method.
 *
 * <p>Not used in static initializers: they fill arrays they have just created, and class
 * initialization is never rolled back.
 */
final class ArrayWriteBarrier extends MethodVisitor {

    ArrayWriteBarrier(MethodVisitor next) {
        super(Opcodes.ASM9, next);
    }

    @Override
    public void visitInsn(int opcode) {
        if (opcode < Opcodes.IASTORE || opcode > Opcodes.SASTORE) {
            super.visitInsn(opcode);
            return;
        }
        String[] store = RuntimeNames.arrayStore(opcode);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.ARRAY_WRITES, store[0], store[1], false);
    }
}
