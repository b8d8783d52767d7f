package dev.worlds.bench.search.nqueens;

import org.chocosolver.memory.EnvironmentBuilder;
import org.chocosolver.memory.IEnvironment;
import org.chocosolver.memory.IStateBool;

/**
 * Occupied columns and diagonals as Choco {@link IStateBool}s of one trailing environment;
 * {@code worldPush()} before a queen is placed and {@code worldPop()} after its subtree restores
 * them, the way a Choco propagator's state is backtracked.
 */
public final class ChocoNQueens implements NQueensCounter {
    private IEnvironment environment;
    private IStateBool[] columns;
    private IStateBool[] diagonals;
    private IStateBool[] antiDiagonals;
    private int n;

    @Override
    public long count(int n) {
        this.n = n;
        // A fresh environment per count: the trail starts empty and at world 0 every time.
        environment = new EnvironmentBuilder().fromFlat().build();
        columns = states(n);
        diagonals = states(2 * n - 1);
        antiDiagonals = states(2 * n - 1);
        return place(0);
    }

    private IStateBool[] states(int size) {
        IStateBool[] states = new IStateBool[size];
        for (int i = 0; i < size; i++) {
            states[i] = environment.makeBool(false);
        }
        return states;
    }

    private long place(int row) {
        if (row == n) {
            return 1;
        }
        long solutions = 0;
        for (int column = 0; column < n; column++) {
            IStateBool diagonal = diagonals[row + column];
            IStateBool antiDiagonal = antiDiagonals[row - column + n - 1];
            if (!columns[column].get() && !diagonal.get() && !antiDiagonal.get()) {
                environment.worldPush();
                columns[column].set(true);
                diagonal.set(true);
                antiDiagonal.set(true);
                solutions += place(row + 1);
                environment.worldPop();
            }
        }
        return solutions;
    }
}
