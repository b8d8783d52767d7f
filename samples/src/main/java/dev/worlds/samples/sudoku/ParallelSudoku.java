package dev.worlds.samples.sudoku;

import dev.worlds.search.Branching;
import dev.worlds.search.ParallelSearch;
import dev.worlds.search.SearchResult;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link SudokuSolver}'s search on several threads with {@link ParallelSearch}: each worker has
 * its own solver with the givens placed, and branches like the sequential search on the digits
 * of the open cell with the fewest candidates, smallest digit first.
 *
 * <pre>{@code
 * SudokuSolver.Result result = ParallelSudoku.solve(Grid.parse(puzzle), 2, 4);   // up to 2 solutions, 4 threads
 * }</pre>
 */
public final class ParallelSudoku {
    /** Alternative i: the i-th smallest candidate digit of the open cell with the fewest candidates, assigned and propagated. */
    static final Branching<Board> ASSIGN_DIGIT = new Branching<>() {
        @Override
        public int alternatives(Board board) {
            int cell = board.consistent ? board.solver.mostConstrainedOpenCell() : -1;
            return cell < 0 ? 0 : Integer.bitCount(board.solver.candidatesOf(cell));
        }

        @Override
        public boolean apply(Board board, int alternative) {
            int cell = board.solver.mostConstrainedOpenCell();
            int remaining = board.solver.candidatesOf(cell);
            for (int skip = 0; skip < alternative; skip++) {
                remaining &= remaining - 1;
            }
            return board.solver.assign(cell, remaining & -remaining);
        }
    };

    private ParallelSudoku() {
    }

    /**
     * Searches {@code givens} for up to {@code limit} solutions on {@code threads} threads.
     * Which solution is reported when there are several depends on the threads' timing.
     */
    public static SudokuSolver.Result solve(int[] givens, int limit, int threads) {
        if (givens.length != SudokuSolver.CELLS) {
            throw new IllegalArgumentException("a puzzle has 81 cells, got " + givens.length);
        }
        AtomicReference<String> solution = new AtomicReference<>();
        SearchResult result = ParallelSearch.of(() -> new Board(givens), ASSIGN_DIGIT, Board::isSolved)
                .threads(threads)
                .solutionLimit(Math.max(1, limit))
                .onSolution(board -> solution.compareAndSet(null, board.solver.digits()))
                .solve();
        return new SudokuSolver.Result((int) result.solutions(), solution.get(), result.nodes(),
                result.elapsed().toNanos());
    }

    /** One worker's grid: a solver whose candidates hold the givens, placed for good (outside any world). */
    static final class Board {
        final SudokuSolver solver = new SudokuSolver();
        /** False when the givens contradict each other: the root is a dead end. */
        final boolean consistent;

        Board(int[] givens) {
            consistent = solver.placeGivens(givens);
        }

        boolean isSolved() {
            return consistent && solver.mostConstrainedOpenCell() < 0;
        }
    }
}
