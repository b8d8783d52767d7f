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
 * if (stamp != comparand) WorldsRuntime.save(target);
 * </pre>
 *
 * {@code comparand} is the caller's {@link WorldComparandLocal}: the writing thread's innermost
 * world, or null. Once inlined, a load and a compare with a register.
 */
final class BarrierBody {
    private BarrierBody() {
    }

    /**
     * @param loadStamp       pushes the stamp
     * @param loadTarget      pushes the {@code Tracked} to save
     * @param comparandLocal  the parameter holding the comparand
     * @param frameLocals     the parameters' verification types, for the frame after the save;
     *                        null when the class file has no frames
     */
    static void emit(MethodVisitor mv, Runnable loadStamp, Runnable loadTarget, int comparandLocal, Object[] frameLocals) {
        Label done = new Label();
        loadStamp.run();
        mv.visitVarInsn(Opcodes.ALOAD, comparandLocal);
        mv.visitJumpInsn(Opcodes.IF_ACMPEQ, done);
        loadTarget.run();
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.RUNTIME, RuntimeNames.SAVE, RuntimeNames.SAVE_DESC, false);
        mv.visitLabel(done);
        if (frameLocals != null) {
            mv.visitFrame(Opcodes.F_NEW, frameLocals.length, frameLocals, 0, new Object[0]);
        }
        mv.visitInsn(Opcodes.RETURN);
    }
}
