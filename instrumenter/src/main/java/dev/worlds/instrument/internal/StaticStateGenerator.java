package dev.worlds.instrument.internal;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Gives a class with tracked static fields one stamp for all of them: a {@code StaticState}
 * created first thing in the static initializer, and the barrier
 *
 * <pre>
 * public static void $worlds$staticBarrier() {
 *     Object stamp = $worlds$statics.stamp;
 *     if (stamp != WorldsRuntime.current &amp;&amp; WorldsRuntime.needsSave(stamp)) WorldsRuntime.save($worlds$statics);
 * }
 * </pre>
 */
final class StaticStateGenerator {
    private static final String OBJECT_DESC = "Ljava/lang/Object;";

    private StaticStateGenerator() {
    }

    static void generateMembers(ClassVisitor cv, ClassWeavePlan plan) {
        String owner = plan.className();
        cv.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC,
                RuntimeNames.STATICS_FIELD, RuntimeNames.STATIC_STATE_DESC, null, null).visitEnd();

        MethodVisitor barrier = cv.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                RuntimeNames.STATIC_BARRIER_METHOD, "()V", null, null);
        barrier.visitCode();
        Label saved = new Label();
        barrier.visitFieldInsn(Opcodes.GETSTATIC, owner, RuntimeNames.STATICS_FIELD, RuntimeNames.STATIC_STATE_DESC);
        barrier.visitFieldInsn(Opcodes.GETFIELD, RuntimeNames.STATIC_STATE, "stamp", OBJECT_DESC);
        barrier.visitFieldInsn(Opcodes.GETSTATIC, RuntimeNames.RUNTIME, RuntimeNames.CURRENT, OBJECT_DESC);
        barrier.visitJumpInsn(Opcodes.IF_ACMPEQ, saved);
        barrier.visitFieldInsn(Opcodes.GETSTATIC, owner, RuntimeNames.STATICS_FIELD, RuntimeNames.STATIC_STATE_DESC);
        barrier.visitFieldInsn(Opcodes.GETFIELD, RuntimeNames.STATIC_STATE, "stamp", OBJECT_DESC);
        barrier.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.RUNTIME, RuntimeNames.NEEDS_SAVE, RuntimeNames.NEEDS_SAVE_DESC, false);
        barrier.visitJumpInsn(Opcodes.IFEQ, saved);
        barrier.visitFieldInsn(Opcodes.GETSTATIC, owner, RuntimeNames.STATICS_FIELD, RuntimeNames.STATIC_STATE_DESC);
        barrier.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.RUNTIME, RuntimeNames.SAVE, RuntimeNames.SAVE_DESC, false);
        barrier.visitLabel(saved);
        if (plan.usesFrames()) {
            barrier.visitFrame(Opcodes.F_NEW, 0, new Object[0], 0, new Object[0]);
        }
        barrier.visitInsn(Opcodes.RETURN);
        barrier.visitMaxs(0, 0);
        barrier.visitEnd();

        SaveRestoreGenerator.generateStatic(cv, plan);
    }

    /** {@code $worlds$statics = StaticState.of(MethodHandles.lookup())}. */
    static void emitStaticStateCreation(MethodVisitor mv, String owner) {
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup", "()" + RuntimeNames.LOOKUP_DESC, false);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.STATIC_STATE, "of",
                "(" + RuntimeNames.LOOKUP_DESC + ")" + RuntimeNames.STATIC_STATE_DESC, false);
        mv.visitFieldInsn(Opcodes.PUTSTATIC, owner, RuntimeNames.STATICS_FIELD, RuntimeNames.STATIC_STATE_DESC);
    }
}
