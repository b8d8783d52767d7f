package dev.worlds.instrument.internal;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Gives a class with tracked static fields one stamp for all of them: a {@code StaticState}
 * created first thing in the static initializer, and the barrier
 *
 * <pre>
 * public static void $worlds$staticBarrier(Object comparand) {
 *     if ($worlds$statics.stamp != comparand) WorldsRuntime.save($worlds$statics);
 * }
 * </pre>
 */
final class StaticStateGenerator {

    private StaticStateGenerator() {
    }

    static void generateMembers(ClassVisitor cv, ClassWeavePlan plan) {
        String owner = plan.className();
        cv.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC,
                RuntimeNames.STATICS_FIELD, RuntimeNames.STATIC_STATE_DESC, null, null).visitEnd();

        MethodVisitor barrier = cv.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                RuntimeNames.STATIC_BARRIER_METHOD, RuntimeNames.STATIC_BARRIER_DESC, null, null);
        barrier.visitCode();
        Runnable loadStatics = () -> barrier.visitFieldInsn(Opcodes.GETSTATIC, owner, RuntimeNames.STATICS_FIELD,
                RuntimeNames.STATIC_STATE_DESC);
        BarrierBody.emit(barrier, () -> {
            loadStatics.run();
            barrier.visitFieldInsn(Opcodes.GETFIELD, RuntimeNames.STATIC_STATE, RuntimeNames.STATIC_STATE_STAMP,
                    RuntimeNames.OBJECT_DESC);
        }, loadStatics, 0, plan.usesFrames() ? new Object[] {"java/lang/Object"} : null);
        barrier.visitMaxs(0, 0);
        barrier.visitEnd();

        SaveRestoreGenerator.generateStatic(cv, plan);
    }

    /** {@code $worlds$statics = StaticState.of(MethodHandles.lookup())}. */
    static void emitStaticStateCreation(MethodVisitor mv, String owner) {
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup", "()" + RuntimeNames.LOOKUP_DESC, false);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.STATIC_STATE, RuntimeNames.STATIC_STATE_OF,
                RuntimeNames.STATIC_STATE_OF_DESC, false);
        mv.visitFieldInsn(Opcodes.PUTSTATIC, owner, RuntimeNames.STATICS_FIELD, RuntimeNames.STATIC_STATE_DESC);
    }
}
