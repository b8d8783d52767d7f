package dev.worlds.bench.search.nqueens;

/**
 * Occupied columns and diagonals in boolean arrays, each mark cleared by hand right after the
 * recursive call returns: the undo a careful programmer writes, and the floor for the others.
 */
public final class HandUndoNQueens implements NQueensCounter {
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
                columns[column] = true;
                diagonals[diagonal] = true;
                antiDiagonals[antiDiagonal] = true;
                solutions += place(row + 1);
                columns[column] = false;
                diagonals[diagonal] = false;
                antiDiagonals[antiDiagonal] = false;
            }
        }
        return solutions;
    }
}
