package dev.worlds.bench.workload.search;

import dev.worlds.Worlds;
import dev.worlds.bench.search.nqueens.NQueensCounter;

/**
 * The hand-written-undo algorithm with the undo left to Worlds: marks are plain array writes,
 * each placement is tried in a world that {@link Worlds#pop()} rolls back. Loaded woven (it lives
 * in the workload package), so every mark goes through the array barrier.
 */
public final class WorldsNQueens implements NQueensCounter {
    private boolean[] columns;
    private boolean[] diagonals;
    private boolean[] antiDiagonals;
    private int n;

    @Override
    public long count(int n) {
        this.n = n;
        columns = new boolean[n];
        diagonals = new boolean[2 * n - 1];
        antiDiagonals = new boolean[2 * n - 1];
        return place(0);
    }

    private long place(int row) {
        if (row == n) {
            return 1;
        }
        long solutions = 0;
        for (int column = 0; column < n; column++) {
            int diagonal = row + column;
            int antiDiagonal = row - column + n - 1;
            if (!columns[column] && !diagonals[diagonal] && !antiDiagonals[antiDiagonal]) {
                Worlds.push();
                columns[column] = true;
                diagonals[diagonal] = true;
                antiDiagonals[antiDiagonal] = true;
                solutions += place(row + 1);
                Worlds.pop();
            }
        }
        return solutions;
    }
}
