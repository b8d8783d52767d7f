package dev.worlds.instrument.internal;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Adds to the class that declares a hierarchy's stamp: the stamp field (transient, so
 * serialized forms do not change), its {@code Tracked} accessors, and the barrier
 *
 * <pre>
 * public static void $worlds$barrier(Tracked o, Object comparand) {
 *     if (((Root) o).$worlds$stamp != comparand) WorldsRuntime.save(o);
 * }
 * </pre>
 *
 * ({@link BarrierBody}), which every write site of the hierarchy calls with its method's
 * {@link WorldComparandLocal}, and the JIT inlines to one load and one compare (the cast
 * disappears once inlined: the receiver's type is known at the write site).
 *
 * <p>Also a {@code VarHandle} on the stamp, made first thing in the static initializer
 * ({@link #emitStampHandleCreation}, called by {@code WovenClassAdapter}), and {@code $worlds$claimStamp(expected, stamp)}, its
 * compare-and-set: the runtime claims an object for a world with it, so that two threads saving
 * the same object at once cannot both own it.
 */
final class StampMembersGenerator {

    private StampMembersGenerator() {
    }

    static void generate(ClassVisitor cv, ClassWeavePlan plan) {
        String owner = plan.className();
        cv.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_TRANSIENT | Opcodes.ACC_SYNTHETIC,
                RuntimeNames.STAMP_FIELD, RuntimeNames.STAMP_FIELD_DESC, null, null).visitEnd();

        MethodVisitor getter = cv.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNTHETIC,
                RuntimeNames.STAMP_GETTER, RuntimeNames.STAMP_GETTER_DESC, null, null);
        getter.visitCode();
        getter.visitVarInsn(Opcodes.ALOAD, 0);
        getter.visitFieldInsn(Opcodes.GETFIELD, owner, RuntimeNames.STAMP_FIELD, RuntimeNames.STAMP_FIELD_DESC);
        getter.visitInsn(Opcodes.ARETURN);
        getter.visitMaxs(0, 0);
        getter.visitEnd();

        MethodVisitor setter = cv.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNTHETIC,
                RuntimeNames.STAMP_SETTER, RuntimeNames.STAMP_SETTER_DESC, null, null);
        setter.visitCode();
        setter.visitVarInsn(Opcodes.ALOAD, 0);
        setter.visitVarInsn(Opcodes.ALOAD, 1);
        setter.visitFieldInsn(Opcodes.PUTFIELD, owner, RuntimeNames.STAMP_FIELD, RuntimeNames.STAMP_FIELD_DESC);
        setter.visitInsn(Opcodes.RETURN);
        setter.visitMaxs(0, 0);
        setter.visitEnd();

        cv.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC,
                RuntimeNames.STAMP_HANDLE_FIELD, RuntimeNames.VAR_HANDLE_DESC, null, null).visitEnd();
        MethodVisitor claim = cv.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNTHETIC,
                RuntimeNames.STAMP_CLAIM, RuntimeNames.STAMP_CLAIM_DESC, null, null);
        claim.visitCode();
        claim.visitFieldInsn(Opcodes.GETSTATIC, owner, RuntimeNames.STAMP_HANDLE_FIELD, RuntimeNames.VAR_HANDLE_DESC);
        claim.visitVarInsn(Opcodes.ALOAD, 0);
        claim.visitVarInsn(Opcodes.ALOAD, 1);
        claim.visitVarInsn(Opcodes.ALOAD, 2);
        // The receiver typed Object, not the class: a descriptor naming the class would not match
        // it once defined as a hidden class, and the erased type is the VarHandle's fast path.
        claim.visitMethodInsn(Opcodes.INVOKEVIRTUAL, RuntimeNames.VAR_HANDLE, "compareAndSet",
                "(" + RuntimeNames.OBJECT_DESC + RuntimeNames.OBJECT_DESC + RuntimeNames.OBJECT_DESC + ")Z", false);
        claim.visitInsn(Opcodes.IRETURN);
        claim.visitMaxs(0, 0);
        claim.visitEnd();

        MethodVisitor barrier = cv.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                RuntimeNames.BARRIER_METHOD, RuntimeNames.BARRIER_DESC, null, null);
        barrier.visitCode();
        BarrierBody.emit(barrier, () -> {
            barrier.visitVarInsn(Opcodes.ALOAD, 0);
            barrier.visitTypeInsn(Opcodes.CHECKCAST, owner);
            barrier.visitFieldInsn(Opcodes.GETFIELD, owner, RuntimeNames.STAMP_FIELD, RuntimeNames.STAMP_FIELD_DESC);
        }, () -> barrier.visitVarInsn(Opcodes.ALOAD, 0), 1,
                plan.usesFrames() ? new Object[] {RuntimeNames.TRACKED, "java/lang/Object"} : null);
        barrier.visitMaxs(0, 0);
        barrier.visitEnd();
    }

    static void emitStampHandleCreation(MethodVisitor mv, String owner) {
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                "()" + RuntimeNames.LOOKUP_DESC, false);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.RUNTIME, RuntimeNames.STAMP_HANDLE,
                RuntimeNames.STAMP_HANDLE_DESC, false);
        mv.visitFieldInsn(Opcodes.PUTSTATIC, owner, RuntimeNames.STAMP_HANDLE_FIELD, RuntimeNames.VAR_HANDLE_DESC);
    }
}
