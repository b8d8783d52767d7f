package dev.worlds.bench.search.nqueens;

import dev.worlds.Worlds;

/**
 * The hand-undo search inside {@code Worlds.push()/pop()}, unwoven: every placement opens and
 * closes a world that saves nothing. Not a way to write search code; it splits the Worlds
 * variant's cost into what the worlds cost ({@code pushPopOnly} / {@code handUndo}) and what
 * saving and restoring the marks adds ({@code worlds} / {@code pushPopOnly}).
 */
public final class PushPopOnlyNQueens implements NQueensCounter {
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
                columns[column] = false;
                diagonals[diagonal] = false;
                antiDiagonals[antiDiagonal] = false;
                Worlds.pop();
            }
        }
        return solutions;
    }
}
