package dev.worlds.bench.workload.handundo;

import java.util.Arrays;

/**
 * A hand-written undo log specialised for {@link UndoCell}: on the first write to a cell in a
 * world it pushes (cell, old value, old count, old stamp) into parallel arrays, and rollback pops
 * them back. It saves exactly what Worlds saves (both fields and the stamp), so comparing the two
 * shows the cost of the generic mechanism, not of a different granularity.
 *
 * <p>Single-threaded and with no checks beyond what correctness needs: the best case a careful
 * programmer reaches by hand. World ids only grow, so a stale stamp never equals a later world
 * (ids would wrap after 2^31 worlds, far beyond any benchmark).
 */
public final class UndoTrail {
    private static final int INITIAL = 64;

    /** Id of the innermost open world, 0 when none is open; what the cells' stamps are compared with. */
    int world;
    private int lastId;

    private UndoCell[] cells = new UndoCell[INITIAL];
    private int[] oldValues = new int[INITIAL];
    private int[] oldCounts = new int[INITIAL];
    private int[] oldStamps = new int[INITIAL];
    private int size;

    private int[] marks = new int[8];
    private int[] enclosingWorlds = new int[8];
    private int depth;

    /** Saves {@code cell} in the innermost world; outside worlds only clears a stale stamp. */
    void save(UndoCell cell) {
        if (depth == 0) {
            cell.savedIn = 0;
            return;
        }
        if (size == cells.length) {
            grow();
        }
        cells[size] = cell;
        oldValues[size] = cell.value;
        oldCounts[size] = cell.count;
        oldStamps[size] = cell.savedIn;
        size++;
        cell.savedIn = world;
    }

    void begin() {
        if (depth == marks.length) {
            marks = Arrays.copyOf(marks, depth * 2);
            enclosingWorlds = Arrays.copyOf(enclosingWorlds, depth * 2);
        }
        marks[depth] = size;
        enclosingWorlds[depth] = world;
        depth++;
        world = ++lastId;
    }

    void rollback() {
        int mark = closeWorld();
        for (int i = size - 1; i >= mark; i--) {
            UndoCell cell = cells[i];
            cell.value = oldValues[i];
            cell.count = oldCounts[i];
            cell.savedIn = oldStamps[i];
            cells[i] = null;
        }
        size = mark;
    }

    /**
     * Nested commit keeps the entries for the enclosing world's rollback (a cell written again
     * there is saved a second time, which is harmless: rollback restores the oldest entry last).
     * Outermost commit drops them; the cells' stale stamps are cleared on their next write.
     */
    void commit() {
        closeWorld();
        if (depth == 0) {
            Arrays.fill(cells, 0, size, null);
            size = 0;
        }
    }

    private int closeWorld() {
        if (depth == 0) {
            throw new IllegalStateException("no open world in the hand-written undo log");
        }
        depth--;
        world = enclosingWorlds[depth];
        return marks[depth];
    }

    private void grow() {
        int capacity = cells.length * 2;
        cells = Arrays.copyOf(cells, capacity);
        oldValues = Arrays.copyOf(oldValues, capacity);
        oldCounts = Arrays.copyOf(oldCounts, capacity);
        oldStamps = Arrays.copyOf(oldStamps, capacity);
    }
}
