package dev.worlds.instrument.model;

import java.util.List;

/**
 * One step of a generated program. Steps are plain data: the unwoven test generates and
 * prints them, the woven {@code ProgramRunner} performs them.
 *
 * <p>Generators produce raw steps whose numbers are free choices; {@link ProgramShaper} turns
 * them into the steps of a {@link Program}, where every number is an absolute world depth valid
 * at the point the step runs (or deliberately invalid, to check the refusal).
 */
public sealed interface Step {

    /** One line describing the step; nested steps describe their header. */
    String describe();

    /** Appends the step as numbered, indented lines. */
    default void render(StringBuilder out, String number, String indent) {
        Program.line(out, indent, number, describe());
    }

    /**
     * No step: generated rarely and dropped by {@link ProgramShaper}. It is the first choice of
     * the step generator because jqwik shrinks a list only by cutting at its ends, but shrinks each
     * element towards the first choice; turning a step into this one removes it from the middle.
     */
    record Nothing() implements Step {
        @Override
        public String describe() {
            return "(nothing)";
        }
    }

    /** {@code Worlds.push()}. */
    record Push() implements Step {
        @Override
        public String describe() {
            return "Worlds.push()";
        }
    }

    /** Commits the innermost world, through {@code Worlds.commit()} or its {@code World}. */
    record Commit(boolean viaWorld) implements Step {
        @Override
        public String describe() {
            return viaWorld ? "Worlds.current().commit()" : "Worlds.commit()";
        }
    }

    /** Rolls back the innermost world, through {@code Worlds.pop()} or its {@code World}. */
    record Pop(boolean viaWorld) implements Step {
        @Override
        public String describe() {
            return viaWorld ? "Worlds.current().rollback()" : "Worlds.pop()";
        }
    }

    /**
     * {@code Worlds.popUntil(target)}. Raw: {@code target} is how many worlds to pop (modulo
     * what can be popped), or -1 / -2 for a call below zero / above the current depth.
     */
    record PopUntil(int target) implements Step {
        @Override
        public String describe() {
            return "Worlds.popUntil(" + target + ")";
        }
    }

    /**
     * {@code close()} of the open world at depth {@code level}; closing one that is not the
     * innermost rolls back its inner worlds too and throws. Raw: {@code level} counts worlds
     * down from the innermost.
     */
    record Close(int level) implements Step {
        @Override
        public String describe() {
            return "close() the world at depth " + level;
        }
    }

    /**
     * {@code commit()} or {@code rollback()} of the open world at depth {@code level} while inner
     * worlds are open: must be refused with a {@code WorldStateException}, changing nothing.
     * Raw: {@code level} counts worlds down from the one below the innermost.
     */
    record EndOuter(int level, boolean commit) implements Step {
        @Override
        public String describe() {
            return (commit ? "commit()" : "rollback()") + " the world at depth " + level + " (not innermost: refused)";
        }
    }

    /**
     * {@code target.field = value}. For reference fields {@code value} is the ordinal of the
     * {@link Slot} whose object is written, or -1 for null; primitives are canonical bits.
     */
    record Write(Slot target, FixtureField field, long value) implements Step {
        public Write {
            if (!target.shape().has(field)) {
                throw new IllegalArgumentException(target + " has no field " + field);
            }
            value = field.kind().canonical(value);
        }

        /** The slot a reference write stores, or null for a null write. */
        public Slot refSlot() {
            return value < 0 ? null : Slot.values()[(int) value];
        }

        @Override
        public String describe() {
            String shown;
            if (field.kind().isRef()) {
                shown = value < 0 ? "null" : refSlot().label();
            } else {
                shown = field.kind().format(value);
            }
            return target.label() + "." + field.javaName() + " = " + shown;
        }
    }

    /** {@code fresh = new Leaf()}: a new object, born in the current world (if any). */
    record Create() implements Step {
        @Override
        public String describe() {
            return "fresh = new Leaf()";
        }
    }

    /**
     * {@code target[index] = value}, an array store of woven code. For reference arrays
     * {@code value} is the ordinal of the {@link Slot} whose object is stored, or -1 for null.
     */
    record ArrayWrite(ArraySlot target, int index, long value) implements Step {
        public ArrayWrite {
            if (target == ArraySlot.GRID || index < 0 || index >= target.length()) {
                throw new IllegalArgumentException("no element " + index + " of " + target + " to write");
            }
            value = target.kind().canonical(value);
        }

        /** The slot a reference store stores, or null for null. */
        public Slot refSlot() {
            return value < 0 ? null : Slot.values()[(int) value];
        }

        @Override
        public String describe() {
            return target.label() + "[" + index + "] = " + ArraySlot.show(target.kind(), value);
        }
    }

    /** {@code Arrays.fill(target, from, to, value)}; values as in {@link ArrayWrite}. */
    record ArrayFill(ArraySlot target, int from, int to, long value) implements Step {
        public ArrayFill {
            if (target == ArraySlot.GRID || from < 0 || from > to || to > target.length()) {
                throw new IllegalArgumentException("bad fill of " + target + " [" + from + ", " + to + ")");
            }
            value = target.kind().canonical(value);
        }

        public Slot refSlot() {
            return value < 0 ? null : Slot.values()[(int) value];
        }

        @Override
        public String describe() {
            return "Arrays.fill(" + target.label() + ", " + from + ", " + to + ", "
                    + ArraySlot.show(target.kind(), value) + ")";
        }
    }

    /** {@code System.arraycopy(source, sourcePos, dest, destPos, length)}; may overlap. */
    record ArrayCopy(ArraySlot source, int sourcePos, ArraySlot dest, int destPos, int length) implements Step {
        public ArrayCopy {
            if (!dest.canCopyFrom(source) || sourcePos < 0 || destPos < 0 || length < 0
                    || sourcePos + length > source.length() || destPos + length > dest.length()) {
                throw new IllegalArgumentException("bad copy " + source + " -> " + dest);
            }
        }

        @Override
        public String describe() {
            return "System.arraycopy(" + source.label() + ", " + sourcePos + ", " + dest.label() + ", " + destPos
                    + ", " + length + ")";
        }
    }

    /** {@code grid[row] = new int[4]}: a new row array, born in the current world (if any). */
    record ReplaceRow(int row) implements Step {
        @Override
        public String describe() {
            return "grid[" + row + "] = new int[" + ArraySlot.ROW_0.length() + "]";
        }
    }

    /** {@code freshArray = new long[520]}: a new array, born in the current world (if any). */
    record CreateArray() implements Step {
        @Override
        public String describe() {
            return "freshArray = new long[" + ArraySlot.FRESH.length() + "]";
        }
    }

    /**
     * {@code Worlds.speculate(body)} with a value-returning {@code Worlds.Body} or a {@code Runnable}; after its
     * steps the body returns, or throws an exception that must reach the caller unchanged.
     */
    record Speculate(List<Step> body, boolean callable, boolean throwing) implements Step {
        public Speculate {
            body = List.copyOf(body);
        }

        @Override
        public String describe() {
            return "Worlds.speculate(" + (callable ? "Body" : "Runnable") + ") { " + Program.countOf(body)
                    + " } " + (throwing ? "throws" : "returns");
        }

        @Override
        public void render(StringBuilder out, String number, String indent) {
            Program.line(out, indent, number, "Worlds.speculate(" + (callable ? "Body" : "Runnable") + ") {");
            Program.renderSteps(body, out, number + ".", indent + Program.INDENT);
            Program.line(out, indent, "", "} then the body " + (throwing ? "throws" : "returns"));
        }
    }

    /** {@code Worlds.attempt(body)}; after its steps the body returns true, false, or throws. */
    record Attempt(List<Step> body, AttemptEnd end) implements Step {
        public Attempt {
            body = List.copyOf(body);
        }

        @Override
        public String describe() {
            return "Worlds.attempt(() -> { " + Program.countOf(body) + " }) " + end.describe();
        }

        @Override
        public void render(StringBuilder out, String number, String indent) {
            Program.line(out, indent, number, "Worlds.attempt(() -> {");
            Program.renderSteps(body, out, number + ".", indent + Program.INDENT);
            Program.line(out, indent, "", "}) then the body " + end.describe());
        }
    }

    /** How the body of an {@link Attempt} ends. */
    enum AttemptEnd {
        TRUE("returns true"),
        FALSE("returns false"),
        THROWS("throws");

        private final String description;

        AttemptEnd(String description) {
            this.description = description;
        }

        public String describe() {
            return description;
        }
    }
}
