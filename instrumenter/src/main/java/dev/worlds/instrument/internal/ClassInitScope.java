package dev.worlds.instrument.internal;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Brackets a static initializer with {@code WorldsRuntime.beginClassInit()} and
 * {@code endClassInit()}, on every return and on the way out of an exception. Class
 * initialization is never undone, so objects it creates must not count as created in the world
 * that happens to be open when the class initializes.
 *
 * <p>The catch-all handler is registered in {@link #visitMaxs}, after the initializer's own
 * handlers, because the JVM picks the first matching exception table entry (JVMS 2.10): the
 * initializer's own try/catch blocks keep precedence.
 */
final class ClassInitScope extends MethodVisitor {
    private final boolean usesFrames;
    private final Label start = new Label();

    ClassInitScope(MethodVisitor next, boolean usesFrames) {
        super(Opcodes.ASM9, next);
        this.usesFrames = usesFrames;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        super.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.RUNTIME, RuntimeNames.BEGIN_CLASS_INIT,
                RuntimeNames.CLASS_INIT_HOOK_DESC, false);
        super.visitLabel(start);
    }

    @Override
    public void visitInsn(int opcode) {
        if (opcode == Opcodes.RETURN) {
            emitEnd();
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        Label end = new Label();
        Label handler = new Label();
        super.visitLabel(end);
        super.visitTryCatchBlock(start, end, handler, null);
        super.visitLabel(handler);
        if (usesFrames) {
            super.visitFrame(Opcodes.F_NEW, 0, new Object[0], 1, new Object[] {"java/lang/Throwable"});
        }
        emitEnd();
        super.visitInsn(Opcodes.ATHROW);
        super.visitMaxs(maxStack, maxLocals);
    }

    private void emitEnd() {
        super.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.RUNTIME, RuntimeNames.END_CLASS_INIT,
                RuntimeNames.CLASS_INIT_HOOK_DESC, false);
    }
}
