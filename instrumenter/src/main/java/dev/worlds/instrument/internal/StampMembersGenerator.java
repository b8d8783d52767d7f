package dev.worlds.instrument.internal;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Adds to the class that declares a hierarchy's stamp: the stamp field (transient, so
 * serialized forms do not change), its {@code Tracked} accessors, and the barrier
 *
 * <pre>
 * public static void $worlds$barrier(Tracked o) {
 *     if (WorldsRuntime.needsSave(((Root) o).$worlds$stamp)) WorldsRuntime.save(o);
 * }
 * </pre>
 *
 * which every write site of the hierarchy calls and the JIT inlines to one load and one compare
 * (the cast disappears once inlined: the receiver's type is known at the write site).
 */
final class StampMembersGenerator {
    private static final String OBJECT_DESC = "Ljava/lang/Object;";

    private StampMembersGenerator() {
    }

    static void generate(ClassVisitor cv, ClassWeavePlan plan) {
        String owner = plan.className();
        cv.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_TRANSIENT | Opcodes.ACC_SYNTHETIC,
                RuntimeNames.STAMP_FIELD, OBJECT_DESC, null, null).visitEnd();

        MethodVisitor getter = cv.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNTHETIC,
                RuntimeNames.STAMP_GETTER, "()" + OBJECT_DESC, null, null);
        getter.visitCode();
        getter.visitVarInsn(Opcodes.ALOAD, 0);
        getter.visitFieldInsn(Opcodes.GETFIELD, owner, RuntimeNames.STAMP_FIELD, OBJECT_DESC);
        getter.visitInsn(Opcodes.ARETURN);
        getter.visitMaxs(0, 0);
        getter.visitEnd();

        MethodVisitor setter = cv.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNTHETIC,
                RuntimeNames.STAMP_SETTER, "(" + OBJECT_DESC + ")V", null, null);
        setter.visitCode();
        setter.visitVarInsn(Opcodes.ALOAD, 0);
        setter.visitVarInsn(Opcodes.ALOAD, 1);
        setter.visitFieldInsn(Opcodes.PUTFIELD, owner, RuntimeNames.STAMP_FIELD, OBJECT_DESC);
        setter.visitInsn(Opcodes.RETURN);
        setter.visitMaxs(0, 0);
        setter.visitEnd();

        MethodVisitor barrier = cv.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                RuntimeNames.BARRIER_METHOD, RuntimeNames.BARRIER_DESC, null, null);
        barrier.visitCode();
        Label saved = new Label();
        barrier.visitVarInsn(Opcodes.ALOAD, 0);
        barrier.visitTypeInsn(Opcodes.CHECKCAST, owner);
        barrier.visitFieldInsn(Opcodes.GETFIELD, owner, RuntimeNames.STAMP_FIELD, OBJECT_DESC);
        barrier.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.RUNTIME, RuntimeNames.NEEDS_SAVE, RuntimeNames.NEEDS_SAVE_DESC, false);
        barrier.visitJumpInsn(Opcodes.IFEQ, saved);
        barrier.visitVarInsn(Opcodes.ALOAD, 0);
        barrier.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.RUNTIME, RuntimeNames.SAVE, RuntimeNames.SAVE_DESC, false);
        barrier.visitLabel(saved);
        if (plan.usesFrames()) {
            barrier.visitFrame(Opcodes.F_NEW, 1, new Object[] {RuntimeNames.TRACKED}, 0, new Object[0]);
        }
        barrier.visitInsn(Opcodes.RETURN);
        barrier.visitMaxs(0, 0);
        barrier.visitEnd();
    }
}
