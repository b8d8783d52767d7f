package dev.worlds.instrument.model;

import java.util.List;

/**
 * A shaped program (see {@link ProgramShaper}): what the woven runner performs and what a failing
 * property prints, one numbered step a line; nested bodies are numbered {@code 3.1, 3.2, ...}.
 */
public record Program(List<Step> steps) {
    static final String INDENT = "    ";
    private static final int NUMBER_WIDTH = 8;

    public Program {
        steps = List.copyOf(steps);
    }

    /** "1 step", "3 steps": the size of a step list, nested steps included. */
    static String countOf(List<Step> steps) {
        int count = count(steps);
        return count + (count == 1 ? " step" : " steps");
    }

    private static int count(List<Step> steps) {
        int total = 0;
        for (Step step : steps) {
            total++;
            if (step instanceof Step.Speculate speculate) {
                total += count(speculate.body());
            } else if (step instanceof Step.Attempt attempt) {
                total += count(attempt.body());
            }
        }
        return total;
    }

    static void renderSteps(List<Step> steps, StringBuilder out, String prefix, String indent) {
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).render(out, prefix + (i + 1), indent);
        }
    }

    /** One listing line: the step number in a fixed-width column, then the text. */
    static void line(StringBuilder out, String indent, String number, String text) {
        out.append(indent).append(number).append(" ".repeat(Math.max(1, NUMBER_WIDTH - number.length())))
                .append(text).append('\n');
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("program of ").append(countOf(steps)).append(":\n");
        renderSteps(steps, out, "", "  ");
        return out.toString();
    }
}
