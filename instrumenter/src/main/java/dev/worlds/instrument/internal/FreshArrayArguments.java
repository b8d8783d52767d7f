package dev.worlds.instrument.internal;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Finds the array arguments that are created for one call alone: javac's varargs array
 * ({@code String.format("%d", n)}, {@code List.of(a, b, c)}) or a {@code new byte[] {1, 2}} written
 * in the argument list. No other code ever holds such an array, so whatever the callee writes into
 * it, woven code cannot see it and no rollback has to undo it.
 *
 * <p>An argument qualifies when every instruction that may have produced it creates an array
 * ({@code newarray}, {@code anewarray}, {@code multianewarray}) or pushes {@code null}, and every
 * instruction of the method that takes that array off the stack, other than the call, stores an
 * element into it. Stack copies ({@code dup}) keep the array's identity, so javac's
 * {@code anewarray; dup; iconst_0; ...; aastore; ...; invoke} qualifies, while an array that is
 * also stored in a local variable, a field or another array, cast, returned or passed anywhere
 * else does not. Code the analysis cannot follow proves nothing: no argument qualifies.
 */
final class FreshArrayArguments {
    /** A {@link SourceInterpreter} for which a stack copy is the value itself, not a new one made by the copy. */
    private static final class CopiesKeepSources extends SourceInterpreter {
        CopiesKeepSources() {
            super(Opcodes.ASM9);
        }

        @Override
        public SourceValue copyOperation(AbstractInsnNode insn, SourceValue value) {
            int opcode = insn.getOpcode();
            return opcode >= Opcodes.DUP && opcode <= Opcodes.SWAP ? value : super.copyOperation(insn, value);
        }
    }

    private final CopiesKeepSources interpreter = new CopiesKeepSources();
    private final InsnList code;
    private final Frame<SourceValue>[] frames;

    FreshArrayArguments(String owner, MethodNode method) {
        this.code = method.instructions;
        this.frames = analyze(owner, method);
    }

    private Frame<SourceValue>[] analyze(String owner, MethodNode method) {
        for (AbstractInsnNode insn : method.instructions) {
            if (insn.getOpcode() == Opcodes.JSR || insn.getOpcode() == Opcodes.RET) {
                // Subroutines (class files before Java 6): an instruction's successor is not the next one.
                return null;
            }
        }
        try {
            return new Analyzer<>(interpreter).analyze(owner, method);
        } catch (AnalyzerException | RuntimeException e) {
            return null;
        }
    }

    /** True when argument {@code argument} (counted without the receiver) of {@code call} is created for it alone. */
    boolean isCreatedForCall(MethodInsnNode call, int argument) {
        Frame<SourceValue> frame = frames == null ? null : frames[code.indexOf(call)];
        if (frame == null) {
            return false;
        }
        int arguments = Type.getArgumentTypes(call.desc).length;
        SourceValue value = frame.getStack(frame.getStackSize() - arguments + argument);
        if (value.insns.isEmpty()) {
            return false;
        }
        for (AbstractInsnNode source : value.insns) {
            if (source.getOpcode() != Opcodes.ACONST_NULL && !(isArrayCreation(source) && onlyFilledFor(source, call))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isArrayCreation(AbstractInsnNode insn) {
        int opcode = insn.getOpcode();
        return opcode == Opcodes.NEWARRAY || opcode == Opcodes.ANEWARRAY || opcode == Opcodes.MULTIANEWARRAY;
    }

    /** Every instruction that takes the array made by {@code creation} off the stack is {@code call} or an element store. */
    private boolean onlyFilledFor(AbstractInsnNode creation, MethodInsnNode call) {
        for (int i = 0; i < code.size(); i++) {
            AbstractInsnNode insn = code.get(i);
            Frame<SourceValue> before = frames[i];
            if (insn.getOpcode() < 0 || insn == call || before == null) {
                continue;
            }
            Frame<SourceValue> after = null;
            for (int slot = before.getStackSize() - 1; slot >= 0; slot--) {
                if (!before.getStack(slot).insns.contains(creation)) {
                    continue;
                }
                after = after != null ? after : execute(insn, before);
                boolean taken = after == null || after.getStackSize() <= slot || !after.getStack(slot).insns.contains(creation);
                boolean elementStore = insn.getOpcode() >= Opcodes.IASTORE && insn.getOpcode() <= Opcodes.SASTORE
                        && slot == before.getStackSize() - 3;
                if (taken && !elementStore) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The frame right after {@code insn}, computed from the one before it without merging other paths in. */
    private Frame<SourceValue> execute(AbstractInsnNode insn, Frame<SourceValue> before) {
        Frame<SourceValue> after = new Frame<>(before);
        try {
            after.execute(insn, interpreter);
            return after;
        } catch (AnalyzerException | RuntimeException e) {
            return null;
        }
    }
}
