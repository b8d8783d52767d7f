package dev.worlds.instrument.internal;

import dev.worlds.instrument.ClassHierarchy;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Before each call to a JDK method that writes into an array argument ({@link JdkArrayWriters}),
 * saves the part it writes. The call's receiver and arguments are spilled to fresh local variables
 * past the method's own, the range is saved with a call to {@code ArrayWrites.before*}, and the
 * operands are reloaded for the original call: straight-line code, so no stack map frame changes
 * (the fresh locals are dead at every branch target).
 */
final class JdkArrayWriterCalls extends MethodVisitor {

    private final ClassHierarchy hierarchy;
    private final int firstFreeLocal;

    /** @param firstFreeLocal where the method's own local variables end */
    JdkArrayWriterCalls(MethodVisitor next, ClassHierarchy hierarchy, int firstFreeLocal) {
        super(Opcodes.ASM9, next);
        this.hierarchy = hierarchy;
        this.firstFreeLocal = firstFreeLocal;
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        JdkArrayWriters.Write write = JdkArrayWriters.atCallSite(owner, name, descriptor, hierarchy);
        if (write == null) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        boolean hasReceiver = opcode != Opcodes.INVOKESTATIC;
        List<Type> operands = new ArrayList<>();
        if (hasReceiver) {
            operands.add(Type.getObjectType(owner));
        }
        operands.addAll(List.of(Type.getArgumentTypes(descriptor)));
        int[] locals = new int[operands.size()];
        int next = firstFreeLocal;
        for (int i = 0; i < operands.size(); i++) {
            locals[i] = next;
            next += operands.get(i).getSize();
        }
        for (int i = operands.size() - 1; i >= 0; i--) {
            super.visitVarInsn(operands.get(i).getOpcode(Opcodes.ISTORE), locals[i]);
        }
        int shift = hasReceiver ? 1 : 0;
        super.visitVarInsn(Opcodes.ALOAD, locals[write.array() + shift]);
        switch (write.range()) {
            case WHOLE:
                call(RuntimeNames.BEFORE_WHOLE_WRITE, RuntimeNames.BEFORE_WHOLE_WRITE_DESC);
                break;
            case FROM_END:
                super.visitVarInsn(Opcodes.ILOAD, locals[write.first() + shift]);
                call(RuntimeNames.BEFORE_WRITE_FROM, RuntimeNames.BEFORE_WRITE_FROM_DESC);
                break;
            case AT_MOST_FROM:
                // The runtime clips the range to the array, so a write shorter than the constant saves a little more.
                super.visitVarInsn(Opcodes.ILOAD, locals[write.first() + shift]);
                super.visitIntInsn(Opcodes.BIPUSH, write.second());
                call(RuntimeNames.BEFORE_OFFSET_WRITE, RuntimeNames.BEFORE_RANGE_DESC);
                break;
            default:
                super.visitVarInsn(Opcodes.ILOAD, locals[write.first() + shift]);
                super.visitVarInsn(Opcodes.ILOAD, locals[write.second() + shift]);
                call(write.range() == JdkArrayWriters.Range.FROM_TO ? RuntimeNames.BEFORE_RANGE_WRITE
                        : RuntimeNames.BEFORE_OFFSET_WRITE, RuntimeNames.BEFORE_RANGE_DESC);
                break;
        }
        for (int i = 0; i < operands.size(); i++) {
            super.visitVarInsn(operands.get(i).getOpcode(Opcodes.ILOAD), locals[i]);
        }
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }

    private void call(String method, String descriptor) {
        super.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.ARRAY_WRITES, method, descriptor, false);
    }
}
