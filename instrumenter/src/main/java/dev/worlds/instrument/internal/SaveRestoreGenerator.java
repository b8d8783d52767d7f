package dev.worlds.instrument.internal;

import dev.worlds.instrument.ClassInfo;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Generates the methods that copy a class's tracked fields into the save log and back:
 * {@code $worlds$save/$worlds$restore} for instance fields (each calls its superclass's version
 * first, so a hierarchy saves all its levels in one entry), and
 * {@code $worlds$saveStatics/$worlds$restoreStatics} for static fields. Restore reads the values
 * in the order save wrote them.
 */
final class SaveRestoreGenerator {
    private SaveRestoreGenerator() {
    }

    static void generateInstance(ClassVisitor cv, ClassWeavePlan plan) {
        String superName = plan.superHasStamp() ? plan.info().superName() : null;

        MethodVisitor save = cv.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNTHETIC,
                RuntimeNames.SAVE_METHOD, RuntimeNames.LOG_METHOD_DESC, null, null);
        save.visitCode();
        callSuper(save, superName, RuntimeNames.SAVE_METHOD);
        for (ClassInfo.Field field : plan.trackedInstanceFields()) {
            save.visitVarInsn(Opcodes.ALOAD, 1);
            save.visitVarInsn(Opcodes.ALOAD, 0);
            save.visitFieldInsn(Opcodes.GETFIELD, plan.className(), field.name(), field.descriptor());
            LogCalls.save(save, field.descriptor());
        }
        finish(save);

        MethodVisitor restore = cv.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNTHETIC,
                RuntimeNames.RESTORE_METHOD, RuntimeNames.LOG_METHOD_DESC, null, null);
        restore.visitCode();
        callSuper(restore, superName, RuntimeNames.RESTORE_METHOD);
        for (ClassInfo.Field field : plan.trackedInstanceFields()) {
            restore.visitVarInsn(Opcodes.ALOAD, 0);
            restore.visitVarInsn(Opcodes.ALOAD, 1);
            LogCalls.restore(restore, field.descriptor());
            restore.visitFieldInsn(Opcodes.PUTFIELD, plan.className(), field.name(), field.descriptor());
        }
        finish(restore);
    }

    static void generateStatic(ClassVisitor cv, ClassWeavePlan plan) {
        int access = Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC;
        MethodVisitor save = cv.visitMethod(access, RuntimeNames.SAVE_STATICS_METHOD, RuntimeNames.LOG_METHOD_DESC, null, null);
        save.visitCode();
        for (ClassInfo.Field field : plan.trackedStaticFields()) {
            save.visitVarInsn(Opcodes.ALOAD, 0);
            save.visitFieldInsn(Opcodes.GETSTATIC, plan.className(), field.name(), field.descriptor());
            LogCalls.save(save, field.descriptor());
        }
        finish(save);

        MethodVisitor restore = cv.visitMethod(access, RuntimeNames.RESTORE_STATICS_METHOD, RuntimeNames.LOG_METHOD_DESC, null, null);
        restore.visitCode();
        for (ClassInfo.Field field : plan.trackedStaticFields()) {
            restore.visitVarInsn(Opcodes.ALOAD, 0);
            LogCalls.restore(restore, field.descriptor());
            restore.visitFieldInsn(Opcodes.PUTSTATIC, plan.className(), field.name(), field.descriptor());
        }
        finish(restore);
    }

    private static void callSuper(MethodVisitor mv, String superName, String method) {
        if (superName != null) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, superName, method, RuntimeNames.LOG_METHOD_DESC, false);
        }
    }

    private static void finish(MethodVisitor mv) {
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
