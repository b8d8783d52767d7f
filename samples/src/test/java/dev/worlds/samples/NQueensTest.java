package dev.worlds.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import dev.worlds.samples.nqueens.NQueens;
import dev.worlds.samples.nqueens.ParallelNQueens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NQueensTest {
    @ParameterizedTest(name = "n={0}: {1} solutions")
    @CsvSource({"1, 1", "2, 0", "3, 0", "4, 2", "5, 10", "6, 4", "7, 40", "8, 92", "9, 352", "10, 724", "11, 2680"})
    void countsTheKnownNumberOfSolutions(int n, long solutions) {
        NQueens queens = new NQueens(n);
        assertEquals(solutions, queens.countSolutions());
        assertEquals(solutions, NQueens.knownCount(n));
        assertTrue(queens.isEmptyBoard(), "every placement was rolled back by Worlds.pop()");
        assertEquals(0, Worlds.depth());
    }

    @Test
    void twelveQueensHave14200Solutions() {
        assertEquals(14_200, new NQueens(12).countSolutions());
    }

    /**
     * The search never takes a queen off by hand: without the woven barriers the board would keep
     * every queen ever placed, so this fails when weaving is missing (and so would every count).
     */
    @Test
    void theBoardIsEmptyAgainOnlyBecauseTheWorldsRolledItBack() {
        NQueens queens = new NQueens(8);
        assertEquals(92, queens.countSolutions());
        assertEquals(0, queens.queensOnBoard());
        assertTrue(queens.isEmptyBoard());
        assertTrue(queens.nodes() > 92, "@Untracked statistics survive the rollbacks: " + queens.nodes());
        assertEquals(92, queens.countSolutions(), "a second search on the same board finds the same");
    }

    @Test
    void theFirstSolutionIsValid() {
        int[] queens = firstSolution(10);
        assertEquals(10, queens.length);
        for (int a = 0; a < queens.length; a++) {
            for (int b = a + 1; b < queens.length; b++) {
                assertNotEquals(queens[a], queens[b], "same column");
                assertNotEquals(Math.abs(queens[a] - queens[b]), b - a, "same diagonal");
            }
        }
        assertNull(new NQueens(3).firstSolution());
        assertEquals(". Q . .\n. . . Q\nQ . . .\n. . Q .\n", NQueens.board(firstSolution(4)));
    }

    private static int[] firstSolution(int n) {
        NQueens queens = new NQueens(n);
        queens.countSolutions();
        return queens.firstSolution();
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 2, 4})
    void theParallelSearchFindsWhatTheSequentialOneFinds(int threads) {
        for (int n = 1; n <= 10; n++) {
            NQueens sequential = new NQueens(n);
            long solutions = sequential.countSolutions();
            ParallelNQueens.Count parallel = ParallelNQueens.count(n, threads);
            assertEquals(solutions, parallel.solutions(), "n=" + n);
            assertEquals(sequential.nodes(), parallel.placements(), "n=" + n + ": the same placements");
            assertArrayEquals(sequential.firstSolution(), parallel.firstSolution(), "n=" + n);
            assertTrue(parallel.boardsEmpty(), "n=" + n + ": the worlds emptied every worker's board");
        }
    }

    @Test
    void rejectsBoardsOutsideTheRange() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new NQueens(0)).getMessage()
                .contains("n must be between 1 and 16, got 0"));
        assertThrows(IllegalArgumentException.class, () -> new NQueens(17));
    }
}
