package dev.worlds.instrument.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Gives a method with field barriers a local variable, past its own, that holds what the barriers
 * compare stamps with ({@code WorldsRuntime.comparand()}: the writing thread's innermost world,
 * or null), read where {@link ComparandRefreshPoints} says. {@link FieldWriteBarrier} passes it
 * to every barrier, which is then one compare: {@code if (o.stamp != comparand) save(o)}.
 *
 * <p>Why a local: the global {@code WorldsRuntime.current} is the same for every thread, so a
 * thread without worlds could not tell an object saved in another thread's innermost world from
 * one it may write; checking the writing thread at every write instead made rewrites in a world
 * 3.75x slower (results/jdk17-barrier-owner-check.json). The local is per thread by
 * construction, and in a loop without calls the JIT keeps it in a register.
 *
 * <p>Edits the buffered method in place, before it is replayed into the rewriters: the local is
 * set at the start (to null when nothing needs it before the first call, so that it is always
 * assigned), and every stack map frame declares it as an {@code Object} after {@code TOP}s up to
 * its slot (frames arrive expanded, {@code EXPAND_FRAMES}).
 */
final class WorldComparandLocal {
    private WorldComparandLocal() {
    }

    /**
     * Adds the local to {@code method} and the reads of the comparand into it.
     *
     * @param barriers indexes of the writes that get a field barrier
     * @return the local's slot
     */
    static int add(MethodNode method, BitSet barriers) {
        int slot = method.maxLocals;
        ComparandRefreshPoints points = ComparandRefreshPoints.find(method, barriers);
        InsnList code = method.instructions;
        AbstractInsnNode[] original = code.toArray();
        List<AbstractInsnNode> handlerStarts = new ArrayList<>();
        for (int i = points.atHandlers.nextSetBit(0); i >= 0; i = points.atHandlers.nextSetBit(i + 1)) {
            handlerStarts.add(original[i]);
        }
        for (int i = points.afterCalls.nextSetBit(0); i >= 0; i = points.afterCalls.nextSetBit(i + 1)) {
            code.insert(original[i], refresh(slot));
        }
        if (points.beforeEveryBarrier) {
            for (int i = barriers.nextSetBit(0); i >= 0; i = barriers.nextSetBit(i + 1)) {
                code.insertBefore(original[i], refresh(slot));
            }
        }
        for (AbstractInsnNode handler : handlerStarts) {
            code.insert(lastOfPosition(handler), refresh(slot));
        }
        for (AbstractInsnNode insn : original) {
            if (insn instanceof FrameNode frame) {
                declare(frame, slot);
            }
        }
        InsnList start = points.atStart ? refresh(slot) : new InsnList();
        if (!points.atStart) {
            start.add(new InsnNode(Opcodes.ACONST_NULL));
            start.add(new VarInsnNode(Opcodes.ASTORE, slot));
        }
        code.insert(start);
        method.maxLocals = slot + 1;
        return slot;
    }

    private static InsnList refresh(int slot) {
        InsnList read = new InsnList();
        read.add(new MethodInsnNode(Opcodes.INVOKESTATIC, RuntimeNames.RUNTIME, RuntimeNames.COMPARAND,
                RuntimeNames.COMPARAND_DESC, false));
        read.add(new VarInsnNode(Opcodes.ASTORE, slot));
        return read;
    }

    /**
     * The last node at the handler label's position (its frame, line numbers, other labels):
     * code inserted after it runs on entering the handler, and the frame stays at the label.
     */
    private static AbstractInsnNode lastOfPosition(AbstractInsnNode label) {
        AbstractInsnNode last = label;
        while (last.getNext() instanceof FrameNode || last.getNext() instanceof LineNumberNode
                || last.getNext() instanceof LabelNode) {
            last = last.getNext();
        }
        return last;
    }

    private static void declare(FrameNode frame, int slot) {
        if (frame.type != Opcodes.F_NEW) {
            throw new IllegalStateException("frames must be expanded (ClassReader.EXPAND_FRAMES)");
        }
        List<Object> locals = frame.local == null ? new ArrayList<>() : new ArrayList<>(frame.local);
        int slots = 0;
        for (Object local : locals) {
            slots += local == Opcodes.LONG || local == Opcodes.DOUBLE ? 2 : 1;
        }
        while (slots++ < slot) {
            locals.add(Opcodes.TOP);
        }
        locals.add("java/lang/Object");
        frame.local = locals;
    }
}
