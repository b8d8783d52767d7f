package dev.worlds.instrument.internal;

import java.util.Iterator;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Carries out the {@link FieldWriteDecisions} of a method: puts the write barrier in front of each
 * {@code putfield} and {@code putstatic} that was given one, and reports the writes that cannot be
 * tracked. The original write instruction stays as it was, so access checks and semantics do not
 * change; the barrier is a call to a tiny static method that the JIT inlines, which keeps the
 * method free of new branches and its stack map frames valid as they are.
 *
 * <p>Instance writes: {@code Owner.$worlds$barrier(receiver, comparand)} with the receiver dug
 * out from under the value. Static writes: {@code Declaring.$worlds$staticBarrier(comparand)}.
 * The comparand is the method's {@link WorldComparandLocal}.
 */
final class FieldWriteBarrier extends MethodVisitor {
    private final ClassWeavePlan plan;
    private final Iterator<FieldWriteDecision> decisions;
    private final int comparandLocal;

    /**
     * @param decisions      one per field write of the method, in order
     * @param comparandLocal the local holding the comparand ({@link WorldComparandLocal}), or -1
     *                       when no write gets a barrier
     */
    FieldWriteBarrier(MethodVisitor next, ClassWeavePlan plan, FieldWriteDecisions decisions, int comparandLocal) {
        super(Opcodes.ASM9, next);
        this.plan = plan;
        this.decisions = decisions.inOrder().iterator();
        this.comparandLocal = comparandLocal;
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        if (opcode == Opcodes.PUTFIELD || opcode == Opcodes.PUTSTATIC) {
            FieldWriteDecision decision = decisions.next();
            switch (decision.kind()) {
                case BARRIER -> instanceBarrier(decision.barrierClass(), descriptor);
                case STATIC_BARRIER -> staticBarrier(decision.barrierClass());
                case WARNING -> plan.warn(decision.reason());
                default -> {
                }
            }
        }
        super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    private void instanceBarrier(String owner, String descriptor) {
        // Stack: ..., receiver, value  ->  barrier(receiver)  ->  ..., receiver, value
        if (descriptor.equals("J") || descriptor.equals("D")) {
            super.visitInsn(Opcodes.DUP2_X1);
            super.visitInsn(Opcodes.POP2);
            super.visitInsn(Opcodes.DUP);
            loadComparand();
            super.visitMethodInsn(Opcodes.INVOKESTATIC, owner, RuntimeNames.BARRIER_METHOD,
                    RuntimeNames.BARRIER_DESC, false);
            super.visitInsn(Opcodes.DUP_X2);
            super.visitInsn(Opcodes.POP);
        } else {
            super.visitInsn(Opcodes.SWAP);
            super.visitInsn(Opcodes.DUP);
            loadComparand();
            super.visitMethodInsn(Opcodes.INVOKESTATIC, owner, RuntimeNames.BARRIER_METHOD,
                    RuntimeNames.BARRIER_DESC, false);
            super.visitInsn(Opcodes.SWAP);
        }
    }

    private void staticBarrier(String declaringClass) {
        loadComparand();
        super.visitMethodInsn(Opcodes.INVOKESTATIC, declaringClass, RuntimeNames.STATIC_BARRIER_METHOD,
                RuntimeNames.STATIC_BARRIER_DESC, false);
    }

    /**
     * A barrier without the comparand local would be a weaver bug, reported here rather than as a
     * class the JVM refuses.
     */
    private void loadComparand() {
        if (comparandLocal < 0) {
            throw new IllegalStateException(plan.className() + ": a field barrier without the comparand local");
        }
        super.visitVarInsn(Opcodes.ALOAD, comparandLocal);
    }
}
