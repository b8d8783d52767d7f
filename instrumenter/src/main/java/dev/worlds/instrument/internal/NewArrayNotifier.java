package dev.worlds.instrument.internal;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Follows each array creation ({@code newarray}, {@code anewarray}, {@code multianewarray}, an
 * array's {@code clone()}, {@code Arrays.copyOf} and {@code copyOfRange}) with a call that hands
 * the new array to {@code ArrayWrites.created}: an array created in a world needs no save there,
 * and the runtime lets the writes that fill it skip the barrier's slow path. A copy only reads
 * its source, which is neither saved nor marked. Only the outer array of a multi-dimensional
 * creation is reported; its rows are saved on their first write like any other array, which is
 * correct, only slower.
 *
 * <p>In static initializers too: an array one creates inside a world is class state, which
 * the runtime then never saves while the initializer, or a helper it calls, fills it.
 */
final class NewArrayNotifier extends MethodVisitor {

    NewArrayNotifier(MethodVisitor next) {
        super(Opcodes.ASM9, next);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        super.visitIntInsn(opcode, operand);
        if (opcode == Opcodes.NEWARRAY) {
            notifyCreated();
        }
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        super.visitTypeInsn(opcode, type);
        if (opcode == Opcodes.ANEWARRAY) {
            notifyCreated();
        }
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        super.visitMultiANewArrayInsn(descriptor, numDimensions);
        notifyCreated();
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        boolean arrayClone = owner.startsWith("[") && name.equals("clone");
        boolean arraysCopy = owner.equals("java/util/Arrays") && (name.equals("copyOf") || name.equals("copyOfRange"));
        if (arrayClone || arraysCopy) {
            notifyCreated();
        }
    }

    private void notifyCreated() {
        super.visitInsn(Opcodes.DUP);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.ARRAY_WRITES, RuntimeNames.ARRAY_CREATED,
                RuntimeNames.ARRAY_CREATED_DESC, false);
    }
}
