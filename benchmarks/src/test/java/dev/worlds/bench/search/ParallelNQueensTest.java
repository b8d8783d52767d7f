package dev.worlds.bench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.worlds.bench.search.nqueens.ParallelNQueensCounter;
import dev.worlds.bench.support.WovenWorkloads;
import dev.worlds.bench.workload.search.ParallelWorldsNQueens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The workload of {@link ParallelNQueensBenchmark}. */
class ParallelNQueensTest {
    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 2, 4})
    void countsKnownSolutions(int threads) {
        ParallelNQueensCounter counter = counter(true);
        assertEquals(92, counter.count(8, threads));
        assertEquals(724, counter.count(10, threads));
        assertEquals(14_200, counter.count(12, threads));
    }

    /** Loaded unwoven, the boards are never rolled back: the counts above come from the worlds. */
    @Test
    void isRightOnlyBecauseTheBoardsAreRolledBack() {
        assertNotEquals(92, counter(false).count(8, 2));
    }

    private static ParallelNQueensCounter counter(boolean woven) {
        return WovenWorkloads.create(ParallelWorldsNQueens.class.getName(), ParallelNQueensCounter.class, woven);
    }
}
