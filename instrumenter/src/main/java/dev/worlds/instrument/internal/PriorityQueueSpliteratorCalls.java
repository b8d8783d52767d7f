package dev.worlds.instrument.internal;

import java.util.Set;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Redirects {@code spliterator()} calls whose receiver may be a priority queue to
 * {@code TrackedPriorityQueue.spliteratorOf}. {@code PriorityQueue.spliterator()} is final, so the
 * tracked queue cannot override it: called directly it would iterate the JDK superclass's empty
 * heap and report no elements, without an error. The receiver's static type decides: the types
 * a {@code PriorityQueue} is, up to {@code Iterable}; a {@code List} or {@code Set} receiver is left alone.
 */
final class PriorityQueueSpliteratorCalls extends MethodVisitor {
    private static final String SPLITERATOR_DESC = "()Ljava/util/Spliterator;";
    private static final Set<String> PRIORITY_QUEUE_TYPES = Set.of("java/lang/Iterable", "java/util/Collection",
            "java/util/Queue", "java/util/AbstractCollection", "java/util/AbstractQueue", "java/util/PriorityQueue");

    PriorityQueueSpliteratorCalls(MethodVisitor next) {
        super(Opcodes.ASM9, next);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if ((opcode == Opcodes.INVOKEINTERFACE || opcode == Opcodes.INVOKEVIRTUAL) && name.equals("spliterator")
                && descriptor.equals(SPLITERATOR_DESC) && PRIORITY_QUEUE_TYPES.contains(owner)) {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.TRACKED_PRIORITY_QUEUE, RuntimeNames.SPLITERATOR_OF,
                    RuntimeNames.SPLITERATOR_OF_DESC, false);
        } else {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }
    }
}
