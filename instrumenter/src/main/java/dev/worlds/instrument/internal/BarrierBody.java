package dev.worlds.instrument.internal;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The body shared by the generated barriers ({@code $worlds$barrier} of a stamped hierarchy and
 * {@code $worlds$staticBarrier} of a class with tracked statics), which differ only in where the
 * stamp is and what is saved:
 *
 * <pre>
 * if (stamp == WorldsRuntime.current) {
 *     if (WorldsRuntime.isForeignWrite(stamp, writer)) WorldsRuntime.save(target);
 * } else if (WorldsRuntime.needsSave(stamp, writer)) {
 *     WorldsRuntime.save(target);
 * }
 * </pre>
 *
 * The compare with {@code current} is emitted here, in each class, so that its branch profile is
 * the class's own. The stamp is loaded again for each use rather than kept in a local: the JIT
 * folds the loads, and the frames stay those of the parameters.
 */
final class BarrierBody {
    private static final String OBJECT_DESC = "Ljava/lang/Object;";

    private BarrierBody() {
    }

    /**
     * @param loadStamp    pushes the stamp
     * @param loadTarget   pushes the {@code Tracked} to save
     * @param writerLocal  the parameter holding the writing thread
     * @param frameLocals  the parameters' verification types, for the frames at the branch targets;
     *                     null when the class file has no frames
     */
    static void emit(MethodVisitor mv, Runnable loadStamp, Runnable loadTarget, int writerLocal, Object[] frameLocals) {
        Label sameWorld = new Label();
        Label save = new Label();
        Label done = new Label();
        loadStamp.run();
        mv.visitFieldInsn(Opcodes.GETSTATIC, RuntimeNames.RUNTIME, RuntimeNames.CURRENT, OBJECT_DESC);
        mv.visitJumpInsn(Opcodes.IF_ACMPEQ, sameWorld);
        loadStamp.run();
        mv.visitVarInsn(Opcodes.ALOAD, writerLocal);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.RUNTIME, RuntimeNames.NEEDS_SAVE,
                RuntimeNames.STAMP_TEST_DESC, false);
        mv.visitJumpInsn(Opcodes.IFEQ, done);
        mv.visitLabel(save);
        frame(mv, frameLocals);
        loadTarget.run();
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.RUNTIME, RuntimeNames.SAVE, RuntimeNames.SAVE_DESC, false);
        mv.visitLabel(done);
        frame(mv, frameLocals);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitLabel(sameWorld);
        frame(mv, frameLocals);
        loadStamp.run();
        mv.visitVarInsn(Opcodes.ALOAD, writerLocal);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.RUNTIME, RuntimeNames.IS_FOREIGN_WRITE,
                RuntimeNames.STAMP_TEST_DESC, false);
        mv.visitJumpInsn(Opcodes.IFNE, save);
        mv.visitInsn(Opcodes.RETURN);
    }

    private static void frame(MethodVisitor mv, Object[] locals) {
        if (locals != null) {
            mv.visitFrame(Opcodes.F_NEW, locals.length, locals, 0, new Object[0]);
        }
    }
}
