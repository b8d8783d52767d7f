package dev.worlds.instrument.internal;

import java.util.BitSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Where a method must read {@code WorldsRuntime.comparand()} again into its comparand local
 * ({@link WorldComparandLocal}) so that every field barrier compares with the writing thread's
 * innermost world as it is at the write.
 *
 * <p>Only the thread itself changes its innermost world, and only by calling something (a push,
 * a commit, a rollback, or any method that does one). So the local goes stale only at calls, and
 * needs reading again only where a barrier can follow a call with no other call in between:
 * <ul>
 * <li>at the method's start, if a barrier can come before any call;</li>
 * <li>right after a call, if a barrier can come before the next call;</li>
 * <li>at the start of an exception handler, if a barrier can come before any call (a call in the
 * protected range may have thrown after changing worlds).</li>
 * </ul>
 * A backward pass finds, for each instruction, whether a barrier is reachable from it without
 * passing a call ("live"). A loop without calls then reads the comparand once, before the loop.
 *
 * <p>Static initializers run by {@code new}, {@code getstatic} and {@code putstatic} are not
 * counted as calls: the runtime refuses a static initializer that leaves the world depth changed
 * ({@code ThreadWorlds.endClassInit}). Methods with
 * subroutines ({@code jsr}/{@code ret}, old class files) are not analysed: they read the
 * comparand before every barrier.
 */
final class ComparandRefreshPoints {
    /** Read the comparand before each barrier: the fallback for methods with subroutines. */
    final boolean beforeEveryBarrier;
    final boolean atStart;
    /** Indexes of the calls after which the comparand is read. */
    final BitSet afterCalls;
    /** Indexes of the handler labels at whose start the comparand is read. */
    final BitSet atHandlers;

    private ComparandRefreshPoints(boolean beforeEveryBarrier, boolean atStart, BitSet afterCalls, BitSet atHandlers) {
        this.beforeEveryBarrier = beforeEveryBarrier;
        this.atStart = atStart;
        this.afterCalls = afterCalls;
        this.atHandlers = atHandlers;
    }

    /** @param barriers indexes in {@code method.instructions} of the writes that get a field barrier */
    static ComparandRefreshPoints find(MethodNode method, BitSet barriers) {
        InsnList code = method.instructions;
        int size = code.size();
        for (int i = 0; i < size; i++) {
            int opcode = code.get(i).getOpcode();
            if (opcode == Opcodes.JSR || opcode == Opcodes.RET) {
                return new ComparandRefreshPoints(true, false, new BitSet(), new BitSet());
            }
        }
        BitSet live = live(code, barriers);
        BitSet afterCalls = new BitSet();
        for (int i = 0; i < size; i++) {
            if (isCall(code.get(i)) && i + 1 < size && live.get(i + 1)) {
                afterCalls.set(i);
            }
        }
        BitSet atHandlers = new BitSet();
        for (TryCatchBlockNode block : method.tryCatchBlocks) {
            int handler = code.indexOf(block.handler);
            if (live.get(handler)) {
                atHandlers.set(handler);
            }
        }
        return new ComparandRefreshPoints(false, size > 0 && live.get(0), afterCalls, atHandlers);
    }

    /** Instructions from which a barrier is reachable without passing a call; to a fixed point. */
    private static BitSet live(InsnList code, BitSet barriers) {
        int size = code.size();
        BitSet live = new BitSet(size);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = size - 1; i >= 0; i--) {
                if (live.get(i)) {
                    continue;
                }
                AbstractInsnNode insn = code.get(i);
                boolean reaches = barriers.get(i) || !isCall(insn) && anySuccessorLive(code, insn, i, live);
                if (reaches) {
                    live.set(i);
                    changed = true;
                }
            }
        }
        return live;
    }

    private static boolean anySuccessorLive(InsnList code, AbstractInsnNode insn, int index, BitSet live) {
        if (insn instanceof JumpInsnNode jump) {
            if (live.get(code.indexOf(jump.label))) {
                return true;
            }
            return insn.getOpcode() != Opcodes.GOTO && live.get(index + 1);
        }
        if (insn instanceof TableSwitchInsnNode table) {
            return live.get(code.indexOf(table.dflt)) || anyLive(code, table.labels, live);
        }
        if (insn instanceof LookupSwitchInsnNode lookup) {
            return live.get(code.indexOf(lookup.dflt)) || anyLive(code, lookup.labels, live);
        }
        int opcode = insn.getOpcode();
        boolean ends = opcode == Opcodes.ATHROW || opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN;
        return !ends && index + 1 < code.size() && live.get(index + 1);
    }

    private static boolean anyLive(InsnList code, Iterable<LabelNode> labels, BitSet live) {
        for (LabelNode label : labels) {
            if (live.get(code.indexOf(label))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCall(AbstractInsnNode insn) {
        return insn instanceof MethodInsnNode || insn instanceof InvokeDynamicInsnNode;
    }
}
