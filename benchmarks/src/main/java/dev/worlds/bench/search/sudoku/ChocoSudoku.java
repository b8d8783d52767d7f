package dev.worlds.bench.search.sudoku;

import org.chocosolver.memory.EnvironmentBuilder;
import org.chocosolver.memory.IEnvironment;
import org.chocosolver.memory.IStateInt;

/**
 * Masks in 81 Choco {@link IStateInt}s; each {@code set} trails the old value once per world
 * (Choco's timestamp check), {@code worldPush()} opens a choice point and {@code worldPop()}
 * restores it.
 */
public final class ChocoSudoku extends PropagatingSudokuSearch {
    private IEnvironment environment;
    private final IStateInt[] masks = new IStateInt[SudokuGrid.CELLS];

    @Override
    protected void start(int[] initial) {
        // A fresh environment per puzzle: empty trail, world 0.
        environment = new EnvironmentBuilder().fromFlat().build();
        for (int cell = 0; cell < SudokuGrid.CELLS; cell++) {
            masks[cell] = environment.makeInt(initial[cell]);
        }
    }

    @Override
    protected int mask(int cell) {
        return masks[cell].get();
    }

    @Override
    protected void setMask(int cell, int mask) {
        masks[cell].set(mask);
    }

    @Override
    protected void choicePoint() {
        environment.worldPush();
    }

    @Override
    protected void backtrack() {
        environment.worldPop();
    }
}
