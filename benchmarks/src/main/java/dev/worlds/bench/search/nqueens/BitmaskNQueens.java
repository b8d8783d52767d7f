package dev.worlds.bench.search.nqueens;

/**
 * No undo at all: occupied columns and diagonals are three int bitmasks passed down as arguments
 * (the diagonals shifted one square per row), so each call has its own state and nothing needs
 * restoring. The classic fastest formulation; it only works because the whole state fits in a
 * few machine words, which is why the other problems have no such variant.
 */
public final class BitmaskNQueens implements NQueensCounter {
    @Override
    public long count(int n) {
        if (n > 31) {
            throw new IllegalArgumentException("n must be at most 31 for int bitmasks, got " + n);
        }
        return place((1 << n) - 1, 0, 0, 0);
    }

    private static long place(int all, int columns, int diagonals, int antiDiagonals) {
        if (columns == all) {
            return 1;
        }
        long solutions = 0;
        int free = all & ~(columns | diagonals | antiDiagonals);
        while (free != 0) {
            int queen = free & -free;
            free -= queen;
            solutions += place(all, columns | queen, (diagonals | queen) << 1, (antiDiagonals | queen) >>> 1);
        }
        return solutions;
    }
}
