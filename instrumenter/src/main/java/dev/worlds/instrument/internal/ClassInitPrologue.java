package dev.worlds.instrument.internal;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * What the generated members need before any code of a woven class runs, first thing in its static
 * initializer: the class's {@code StaticState} and the stamp's {@code VarHandle}, which also tell
 * the runtime that a woven class is running. A class with neither tells it directly, so that the
 * runtime's first push warns that nothing is woven only when no woven class has run.
 */
final class ClassInitPrologue {
    private ClassInitPrologue() {
    }

    /** {@code next} with the prologue emitted into it right after the code starts. */
    static MethodVisitor at(MethodVisitor next, ClassWeavePlan plan) {
        return new MethodVisitor(Opcodes.ASM9, next) {
            @Override
            public void visitCode() {
                super.visitCode();
                emit(this.mv, plan);
            }
        };
    }

    /** A static initializer for a class that has none: every woven class needs its prologue. */
    static void generateInitializer(ClassVisitor cv, ClassWeavePlan plan) {
        MethodVisitor clinit = cv.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        clinit.visitCode();
        emit(clinit, plan);
        clinit.visitInsn(Opcodes.RETURN);
        clinit.visitMaxs(0, 0);
        clinit.visitEnd();
    }

    private static void emit(MethodVisitor mv, ClassWeavePlan plan) {
        if (plan.hasTrackedStatics()) {
            StaticStateGenerator.emitStaticStateCreation(mv, plan.className());
        }
        if (plan.declaresStamp()) {
            StampMembersGenerator.emitStampHandleCreation(mv, plan.className());
        }
        if (!plan.hasTrackedStatics() && !plan.declaresStamp()) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.RUNTIME, RuntimeNames.CLASS_INITIALIZED,
                    RuntimeNames.CLASS_INIT_HOOK_DESC, false);
        }
    }
}
