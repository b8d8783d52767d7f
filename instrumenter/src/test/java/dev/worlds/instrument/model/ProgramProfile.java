package dev.worlds.instrument.model;

import java.util.List;

/**
 * How deep a shaped program nests worlds, counting the worlds speculate and attempt push. The
 * property reports it as a statistic and checks its coverage, so that a generator or shaper
 * change that stops programs from reaching nested worlds fails instead of passing vacuously.
 */
public final class ProgramProfile {
    private int depth;
    private int deepest;

    private ProgramProfile() {
    }

    public static int deepestWorld(Program program) {
        ProgramProfile profile = new ProgramProfile();
        profile.walk(program.steps());
        return profile.deepest;
    }

    private void walk(List<Step> steps) {
        for (Step step : steps) {
            if (step instanceof Step.Push) {
                depth++;
            } else if ((step instanceof Step.Commit || step instanceof Step.Pop) && depth > 0) {
                depth--;
            } else if (step instanceof Step.PopUntil popUntil && popUntil.target() >= 0 && popUntil.target() <= depth) {
                depth = popUntil.target();
            } else if (step instanceof Step.Close close) {
                depth = close.level() - 1;
            } else if (step instanceof Step.Speculate speculate) {
                nested(speculate.body());
            } else if (step instanceof Step.Attempt attempt) {
                nested(attempt.body());
            }
            deepest = Math.max(deepest, depth);
        }
    }

    private void nested(List<Step> body) {
        depth++;
        deepest = Math.max(deepest, depth);
        walk(body);
        depth--;
    }
}
