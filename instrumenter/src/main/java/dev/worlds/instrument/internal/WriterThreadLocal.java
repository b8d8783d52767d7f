package dev.worlds.instrument.internal;

import java.util.Arrays;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reads {@code Thread.currentThread()} once, first thing in a method that has field barriers,
 * into a new local variable past the method's own, which every barrier of the method is passed
 * ({@link FieldWriteBarrier}). The barrier compares it with the thread that owns the current
 * world, so that a thread without worlds cannot write into what another thread's innermost world
 * saved.
 *
 * <p>Why a local and not a call per write: the thread a method runs on never changes while it
 * runs (a virtual thread keeps its identity across carriers), so one read is exact, and a
 * loop's barriers then compare a register; reading the thread at every write made rewrites in a
 * world 3.75x slower (results/jdk17-barrier-owner-check.json).
 *
 * <p>The local is live across the whole method, so every stack map frame declares it: frames
 * arrive expanded ({@code EXPAND_FRAMES}), and each gets {@code TOP} up to the new slot and then
 * {@code java/lang/Thread}.
 */
final class WriterThreadLocal extends MethodVisitor {
    private int slot = -1;

    WriterThreadLocal(MethodVisitor next) {
        super(Opcodes.ASM9, next);
    }

    /**
     * Makes this visitor add the local, at {@code slot}: the first local past the method's own
     * ({@code maxLocals} of the original code). Without this call it passes the code through.
     */
    void storeIn(int slot) {
        this.slot = slot;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        if (slot < 0) {
            return;
        }
        super.visitMethodInsn(Opcodes.INVOKESTATIC, RuntimeNames.THREAD, "currentThread",
                "()L" + RuntimeNames.THREAD + ";", false);
        super.visitVarInsn(Opcodes.ASTORE, slot);
    }

    @Override
    public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
        if (slot < 0) {
            super.visitFrame(type, numLocal, local, numStack, stack);
            return;
        }
        if (type != Opcodes.F_NEW) {
            throw new IllegalStateException("frames must be expanded (ClassReader.EXPAND_FRAMES)");
        }
        int slots = 0;
        for (int i = 0; i < numLocal; i++) {
            slots += local[i] == Opcodes.LONG || local[i] == Opcodes.DOUBLE ? 2 : 1;
        }
        Object[] withWriter = Arrays.copyOf(local, numLocal + (slot - slots) + 1);
        Arrays.fill(withWriter, numLocal, withWriter.length - 1, Opcodes.TOP);
        withWriter[withWriter.length - 1] = RuntimeNames.THREAD;
        super.visitFrame(type, withWriter.length, withWriter, numStack, stack);
    }
}
