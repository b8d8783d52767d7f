package dev.worlds.instrument.internal;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Follows each {@code clone()} call on an object (not an array: {@link NewArrayNotifier}) with a
 * call that hands the copy to {@code WorldsRuntime.cloned}. {@code Object.clone} copies every
 * field, the stamp included, so a copy made in a world would otherwise look like an object saved
 * there or earlier: its first write would save the shallow copy, and a rollback would restore it,
 * sharing its original's arrays again. The copy is new, so it gets the stamp of a new object.
 */
final class ClonedObjectStamper extends MethodVisitor {
    private static final String CLONE_DESC = "()Ljava/lang/Object;";

    ClonedObjectStamper(MethodVisitor next) {
        super(Opcodes.ASM9, next);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        if (opcode != Opcodes.INVOKESTATIC && name.equals("clone") && descriptor.equals(CLONE_DESC)
                && !owner.startsWith("[")) {
            super.visitInsn(Opcodes.DUP);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.RUNTIME, RuntimeNames.CLONED,
                    RuntimeNames.CLONED_DESC, false);
        }
    }
}
