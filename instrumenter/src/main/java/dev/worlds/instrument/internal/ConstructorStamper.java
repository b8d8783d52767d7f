package dev.worlds.instrument.internal;

import java.util.List;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.AnalyzerAdapter;

/**
 * In the constructors of the class that declares a hierarchy's stamp: right after the
 * superclass constructor returns, stamps the new object with the current world, because an
 * object created in a world needs no save in it. A constructor that delegates with
 * {@code this(...)} is left alone: the constructor it calls does the stamping.
 */
final class ConstructorStamper extends MethodVisitor {
    private final String className;
    private final String superName;
    private final AnalyzerAdapter frames;

    ConstructorStamper(MethodVisitor next, String className, String superName, AnalyzerAdapter frames) {
        super(Opcodes.ASM9, next);
        this.className = className;
        this.superName = superName;
        this.frames = frames;
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        boolean superConstructorCall = opcode == Opcodes.INVOKESPECIAL && name.equals("<init>")
                && owner.equals(superName) && !owner.equals(className) && receiverIsUninitializedThis(descriptor);
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        if (superConstructorCall) {
            super.visitVarInsn(Opcodes.ALOAD, 0);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.RUNTIME, RuntimeNames.NEW_STAMP,
                    RuntimeNames.NEW_STAMP_DESC, false);
            super.visitFieldInsn(Opcodes.PUTFIELD, className, RuntimeNames.STAMP_FIELD, RuntimeNames.STAMP_FIELD_DESC);
        }
    }

    private boolean receiverIsUninitializedThis(String descriptor) {
        List<Object> stack = frames.stack;
        if (stack == null) {
            return false;
        }
        int argumentSlots = (Type.getArgumentsAndReturnSizes(descriptor) >> 2) - 1;
        int receiver = stack.size() - 1 - argumentSlots;
        return receiver >= 0 && stack.get(receiver) == Opcodes.UNINITIALIZED_THIS;
    }
}
