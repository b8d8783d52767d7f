package dev.worlds.bench.search.sudoku;

import java.util.Arrays;

/**
 * Masks in a plain int[81]; every write first appends (cell, old mask) to an undo trail, and a
 * choice point remembers the trail's length, so backtracking replays the trail backwards to it.
 * The trail a SAT or CP solver writes by hand.
 */
public final class HandUndoSudoku extends PropagatingSudokuSearch {
    private int[] masks;
    /** Pairs (cell, old mask), oldest first. */
    private int[] trail = new int[2 * 1024];
    private int trailSize;
    /** Trail length at each open choice point; the search is at most 81 choices deep. */
    private final int[] marks = new int[SudokuGrid.CELLS + 1];
    private int depth;

    @Override
    protected void start(int[] masks) {
        this.masks = masks;
        trailSize = 0;
        depth = 0;
    }

    @Override
    protected int mask(int cell) {
        return masks[cell];
    }

    @Override
    protected void setMask(int cell, int mask) {
        if (trailSize == trail.length) {
            trail = Arrays.copyOf(trail, 2 * trail.length);
        }
        trail[trailSize] = cell;
        trail[trailSize + 1] = masks[cell];
        trailSize += 2;
        masks[cell] = mask;
    }

    @Override
    protected void choicePoint() {
        marks[depth++] = trailSize;
    }

    @Override
    protected void backtrack() {
        int mark = marks[--depth];
        for (int i = trailSize - 2; i >= mark; i -= 2) {
            masks[trail[i]] = trail[i + 1];
        }
        trailSize = mark;
    }
}
