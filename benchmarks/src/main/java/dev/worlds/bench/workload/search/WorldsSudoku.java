package dev.worlds.bench.workload.search;

import dev.worlds.Worlds;
import dev.worlds.bench.search.sudoku.PropagatingSudokuSearch;

/**
 * The Sudoku search of every other variant with its masks in a plain int[81] and no undo code:
 * a choice point is {@link Worlds#push()}, backtracking is {@link Worlds#pop()}, which rolls back
 * every mask the choice and its propagation wrote. Loaded woven (it lives in the workload
 * package), so each mask write goes through the array barrier; the search itself is the unwoven
 * {@link PropagatingSudokuSearch}, shared with {@code handUndo}, {@code choco} and {@code copying}.
 */
public final class WorldsSudoku extends PropagatingSudokuSearch {
    private int[] masks;

    @Override
    protected void start(int[] masks) {
        this.masks = masks;
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
        Worlds.push();
    }

    @Override
    protected void backtrack() {
        Worlds.pop();
    }
}
