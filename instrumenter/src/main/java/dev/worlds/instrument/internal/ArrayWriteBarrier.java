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
    private static final String ARRAY_WRITES = "dev/worlds/internal/ArrayWrites";

    ArrayWriteBarrier(MethodVisitor next) {
        super(Opcodes.ASM9, next);
    }

    @Override
    public void visitInsn(int opcode) {
        String method;
        String descriptor;
        switch (opcode) {
            case Opcodes.IASTORE:
                method = "storeInt";
                descriptor = "([III)V";
                break;
            case Opcodes.LASTORE:
                method = "storeLong";
                descriptor = "([JIJ)V";
                break;
            case Opcodes.FASTORE:
                method = "storeFloat";
                descriptor = "([FIF)V";
                break;
            case Opcodes.DASTORE:
                method = "storeDouble";
                descriptor = "([DID)V";
                break;
            case Opcodes.AASTORE:
                method = "storeRef";
                descriptor = "([Ljava/lang/Object;ILjava/lang/Object;)V";
                break;
            case Opcodes.BASTORE:
                method = "storeByteOrBoolean";
                descriptor = "(Ljava/lang/Object;II)V";
                break;
            case Opcodes.CASTORE:
                method = "storeChar";
                descriptor = "([CIC)V";
                break;
            case Opcodes.SASTORE:
                method = "storeShort";
                descriptor = "([SIS)V";
                break;
            default:
                super.visitInsn(opcode);
                return;
        }
        super.visitMethodInsn(Opcodes.INVOKESTATIC, ARRAY_WRITES, method, descriptor, false);
    }
}
