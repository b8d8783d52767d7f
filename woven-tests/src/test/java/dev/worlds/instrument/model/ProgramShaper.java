package dev.worlds.instrument.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns generated raw steps into a {@link Program} whose world operations are valid where they
 * run, by following the depth step by step. Shaping is deterministic, so when jqwik shrinks the
 * raw steps the shaped program shrinks with them.
 *
 * <ul>
 * <li>{@link Step.Nothing} steps are dropped;</li>
 * <li>{@code popUntil}, {@code close} and {@code EndOuter} get absolute depths from their raw
 * choices; an {@code EndOuter} needs two worlds of its own and is dropped without them;</li>
 * <li>at depth 0 of the program, pop and commit stay in: they must be refused with a
 * {@code WorldStateException};</li>
 * <li>a speculate or attempt body owns only the worlds it pushes: steps that would end the
 * world the body runs in are dropped, and a body that ends with worlds open gets a final
 * {@code popUntil} back to its own world (a body that leaves worlds open is an error the
 * library reports, which is not what these programs test).</li>
 * </ul>
 */
public final class ProgramShaper {
    /** Depth of the world the steps being shaped run in (0 for the program itself). */
    private final int base;
    private int depth;

    private ProgramShaper(int base) {
        this.base = base;
        this.depth = base;
    }

    public static Program shape(List<Step> raw) {
        return new Program(new ProgramShaper(0).fit(raw));
    }

    private List<Step> fit(List<Step> raw) {
        List<Step> shaped = new ArrayList<>();
        for (Step step : raw) {
            Step fitted = fit(step);
            if (fitted != null) {
                shaped.add(fitted);
            }
        }
        return shaped;
    }

    /** The shaped step, or null when it has no valid form here. */
    private Step fit(Step step) {
        if (step instanceof Step.Nothing) {
            return null;
        }
        if (step instanceof Step.Push) {
            depth++;
            return step;
        }
        if (step instanceof Step.Commit commit) {
            return endInnermost(commit, new Step.Commit(false));
        }
        if (step instanceof Step.Pop pop) {
            return endInnermost(pop, new Step.Pop(false));
        }
        if (step instanceof Step.PopUntil popUntil) {
            return popUntil(popUntil.target());
        }
        if (step instanceof Step.Close close) {
            if (depth == base) {
                return null;
            }
            int level = depth - close.level() % (depth - base);
            depth = level - 1;
            return new Step.Close(level);
        }
        if (step instanceof Step.EndOuter endOuter) {
            if (depth - base < 2) {
                return null;
            }
            return new Step.EndOuter(depth - 1 - endOuter.level() % (depth - base - 1), endOuter.commit());
        }
        if (step instanceof Step.Speculate speculate) {
            return new Step.Speculate(body(speculate.body()), speculate.callable(), speculate.throwing());
        }
        if (step instanceof Step.Attempt attempt) {
            return new Step.Attempt(body(attempt.body()), attempt.end());
        }
        return step;
    }

    /** Commit or pop: valid above the base; refused (and so kept) only with no world open at all. */
    private Step endInnermost(Step step, Step withoutWorld) {
        if (depth > base) {
            depth--;
            return step;
        }
        return base == 0 ? withoutWorld : null;
    }

    private Step popUntil(int raw) {
        if (raw == -1) {
            return new Step.PopUntil(-1);
        }
        if (raw == -2) {
            return new Step.PopUntil(depth + 1);
        }
        int target = depth - Math.floorMod(raw, depth - base + 1);
        depth = target;
        return new Step.PopUntil(target);
    }

    private List<Step> body(List<Step> raw) {
        ProgramShaper inner = new ProgramShaper(depth + 1);
        List<Step> body = inner.fit(raw);
        if (inner.depth > inner.base) {
            body.add(new Step.PopUntil(inner.base));
        }
        return body;
    }
}
