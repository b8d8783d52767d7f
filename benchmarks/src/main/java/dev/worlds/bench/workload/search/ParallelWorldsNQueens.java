package dev.worlds.bench.workload.search;

import dev.worlds.bench.search.nqueens.ParallelNQueensCounter;
import dev.worlds.search.Branching;
import dev.worlds.search.ParallelSearch;

/**
 * {@link WorldsNQueens}'s board and placement under {@link ParallelSearch}: each worker has its own
 * board, the search opens the world per placement. Loaded woven (the workload package), so the
 * marks go through the array barrier.
 */
public final class ParallelWorldsNQueens implements ParallelNQueensCounter {
    /** A queen in column {@code alternative} of the next row; an attacked column is skipped before a world is opened. */
    private static final Branching<Board> PLACE_QUEEN = new Branching<>() {
        @Override
        public int alternatives(Board board) {
            return board.row < board.n ? board.n : 0;
        }

        @Override
        public boolean canApply(Board board, int column) {
            return !board.attacked(column);
        }

        @Override
        public boolean apply(Board board, int column) {
            board.place(column);
            return true;
        }
    };

    @Override
    public long count(int n, int threads) {
        return ParallelSearch.of(() -> new Board(n), PLACE_QUEEN, Board::isFull).threads(threads).solve().solutions();
    }

    /** One worker's board: the occupied columns and diagonals, and the row to place next. */
    static final class Board {
        private final int n;
        private final boolean[] columns;
        private final boolean[] diagonals;
        private final boolean[] antiDiagonals;
        private int row;

        Board(int n) {
            this.n = n;
            columns = new boolean[n];
            diagonals = new boolean[2 * n - 1];
            antiDiagonals = new boolean[2 * n - 1];
        }

        boolean isFull() {
            return row == n;
        }

        boolean attacked(int column) {
            return columns[column] || diagonals[row + column] || antiDiagonals[row - column + n - 1];
        }

        void place(int column) {
            columns[column] = true;
            diagonals[row + column] = true;
            antiDiagonals[row - column + n - 1] = true;
            row++;
        }
    }
}
