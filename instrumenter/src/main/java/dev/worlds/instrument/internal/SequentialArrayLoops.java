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
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceValue;
import org.objectweb.asm.tree.analysis.SourceInterpreter;

/**
 * Finds the loops that fill one array in order: {@code for (int i = ...; ...; i++) a[i] = ...}.
 * Such a loop can save its array once before it starts ({@code LoopArrayWrites.prepare}) and then
 * store without ever taking the barrier's slow path, which lets the JIT compile it like the plain
 * loop. A loop qualifies when, between its header and its backward jump,
 * <ul>
 * <li>every array store writes the array in one local variable that the loop never assigns,</li>
 * <li>at an index loaded straight from a local the loop increments with {@code iinc},</li>
 * <li>nothing can save, create or publish an array or a world: no call, no field or static
 * write, no allocation, no monitor, no throw (the same set {@link RepeatedBarrierAnalysis}
 * treats as running other code, plus {@code putfield} and array creation), and</li>
 * <li>the header is entered by falling into it, so the preparation can go just before it.</li>
 * </ul>
 * Anything else keeps the ordinary stores. The preparation only helps speed: were it skipped or
 * undone, the stores still save what they overwrite.
 */
final class SequentialArrayLoops {
    /** Before each header label, the local to prepare; and which array stores (by ordinal) become loop stores. */
    record Plan(Map<Label, Integer> preparedLocals, BitSet loopStores) {
        static final Plan NONE = new Plan(Map.of(), new BitSet());
    }

    private SequentialArrayLoops() {
    }

    static Plan find(String owner, MethodNode method) {
        InsnList code = method.instructions;
        Map<LabelNode, Integer> loopEnds = loopEnds(code);
        if (loopEnds.isEmpty()) {
            return Plan.NONE;
        }
        Frame<SourceValue>[] frames;
        try {
            frames = new Analyzer<>(new SourceInterpreter()).analyze(owner, method);
        } catch (AnalyzerException | RuntimeException e) {
            return Plan.NONE;   // code the analysis cannot follow keeps its ordinary stores
        }
        Map<Label, Integer> prepared = new HashMap<>();
        BitSet loopStores = new BitSet();
        for (Map.Entry<LabelNode, Integer> loop : loopEnds.entrySet()) {
            LabelNode header = loop.getKey();
            int start = code.indexOf(header);
            int end = loop.getValue();
            int local = enteredByFallingThrough(header) ? arrayLocal(code, frames, start, end) : -1;
            if (local >= 0) {
                prepared.put(header.getLabel(), local);
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

    /** The one local whose array the loop {@code [start, end]} fills in order, or -1. */
    private static int arrayLocal(InsnList code, Frame<SourceValue>[] frames, int start, int end) {
        BitSet assigned = new BitSet();
        BitSet incremented = new BitSet();
        for (int i = start; i <= end; i++) {
            AbstractInsnNode insn = code.get(i);
            int opcode = insn.getOpcode();
            if (opcode >= Opcodes.ISTORE && opcode <= Opcodes.ASTORE) {
                assigned.set(((VarInsnNode) insn).var);
            } else if (insn instanceof IincInsnNode) {
                incremented.set(((IincInsnNode) insn).var);
            } else if (RepeatedBarrierAnalysis.mayRunOtherCode(insn) || opcode == Opcodes.PUTFIELD
                    || opcode == Opcodes.NEWARRAY || opcode == Opcodes.ANEWARRAY || opcode == Opcodes.MULTIANEWARRAY) {
                return -1;
            }
        }
        int array = -1;
        for (int i = start; i <= end; i++) {
            if (!isArrayStore(code.get(i).getOpcode())) {
                continue;
            }
            Frame<SourceValue> frame = frames[i];
            if (frame == null) {
                return -1;
            }
            // In analysis frames a long or double is one value: array, index, value from the top.
            int arrayLocal = loadedLocal(frame.getStack(frame.getStackSize() - 3), Opcodes.ALOAD);
            int indexLocal = loadedLocal(frame.getStack(frame.getStackSize() - 2), Opcodes.ILOAD);
            if (arrayLocal < 0 || assigned.get(arrayLocal) || indexLocal < 0 || !incremented.get(indexLocal)
                    || array >= 0 && array != arrayLocal) {
                return -1;
            }
            array = arrayLocal;
        }
        return array;
    }

    private static int loadedLocal(SourceValue value, int loadOpcode) {
        if (value.insns.size() != 1) {
            return -1;
        }
        AbstractInsnNode source = value.insns.iterator().next();
        return source.getOpcode() == loadOpcode ? ((VarInsnNode) source).var : -1;
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
