package dev.worlds.samples.nqueens;

import dev.worlds.Untracked;
import dev.worlds.search.Branching;
import dev.worlds.search.ParallelSearch;
import dev.worlds.search.SearchResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * {@link NQueens}'s search on several threads with {@link ParallelSearch}: each worker places
 * queens on its own {@link NQueens} board, in the same order and with the same world per
 * placement as the sequential search, so it finds the same solutions and makes the same
 * placements.
 *
 * <pre>{@code
 * ParallelNQueens.Count count = ParallelNQueens.count(12, 4);   // 14,200 solutions on 4 threads
 * }</pre>
 */
public final class ParallelNQueens {
    /** A queen in column {@code alternative} of the next row; attacked columns are skipped before a world is opened. */
    static final Branching<NQueens> PLACE_QUEEN = new Branching<>() {
        @Override
        public int alternatives(NQueens board) {
            return board.isFull() ? 0 : board.size();
        }

        @Override
        public boolean canApply(NQueens board, int column) {
            return !board.attacked(board.queensOnBoard(), column);
        }

        @Override
        public boolean apply(NQueens board, int column) {
            board.place(board.queensOnBoard(), column);
            return true;
        }
    };

    /**
     * What the parallel search found.
     *
     * @param solutions     the number of solutions
     * @param placements    queens placed, one world each (as {@link NQueens#nodes()} counts them)
     * @param firstSolution the solution the sequential search finds first (the smallest in row
     *                      order), or null if there is none
     * @param boardsEmpty   true if every worker's board is empty again: the worlds rolled every placement back
     */
    public record Count(long solutions, long placements, int[] firstSolution, boolean boardsEmpty) {
    }

    private ParallelNQueens() {
    }

    public static Count count(int n, int threads) {
        List<NQueens> boards = Collections.synchronizedList(new ArrayList<>());
        SmallestSolution first = new SmallestSolution();
        SearchResult result = ParallelSearch.of(() -> register(boards, new NQueens(n)), PLACE_QUEEN, NQueens::isFull)
                .threads(threads)
                .onSolution(board -> first.offer(board.currentPlacement()))
                .solve();
        boolean empty = boards.stream().allMatch(NQueens::isEmptyBoard);
        return new Count(result.solutions(), result.nodes(), first.get(), empty);
    }

    private static NQueens register(List<NQueens> boards, NQueens board) {
        boards.add(board);
        return board;
    }

    /** Keeps the smallest solution in row order, offered from any worker thread. */
    private static final class SmallestSolution {
        // Written from inside the workers' worlds: untracked, or their rollbacks would forget it.
        @Untracked
        private int[] smallest;

        synchronized void offer(int[] solution) {
            if (smallest == null || Arrays.compare(solution, smallest) < 0) {
                smallest = solution;
            }
        }

        synchronized int[] get() {
            return smallest;
        }
    }
}
