package dev.worlds.instrument.internal;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Finds the loops that fill one array in order: {@code for (int i = ...; i < n; i++) a[i] = ...}
 * (or {@code a[i] += ...}).
 * Such a loop can save its array once before it starts ({@code LoopArrayWrites.prepare}) and then
 * store without ever taking the barrier's slow path, which lets the JIT compile it like the plain
 * loop. A loop qualifies when, between its header and its backward jump,
 * <ul>
 * <li>every array store writes the array in one local variable that the loop never assigns,</li>
 * <li>at an index loaded straight from a local the loop only increments, with {@code iinc},</li>
 * <li>the loop starts by testing that counter against a bound it never assigns, or against the
 * array's length, and leaves when the test fails (so the range it writes is known on entry),</li>
 * <li>nothing can save, create or publish an array or a world: no call, no field or static
 * write, no allocation, no monitor, no throw (the same set {@link RepeatedBarrierAnalysis}
 * treats as running other code, plus {@code putfield} and array creation), and</li>
 * <li>the header is entered by falling into it, so the preparation can go just before it.</li>
 * </ul>
 * Anything else keeps the ordinary stores. The preparation only helps speed: were it skipped or
 * undone, the stores still save what they overwrite.
 */
final class SequentialArrayLoops {
    /**
     * What to save before a loop: the array in local {@code array}, from the counter in local
     * {@code counter} up to the bound in local {@code bound} (plus one if {@code inclusive}), or up
     * to the array's length when {@code bound} is -1.
     */
    record Preparation(int array, int counter, int bound, boolean inclusive) {
    }

    /** Before each header label, its preparation; and which array stores (by ordinal) become loop stores. */
    record Plan(Map<Label, Preparation> preparations, BitSet loopStores) {
        static final Plan NONE = new Plan(Map.of(), new BitSet());
    }

    private SequentialArrayLoops() {
    }

    static Plan find(MethodNode method, SourceFrames sources) {
        InsnList code = method.instructions;
        Map<LabelNode, Integer> loopEnds = loopEnds(code);
        if (loopEnds.isEmpty()) {
            return Plan.NONE;
        }
        Frame<SourceValue>[] frames = sources.get();
        if (frames == null) {
            return Plan.NONE;   // code the analysis cannot follow keeps its ordinary stores
        }
        Map<Label, Preparation> prepared = new HashMap<>();
        BitSet loopStores = new BitSet();
        for (Map.Entry<LabelNode, Integer> loop : loopEnds.entrySet()) {
            LabelNode header = loop.getKey();
            int start = code.indexOf(header);
            int end = loop.getValue();
            Preparation preparation = enteredByFallingThrough(header) ? preparation(code, frames, start, end) : null;
            if (preparation != null) {
                prepared.put(header.getLabel(), preparation);
                markStores(code, start, end, loopStores);
            }
        }
        return prepared.isEmpty() ? Plan.NONE : new Plan(prepared, loopStores);
    }

    /** Each loop header (target of a backward jump) and the index of its last backward jump. */
    private static Map<LabelNode, Integer> loopEnds(InsnList code) {
        Map<LabelNode, Integer> ends = new HashMap<>();
        for (int i = 0; i < code.size(); i++) {
            if (code.get(i) instanceof JumpInsnNode jump && code.indexOf(jump.label) < i) {
                ends.put(jump.label, i);
            }
        }
        return ends;
    }

    /** How to prepare the loop {@code [start, end]}, or null if it does not fill one array in order. */
    private static Preparation preparation(InsnList code, Frame<SourceValue>[] frames, int start, int end) {
        BitSet assigned = new BitSet();
        BitSet incremented = new BitSet();
        for (int i = start; i <= end; i++) {
            AbstractInsnNode insn = code.get(i);
            int opcode = insn.getOpcode();
            if (opcode >= Opcodes.ISTORE && opcode <= Opcodes.ASTORE) {
                assigned.set(((VarInsnNode) insn).var);
            } else if (insn instanceof IincInsnNode) {
                IincInsnNode increment = (IincInsnNode) insn;
                if (increment.incr > 0) {
                    incremented.set(increment.var);
                } else {
                    assigned.set(increment.var);   // a counter that goes down is not one we bound
                }
            } else if (RepeatedBarrierAnalysis.mayRunOtherCode(insn) || opcode == Opcodes.PUTFIELD
                    || opcode == Opcodes.NEWARRAY || opcode == Opcodes.ANEWARRAY || opcode == Opcodes.MULTIANEWARRAY) {
                return null;
            }
        }
        int array = -1;
        int counter = -1;
        for (int i = start; i <= end; i++) {
            if (!isArrayStore(code.get(i).getOpcode())) {
                continue;
            }
            Frame<SourceValue> frame = frames[i];
            if (frame == null) {
                return null;
            }
            // In analysis frames a long or double is one value: array, index, value from the top.
            SourceValue arrayValue = frame.getStack(frame.getStackSize() - 3);
            SourceValue indexValue = frame.getStack(frame.getStackSize() - 2);
            AbstractInsnNode pair = onlySource(arrayValue);
            if (pair != null && pair.getOpcode() == Opcodes.DUP2 && onlySource(indexValue) == pair) {
                // a[i] += x: javac loads a and i once and duplicates them for the load and the store
                Frame<SourceValue> before = frames[code.indexOf(pair)];
                arrayValue = before.getStack(before.getStackSize() - 2);
                indexValue = before.getStack(before.getStackSize() - 1);
            }
            int arrayLocal = loadedLocal(arrayValue, Opcodes.ALOAD);
            int indexLocal = loadedLocal(indexValue, Opcodes.ILOAD);
            if (arrayLocal < 0 || assigned.get(arrayLocal) || indexLocal < 0 || assigned.get(indexLocal)
                    || !incremented.get(indexLocal) || array >= 0 && (array != arrayLocal || counter != indexLocal)) {
                return null;
            }
            array = arrayLocal;
            counter = indexLocal;
        }
        return array < 0 ? null : bounded(code, start, end, array, counter, assigned);
    }

    /**
     * The preparation when the loop starts by testing {@code counter < bound} (or {@code <=}) and
     * leaving when it fails, the bound a local the loop never assigns or the filled array's
     * length: javac's {@code for} and {@code while} loops. The stores then write inside
     * {@code [counter, bound)} as it was on entry, which is the range saved up front.
     */
    private static Preparation bounded(InsnList code, int start, int end, int array, int counter, BitSet assigned) {
        AbstractInsnNode test = realInstruction(code.get(start));
        if (test == null || test.getOpcode() != Opcodes.ILOAD || ((VarInsnNode) test).var != counter) {
            return null;
        }
        AbstractInsnNode bound = realInstruction(test.getNext());
        int boundLocal;
        AbstractInsnNode exit;
        if (bound != null && bound.getOpcode() == Opcodes.ILOAD && !assigned.get(((VarInsnNode) bound).var)) {
            boundLocal = ((VarInsnNode) bound).var;
            exit = realInstruction(bound.getNext());
        } else if (bound != null && bound.getOpcode() == Opcodes.ALOAD && ((VarInsnNode) bound).var == array
                && realInstruction(bound.getNext()) != null
                && realInstruction(bound.getNext()).getOpcode() == Opcodes.ARRAYLENGTH) {
            boundLocal = -1;
            exit = realInstruction(realInstruction(bound.getNext()).getNext());
        } else {
            return null;
        }
        if (exit == null || exit.getOpcode() != Opcodes.IF_ICMPGE && exit.getOpcode() != Opcodes.IF_ICMPGT
                || code.indexOf(((JumpInsnNode) exit).label) <= end) {
            return null;
        }
        return new Preparation(array, counter, boundLocal, exit.getOpcode() == Opcodes.IF_ICMPGT);
    }

    /** {@code insn} or the first instruction after it that is not a label, frame or line number. */
    private static AbstractInsnNode realInstruction(AbstractInsnNode insn) {
        while (insn != null && insn.getOpcode() < 0) {
            insn = insn.getNext();
        }
        return insn;
    }

    private static int loadedLocal(SourceValue value, int loadOpcode) {
        AbstractInsnNode source = onlySource(value);
        return source != null && source.getOpcode() == loadOpcode ? ((VarInsnNode) source).var : -1;
    }

    private static AbstractInsnNode onlySource(SourceValue value) {
        return value.insns.size() == 1 ? value.insns.iterator().next() : null;
    }

    private static void markStores(InsnList code, int start, int end, BitSet loopStores) {
        int ordinal = 0;
        for (int i = 0; i <= end; i++) {
            if (isArrayStore(code.get(i).getOpcode())) {
                if (i >= start) {
                    loopStores.set(ordinal);
                }
                ordinal++;
            }
        }
    }

    /** True when the instruction before {@code header} (labels and line numbers aside) can fall into it. */
    private static boolean enteredByFallingThrough(LabelNode header) {
        AbstractInsnNode previous = header.getPrevious();
        while (previous != null && previous.getOpcode() < 0) {
            previous = previous.getPrevious();
        }
        if (previous == null) {
            return false;   // the method starts with the loop: nothing to insert before it
        }
        switch (previous.getOpcode()) {
            case Opcodes.GOTO:
            case Opcodes.TABLESWITCH:
            case Opcodes.LOOKUPSWITCH:
            case Opcodes.ATHROW:
            case Opcodes.RETURN:
            case Opcodes.IRETURN:
            case Opcodes.LRETURN:
            case Opcodes.FRETURN:
            case Opcodes.DRETURN:
            case Opcodes.ARETURN:
            case Opcodes.JSR:
            case Opcodes.RET:
                return false;
            default:
                return true;
        }
    }

    static boolean isArrayStore(int opcode) {
        return opcode >= Opcodes.IASTORE && opcode <= Opcodes.SASTORE;
    }
}
