package dev.worlds.instrument.internal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Finds the {@code putfield}s whose barrier would repeat one that has just run on the same object:
 * {@code n.a = x; n.b = y;} needs one barrier, not two. After a barrier on an object, the object
 * is saved in the current world (or no world is open), and only code that runs between the two
 * writes can change that, by pushing, committing or rolling back a world. So the second barrier
 * is skipped when, between the two writes, the method
 * <ul>
 * <li>calls nothing (no invoke, no {@code new}/{@code getstatic}/{@code putstatic} that could run
 * a static initializer, no dynamic constant),</li>
 * <li>has no branch target or exception handler (every path into the second write went through
 * the first), and</li>
 * <li>does not store into the local variable both receivers were loaded from.</li>
 * </ul>
 * The analysis is conservative: receivers must each come from one {@code aload} of the same local
 * within the same straight-line run. Anything else keeps its barrier.
 */
final class RepeatedBarrierAnalysis {
    private RepeatedBarrierAnalysis() {
    }

    /**
     * @param barrier which putfields get a barrier at all (tracked fields of woven classes)
     * @return indexes in {@code method.instructions} of the putfields whose barrier can be skipped
     */
    static BitSet repeatedBarriers(MethodNode method, SourceFrames sources, Predicate<FieldInsnNode> barrier) {
        BitSet skip = new BitSet();
        InsnList code = method.instructions;
        if (code.size() == 0) {
            return skip;
        }
        Frame<SourceValue>[] frames = sources.get();
        if (frames == null) {
            return skip;   // nothing proven: every barrier stays
        }
        Set<LabelNode> entries = branchTargets(method);
        int runStart = 0;
        int[] lastStore = new int[method.maxLocals + 2];
        Arrays.fill(lastStore, -1);
        BitSet barriered = new BitSet();   // locals whose object had a barrier in this run
        for (int i = 0; i < code.size(); i++) {
            AbstractInsnNode insn = code.get(i);
            if (insn instanceof LabelNode && entries.contains(insn) || mayRunOtherCode(insn)) {
                runStart = i + 1;
                barriered.clear();
                continue;
            }
            if (insn.getOpcode() == Opcodes.ASTORE) {
                int local = ((VarInsnNode) insn).var;
                lastStore[local] = i;
                barriered.clear(local);
                continue;
            }
            if (insn.getOpcode() != Opcodes.PUTFIELD || frames[i] == null) {
                continue;
            }
            FieldInsnNode write = (FieldInsnNode) insn;
            if (!barrier.test(write)) {
                continue;
            }
            int local = receiverLocal(write, frames[i], code, runStart, lastStore);
            if (local < 0) {
                continue;
            }
            if (barriered.get(local)) {
                skip.set(i);
            } else {
                barriered.set(local);
            }
        }
        return skip;
    }

    /** The local the receiver was loaded from in this run and not overwritten since, or -1. */
    private static int receiverLocal(FieldInsnNode write, Frame<SourceValue> frame, InsnList code, int runStart,
            int[] lastStore) {
        // In analysis frames a long or double is one stack value: the receiver is just below the top.
        if (frame.getStackSize() < 2) {
            return -1;
        }
        SourceValue receiver = frame.getStack(frame.getStackSize() - 2);
        if (receiver.insns.size() != 1) {
            return -1;
        }
        AbstractInsnNode source = receiver.insns.iterator().next();
        if (source.getOpcode() != Opcodes.ALOAD) {
            return -1;
        }
        int load = code.indexOf(source);
        int local = ((VarInsnNode) source).var;
        boolean sameRun = load >= runStart;
        boolean notOverwritten = lastStore[local] < load;
        return sameRun && notOverwritten ? local : -1;
    }

    static boolean mayRunOtherCode(AbstractInsnNode insn) {
        switch (insn.getOpcode()) {
            case Opcodes.INVOKEVIRTUAL:
            case Opcodes.INVOKESPECIAL:
            case Opcodes.INVOKESTATIC:
            case Opcodes.INVOKEINTERFACE:
            case Opcodes.INVOKEDYNAMIC:
            case Opcodes.NEW:
            case Opcodes.GETSTATIC:
            case Opcodes.PUTSTATIC:
            case Opcodes.MONITORENTER:
            case Opcodes.MONITOREXIT:
            case Opcodes.ATHROW:
                return true;
            case Opcodes.LDC:
                Object constant = ((LdcInsnNode) insn).cst;
                return constant instanceof ConstantDynamic || constant instanceof Handle
                        || constant instanceof Type && ((Type) constant).getSort() == Type.METHOD;
            default:
                return false;
        }
    }

    private static Set<LabelNode> branchTargets(MethodNode method) {
        Set<LabelNode> targets = new HashSet<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof JumpInsnNode) {
                targets.add(((JumpInsnNode) insn).label);
            } else if (insn instanceof TableSwitchInsnNode) {
                targets.add(((TableSwitchInsnNode) insn).dflt);
                targets.addAll(((TableSwitchInsnNode) insn).labels);
            } else if (insn instanceof LookupSwitchInsnNode) {
                targets.add(((LookupSwitchInsnNode) insn).dflt);
                targets.addAll(((LookupSwitchInsnNode) insn).labels);
            }
        }
        for (TryCatchBlockNode block : method.tryCatchBlocks) {
            targets.add(block.start);
            targets.add(block.end);
            targets.add(block.handler);
        }
        return targets;
    }
}
