package dev.worlds.bench.workload.handundo;

/**
 * {@link dev.worlds.bench.workload.Cell} as a careful programmer would write it for backtracking
 * without Worlds: the same two fields plus the id of the world that last saved it, so that only
 * the first write in a world pushes an undo entry (Choco's trailing uses the same timestamp idea).
 */
public final class UndoCell {
    int value;
    int count;
    /** Id of the {@link UndoTrail} world that last saved this cell; 0 for none. */
    int savedIn;

    UndoCell(int value, int count) {
        this.value = value;
        this.count = count;
    }
}
