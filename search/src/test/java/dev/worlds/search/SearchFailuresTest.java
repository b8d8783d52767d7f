package dev.worlds.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Exceptions in user code reach the caller of solve(), stop every worker, and never hang it. */
class SearchFailuresTest {
    private static final Duration NO_HANG = Duration.ofSeconds(20);

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 2, 4, 8})
    void anExceptionInApplyReachesTheCallerWithTheWorkersStackTrace(int threads) {
        List<QueensBoard> boards = Collections.synchronizedList(new ArrayList<>());
        List<Thread> workers = Collections.synchronizedList(new ArrayList<>());
        Branching<QueensBoard> failing = new Branching<>() {
            @Override
            public int alternatives(QueensBoard board) {
                return QueensBoard.BRANCHING.alternatives(board);
            }

            @Override
            public boolean apply(QueensBoard board, int column) {
                boolean placed = board.place(column);
                if (board.hasPlaced(3, 1, 6, 2, 5)) {   // one node of the tree, on the way to a solution
                    throw new IllegalStateException("boom");
                }
                return placed;
            }
        };
        SearchFailedException thrown = assertTimeoutPreemptively(NO_HANG, () -> assertThrows(SearchFailedException.class,
                () -> ParallelSearch.of(() -> {
                    workers.add(Thread.currentThread());
                    return add(boards, new QueensBoard(8));
                }, failing, QueensBoard::isFull).threads(threads).solve()));
        Throwable boom = thrown.getCause();
        assertEquals("boom", boom.getMessage());
        assertTrue(thrown.getMessage().startsWith("search worker 'worlds-search-"), thrown.getMessage());
        assertTrue(thrown.getMessage().endsWith(" failed at path [3, 1, 6, 2, 5]: java.lang.IllegalStateException: boom"),
                thrown.getMessage());
        assertArrayEquals(new int[] {3, 1, 6, 2, 5}, thrown.path(), "the path to the node where it failed");
        assertTrue(Arrays.stream(boom.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals("apply")
                && frame.getClassName().startsWith(SearchFailuresTest.class.getName())), "the worker's stack trace");
        assertTrue(Arrays.stream(boom.getStackTrace()).anyMatch(frame -> frame.getClassName().equals(Worker.class.getName())));
        assertEquals(threads, workers.size());
        for (Thread worker : workers) {
            assertFalse(worker.isAlive(), worker.getName() + " ended before solve() threw");
        }
        for (QueensBoard board : boards) {
            assertTrue(board.isEmpty(), "every worker rolled back, the failing one too");
        }
    }

    @Test
    void anExceptionInTheSolutionCallbackStopsTheSearch() {
        SearchFailedException thrown = assertTimeoutPreemptively(NO_HANG, () -> assertThrows(SearchFailedException.class,
                () -> ParallelSearch.of(() -> new QueensBoard(10), QueensBoard.BRANCHING, QueensBoard::isFull)
                        .threads(4).onSolution(board -> {
                            throw new UnsupportedOperationException("callback");
                        }).solve()));
        assertEquals("callback", thrown.getCause().getMessage());
        assertEquals(10, thrown.path().length, "at a solution: all ten rows");
    }

    @Test
    void anExceptionInTheStateFactoryReachesTheCaller() {
        SearchFailedException thrown = assertTimeoutPreemptively(NO_HANG, () -> assertThrows(SearchFailedException.class,
                () -> ParallelSearch.<QueensBoard>of(() -> {
                    throw new IllegalArgumentException("no board");
                }, QueensBoard.BRANCHING, QueensBoard::isFull).threads(3).solve()));
        assertEquals("no board", thrown.getCause().getMessage());
        assertEquals(2, thrown.getSuppressed().length, "the other two workers' failures");
        assertEquals("the state factory returned null", assertThrows(SearchFailedException.class,
                () -> ParallelSearch.<QueensBoard>of(() -> null, QueensBoard.BRANCHING, QueensBoard::isFull)
                        .threads(1).solve()).getCause().getMessage());
    }

    /**
     * Other threads see 2 alternatives where the first sees 10: the first steal, a range of the
     * root's upper alternatives, does not exist for the thief.
     */
    @Test
    void aBranchingThatDiffersBetweenThreadsIsReported() {
        AtomicReference<Thread> first = new AtomicReference<>();
        Branching<QueensBoard> threadDependent = new Branching<>() {
            @Override
            public int alternatives(QueensBoard board) {
                first.compareAndSet(null, Thread.currentThread());
                int alternatives = QueensBoard.BRANCHING.alternatives(board);
                return first.get() == Thread.currentThread() ? alternatives : Math.min(alternatives, 2);
            }

            @Override
            public boolean apply(QueensBoard board, int column) {
                return board.place(column);
            }
        };
        SearchFailedException thrown = assertTimeoutPreemptively(NO_HANG, () -> assertThrows(SearchFailedException.class,
                () -> ParallelSearch.of(() -> new QueensBoard(10), threadDependent, QueensBoard::isFull)
                        .threads(2).solve()));
        assertTrue(thrown.getCause().getMessage().contains("must give the same answers for the same state on every"
                + " thread"), thrown.getCause().getMessage());
    }

    private static <T> T add(List<T> list, T item) {
        list.add(item);
        return item;
    }
}
