package dev.worlds.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParallelSearchTest {
    private static final Duration NO_HANG = Duration.ofSeconds(20);

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 2, 4, 8})
    void nQueensCountsEqualTheSequentialSearch(int threads) {
        for (int n = 4; n <= 10; n++) {
            List<QueensBoard> boards = Collections.synchronizedList(new ArrayList<>());
            int size = n;
            SearchResult result = ParallelSearch.of(() -> add(boards, new QueensBoard(size)), QueensBoard.BRANCHING,
                    QueensBoard::isFull).threads(threads).solve();
            long[] sequential = QueensBoard.sequentialCounts(n);
            assertEquals(QueensBoard.KNOWN[n], result.solutions(), "n=" + n);
            assertEquals(sequential[0], result.solutions(), "n=" + n);
            assertEquals(sequential[1], result.nodes(), "n=" + n + ": every alternative applied once");
            assertTrue(result.complete());
            assertEquals(threads, result.threads());
            assertEquals(threads, boards.size(), "one state per worker");
            for (QueensBoard board : boards) {
                assertTrue(board.isEmpty(), "every worker's state is rolled back to the root");
            }
        }
    }

    /** apply() of {@link QueensBoard#SKIPPING_ATTACKED} throws if it gets an alternative canApply() rejected. */
    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 2, 4, 8})
    void alternativesCanApplyRejectsAreSkippedAndNotCounted(int threads) {
        for (int n = 4; n <= 10; n++) {
            int size = n;
            SearchResult result = ParallelSearch.of(() -> new QueensBoard(size), QueensBoard.SKIPPING_ATTACKED,
                    QueensBoard::isFull).threads(threads).solve();
            long[] sequential = QueensBoard.sequentialCounts(n);
            assertEquals(QueensBoard.KNOWN[n], result.solutions(), "n=" + n);
            assertEquals(sequential[2], result.nodes(), "n=" + n + ": one node per queen placed");
        }
    }

    @ParameterizedTest(name = "seed={0}, threads={1}")
    @CsvSource({"1, 1", "4, 2", "5, 4", "6, 8", "8, 3"})
    void seededTreeCountsEqualTheSequentialSearch(long seed, int threads) {
        TreeNode reference = new TreeNode(seed, 12, 6);
        long[] sequential = reference.sequentialCounts();
        SearchResult result = ParallelSearch.of(() -> new TreeNode(seed, 12, 6), TreeNode.BRANCHING,
                TreeNode::isSolution).threads(threads).solve();
        assertEquals(sequential[0], result.solutions());
        assertEquals(sequential[1], result.nodes());
        assertTrue(sequential[1] > 1000, "a tree big enough to be shared: " + sequential[1]);
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 2, 4, 8})
    void everySolutionIsReportedOnceToTheCallback(int threads) {
        Set<Long> placements = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        SearchResult result = ParallelSearch.of(() -> new QueensBoard(8), QueensBoard.BRANCHING, QueensBoard::isFull)
                .threads(threads).onSolution(board -> {
                    calls.incrementAndGet();
                    placements.add(board.placement());
                }).solve();
        assertEquals(92, result.solutions());
        assertEquals(92, calls.get());
        assertEquals(92, placements.size(), "92 different boards");
    }

    @Test
    void overChoicesBranchesOverTheListsItems() {
        List<Integer> columns = List.of(0, 1, 2, 3);
        Branching<QueensBoard> byList = Branching.overChoices(board -> board.isFull() ? List.of() : columns,
                QueensBoard::place);
        SearchResult result = ParallelSearch.of(() -> new QueensBoard(4), byList, QueensBoard::isFull).threads(2).solve();
        assertEquals(2, result.solutions());
        assertEquals(QueensBoard.sequentialCounts(4)[1], result.nodes());
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 2, 4, 8})
    void theSolutionLimitStopsTheSearchAndCapsTheCallbacks(int threads) {
        AtomicInteger calls = new AtomicInteger();
        SearchResult limited = ParallelSearch.of(() -> new QueensBoard(8), QueensBoard.BRANCHING, QueensBoard::isFull)
                .threads(threads).solutionLimit(5).onSolution(board -> calls.incrementAndGet()).solve();
        assertEquals(5, limited.solutions());
        assertEquals(5, calls.get());
        assertFalse(limited.complete(), "stopped at the limit");
        assertTrue(limited.nodes() < QueensBoard.sequentialCounts(8)[1], "stopped early: " + limited.nodes());

        SearchResult generous = ParallelSearch.of(() -> new QueensBoard(8), QueensBoard.BRANCHING, QueensBoard::isFull)
                .threads(threads).solutionLimit(1_000).solve();
        assertEquals(92, generous.solutions());
        assertTrue(generous.complete());
    }

    /** Would fail if two workers shared a state object, or if a worker's state were made on another thread. */
    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {2, 4, 8})
    void eachWorkerHasItsOwnStateMadeOnItsOwnThread(int threads) {
        Map<QueensBoard, Thread> madeOn = Collections.synchronizedMap(new IdentityHashMap<>());
        Map<Thread, Set<QueensBoard>> usedBy = new ConcurrentHashMap<>();
        Branching<QueensBoard> recording = new Branching<>() {
            @Override
            public int alternatives(QueensBoard board) {
                return QueensBoard.BRANCHING.alternatives(board);
            }

            @Override
            public boolean apply(QueensBoard board, int column) {
                usedBy.computeIfAbsent(Thread.currentThread(), t -> Collections.newSetFromMap(
                        Collections.synchronizedMap(new IdentityHashMap<>()))).add(board);
                return board.place(column);
            }
        };
        SearchResult result = ParallelSearch.of(() -> {
            QueensBoard board = new QueensBoard(9);
            madeOn.put(board, Thread.currentThread());
            return board;
        }, recording, QueensBoard::isFull).threads(threads).solve();
        assertEquals(352, result.solutions());
        assertEquals(threads, madeOn.size(), "the factory is called once per worker");
        assertEquals(threads, Set.copyOf(madeOn.values()).size(), "each on its own thread");
        assertFalse(madeOn.containsValue(Thread.currentThread()), "workers are not the caller's thread");
        for (Map.Entry<Thread, Set<QueensBoard>> use : usedBy.entrySet()) {
            assertEquals(1, use.getValue().size(), use.getKey().getName() + " used one state");
            QueensBoard board = use.getValue().iterator().next();
            assertEquals(use.getKey(), madeOn.get(board), "the state made on that same thread");
        }
    }

    /**
     * The first worker is slow in its first 20 nodes (each waits up to 100 ms for another worker
     * to apply something); the other worker gets work only by stealing from it, between two of
     * those nodes.
     */
    @Test
    void anIdleWorkerStealsFromABusyOne() {
        CountDownLatch otherWorkerApplied = new CountDownLatch(1);
        AtomicReference<Thread> firstWorker = new AtomicReference<>();
        AtomicInteger slowNodes = new AtomicInteger(20);
        Branching<QueensBoard> slowStart = new Branching<>() {
            @Override
            public int alternatives(QueensBoard board) {
                return QueensBoard.BRANCHING.alternatives(board);
            }

            @Override
            public boolean apply(QueensBoard board, int column) {
                firstWorker.compareAndSet(null, Thread.currentThread());
                if (firstWorker.get() != Thread.currentThread()) {
                    otherWorkerApplied.countDown();
                } else if (slowNodes.getAndDecrement() > 0) {
                    await(otherWorkerApplied, 100);
                }
                return board.place(column);
            }
        };
        SearchResult result = assertTimeoutPreemptively(NO_HANG, () -> ParallelSearch.of(() -> new QueensBoard(8),
                slowStart, QueensBoard::isFull).threads(2).solve());
        assertEquals(0, otherWorkerApplied.getCount(), "the second worker got work while the first was busy");
        assertEquals(92, result.solutions());
        assertTrue(result.steals() >= 1, "steals: " + result.steals());
    }

    @Test
    void interruptingTheCallerStopsTheWorkersAndKeepsTheInterrupt() throws Exception {
        AtomicReference<SearchResult> result = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        CountDownLatch searching = new CountDownLatch(1);
        Thread caller = new Thread(() -> {
            // About 4^30 nodes: it only ends by the interrupt.
            result.set(ParallelSearch.of(() -> new TreeNode(7, 30, 4), new Branching<TreeNode>() {
                @Override
                public int alternatives(TreeNode node) {
                    return 4;
                }

                @Override
                public boolean apply(TreeNode node, int alternative) {
                    searching.countDown();
                    TreeNode.BRANCHING.apply(node, alternative);
                    return true;
                }
            }, node -> false).threads(2).solve());
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        assertTrue(searching.await(10, TimeUnit.SECONDS));
        caller.interrupt();
        caller.join(NO_HANG.toMillis());
        assertFalse(caller.isAlive(), "solve() returned after the interrupt");
        assertFalse(result.get().complete());
        assertTrue(stillInterrupted.get(), "the interrupt status is set again");
    }

    @Test
    void rejectsBadSettings() {
        ParallelSearch<QueensBoard> search = ParallelSearch.of(() -> new QueensBoard(4), QueensBoard.BRANCHING,
                QueensBoard::isFull);
        assertEquals("threads must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> search.threads(0)).getMessage());
        assertEquals("the solution limit must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> search.solutionLimit(0)).getMessage());
        assertThrows(NullPointerException.class, () -> ParallelSearch.of(null, QueensBoard.BRANCHING, b -> true));
    }

    @Test
    void theRootCanBeTheOnlySolution() {
        SearchResult result = ParallelSearch.of(() -> new QueensBoard(1), QueensBoard.BRANCHING, board -> true)
                .threads(3).solve();
        assertEquals(1, result.solutions());
        assertEquals(0, result.nodes());
        assertTrue(result.complete());
    }

    @Test
    void theDefaultIsOneThreadPerCore() {
        SearchResult result = ParallelSearch.of(() -> new QueensBoard(5), QueensBoard.BRANCHING, QueensBoard::isFull)
                .solve();
        assertEquals(Runtime.getRuntime().availableProcessors(), result.threads());
        assertNotSame(null, result.elapsed());
    }

    private static <T> T add(List<T> list, T item) {
        list.add(item);
        return item;
    }

    private static void await(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
