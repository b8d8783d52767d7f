package dev.worlds.instrument.internal;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Emits the calls to {@code WorldLog} that save one value and read it back. Primitive values
 * narrower than {@code int} travel as {@code int}: a {@code putfield} of a byte, char, short or
 * boolean field takes an {@code int} and the saved value is already in range.
 */
final class LogCalls {
    private LogCalls() {
    }

    /** Expects the log, then the value, on the stack. */
    static void save(MethodVisitor mv, String fieldDescriptor) {
        Type type = Type.getType(fieldDescriptor);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, RuntimeNames.LOG, RuntimeNames.LOG_SAVE_PREFIX + suffix(type),
                "(" + erased(type) + ")V", false);
    }

    /** Expects the log on the stack; leaves the value, typed for a write to the field. */
    static void restore(MethodVisitor mv, String fieldDescriptor) {
        Type type = Type.getType(fieldDescriptor);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, RuntimeNames.LOG, RuntimeNames.LOG_RESTORE_PREFIX + suffix(type),
                "()" + erased(type), false);
        if (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY) {
            if (!type.getInternalName().equals("java/lang/Object")) {
                mv.visitTypeInsn(Opcodes.CHECKCAST, type.getInternalName());
            }
        }
    }

    private static String suffix(Type type) {
        switch (type.getSort()) {
            case Type.LONG:
                return "Long";
            case Type.FLOAT:
                return "Float";
            case Type.DOUBLE:
                return "Double";
            case Type.OBJECT:
            case Type.ARRAY:
                return "Ref";
            default:
                return "Int";
        }
    }

    private static String erased(Type type) {
        switch (type.getSort()) {
            case Type.LONG:
                return "J";
            case Type.FLOAT:
                return "F";
            case Type.DOUBLE:
                return "D";
            case Type.OBJECT:
            case Type.ARRAY:
                return "Ljava/lang/Object;";
            default:
                return "I";
        }
    }
}
