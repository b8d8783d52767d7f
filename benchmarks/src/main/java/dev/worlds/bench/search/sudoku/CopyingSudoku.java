package dev.worlds.bench.search.sudoku;

/**
 * Copying: a choice point keeps the current int[81] aside and continues on a copy of it;
 * backtracking drops the copy and returns to the kept array, which no one wrote.
 */
public final class CopyingSudoku extends PropagatingSudokuSearch {
    private int[] masks;
    /** The arrays of the open choice points, innermost last; the search is at most 81 choices deep. */
    private final int[][] kept = new int[SudokuGrid.CELLS + 1][];
    private int depth;

    @Override
    protected void start(int[] masks) {
        this.masks = masks;
        depth = 0;
    }

    @Override
    protected int mask(int cell) {
        return masks[cell];
    }

    @Override
    protected void setMask(int cell, int mask) {
        masks[cell] = mask;
    }

    @Override
    protected void choicePoint() {
        kept[depth++] = masks;
        masks = masks.clone();
    }

    @Override
    protected void backtrack() {
        masks = kept[--depth];
        kept[depth] = null;
    }
}
