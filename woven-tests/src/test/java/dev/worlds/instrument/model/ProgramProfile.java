package dev.worlds.instrument.model;

import java.util.List;

/**
 * How deep a shaped program nests worlds (counting the worlds speculate and attempt push), how
 * deep its array steps run, and whether it writes across a chunk boundary of a chunked array
 * inside nested worlds. The property reports these as statistics and checks their coverage, so
 * that a generator or shaper change that stops programs from reaching nested worlds (or from
 * writing arrays there) fails instead of passing vacuously.
 */
public final class ProgramProfile {
    private int depth;
    private int deepest;
    private int deepestArrayStep = -1;
    private boolean chunkBoundaryNested;

    private ProgramProfile() {
    }

    public static ProgramProfile of(Program program) {
        ProgramProfile profile = new ProgramProfile();
        profile.walk(program.steps());
        return profile;
    }

    public static int deepestWorld(Program program) {
        return of(program).deepestWorld();
    }

    public int deepestWorld() {
        return deepest;
    }

    /** Deepest world an array store, fill, copy or row replacement runs in; -1 with none. */
    public int deepestArrayStep() {
        return deepestArrayStep;
    }

    /**
     * True when, at depth 2 or more, a step writes element 511 or 512 (or 1023, 1024, ...) of the
     * big or the fresh array, so a save of one chunk or of its neighbour is due in a nested world.
     */
    public boolean chunkBoundaryNested() {
        return chunkBoundaryNested;
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
            } else if (step instanceof Step.ArrayWrite write) {
                arrayStep(write.target(), write.index(), write.index() + 1);
            } else if (step instanceof Step.ArrayFill fill) {
                arrayStep(fill.target(), fill.from(), fill.to());
            } else if (step instanceof Step.ArrayCopy copy) {
                arrayStep(copy.dest(), copy.destPos(), copy.destPos() + copy.length());
            } else if (step instanceof Step.ReplaceRow) {
                arrayStep(ArraySlot.GRID, 0, 0);
            }
            deepest = Math.max(deepest, depth);
        }
    }

    /** An array step writing {@code slot[from, to)}. */
    private void arrayStep(ArraySlot slot, int from, int to) {
        deepestArrayStep = Math.max(deepestArrayStep, depth);
        if (depth >= 2 && slot.length() > ArraySlot.CHUNK) {
            for (int boundary = ArraySlot.CHUNK; boundary < slot.length(); boundary += ArraySlot.CHUNK) {
                if (from < to && from <= boundary && boundary - 1 < to) {
                    chunkBoundaryNested = true;
                }
            }
        }
    }

    private void nested(List<Step> body) {
        depth++;
        deepest = Math.max(deepest, depth);
        walk(body);
        depth--;
    }
}
