package dev.worlds.bench.search.nqueens;

/**
 * Copying: at each choice point the child gets its own copy of the three occupancy arrays, marks
 * its queen there and recurses on the copy; the parent's arrays are never written, so
 * backtracking is just dropping the copy (Gecode's approach, without recomputation).
 */
public final class CopyingNQueens implements NQueensCounter {
    private int n;

    @Override
    public long count(int n) {
        this.n = n;
        return place(0, new boolean[n], new boolean[2 * n - 1], new boolean[2 * n - 1]);
    }

    private long place(int row, boolean[] columns, boolean[] diagonals, boolean[] antiDiagonals) {
        if (row == n) {
            return 1;
        }
        long solutions = 0;
        for (int column = 0; column < n; column++) {
            int diagonal = row + column;
            int antiDiagonal = row - column + n - 1;
            if (!columns[column] && !diagonals[diagonal] && !antiDiagonals[antiDiagonal]) {
                boolean[] childColumns = columns.clone();
                boolean[] childDiagonals = diagonals.clone();
                boolean[] childAntiDiagonals = antiDiagonals.clone();
                childColumns[column] = true;
                childDiagonals[diagonal] = true;
                childAntiDiagonals[antiDiagonal] = true;
                solutions += place(row + 1, childColumns, childDiagonals, childAntiDiagonals);
            }
        }
        return solutions;
    }
}
