package dev.worlds.search;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Parallel depth-first search with worlds: every worker thread explores part of the tree on its
 * own copy of the state, backtracking with {@code Worlds.push()} before each alternative and a
 * rollback after it, and idle workers steal unexplored alternatives from busy ones.
 *
 * <pre>{@code
 * SearchResult result = ParallelSearch.of(() -> new Board(12), QUEENS, Board::isFull)
 *         .threads(4)
 *         .onSolution(board -> solutions.add(board.columns()))   // from worker threads: thread-safe
 *         .solve();
 * System.out.println(result.solutions() + " solutions, " + result.nodes() + " nodes");
 * }</pre>
 *
 * <p>How it works (the recomputation approach of Gecode): a task is a path of alternative numbers
 * from the root. A thief asks a busy worker, which between two nodes gives away half of the
 * untried alternatives of the shallowest node on its path that has any, so stolen tasks are big
 * subtrees. The thief rolls its state back to the root and replays the path, then explores.
 * Workers share no state object, so nothing but the paths crosses threads. A busy worker answers
 * thieves between two nodes (one volatile read per node, no lock), so a branching step that runs
 * long delays the steals from that worker. Every worker keeps a world open for the whole search,
 * on top of which it replays tasks and explores.
 *
 * <p>What the search needs from its user:
 * <ul>
 * <li>a <b>state factory</b>, called once on each worker thread (each worker's state must be its
 * own objects: an object written by two workers' worlds fails with
 * {@code WorldConflictException}); the state's classes must be woven so that worlds roll it back;
 * <li>a {@link Branching}, deterministic, since other threads replay its alternatives by number;
 * <li>a <b>solution test</b>: a node that passes it is reported and not expanded;
 * <li>optionally a <b>solution callback</b>. It runs on the worker threads, concurrently, so it
 * must be thread-safe; the state it gets belongs to the worker and changes after the call
 * returns, so copy what you want to keep, and do not write the state.
 * </ul>
 *
 * <p>If user code throws, every worker stops and {@link #solve()} throws
 * {@link SearchFailedException} with the exception as cause. Each worker's state is back at the
 * root (every world it opened rolled back) when {@code solve()} returns or throws.
 *
 * @param <S> the search state
 */
public final class ParallelSearch<S> {
    private final Supplier<? extends S> stateFactory;
    private final Branching<? super S> branching;
    private final Predicate<? super S> isSolution;
    private Consumer<? super S> onSolution = state -> { };
    private int threads = Runtime.getRuntime().availableProcessors();
    private long solutionLimit = Long.MAX_VALUE;

    private ParallelSearch(Supplier<? extends S> stateFactory, Branching<? super S> branching,
            Predicate<? super S> isSolution) {
        this.stateFactory = Objects.requireNonNull(stateFactory, "ParallelSearch.of: the state factory is null");
        this.branching = Objects.requireNonNull(branching, "ParallelSearch.of: the branching is null");
        this.isSolution = Objects.requireNonNull(isSolution, "ParallelSearch.of: the solution test is null");
    }

    /**
     * A search of the tree {@code branching} spans from the state {@code stateFactory} makes.
     *
     * @param stateFactory makes one state per worker, called on that worker's thread
     * @param branching    the alternatives at each node
     * @param isSolution   true for a solution node (then not expanded)
     */
    public static <S> ParallelSearch<S> of(Supplier<? extends S> stateFactory, Branching<? super S> branching,
            Predicate<? super S> isSolution) {
        return new ParallelSearch<>(stateFactory, branching, isSolution);
    }

    /** Worker threads; default {@code Runtime.getRuntime().availableProcessors()}. */
    public ParallelSearch<S> threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        return this;
    }

    /**
     * Stops the search once {@code limit} solutions were reported: the callback is called at most
     * {@code limit} times. Default: no limit.
     */
    public ParallelSearch<S> solutionLimit(long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the solution limit must be at least 1, got " + limit);
        }
        this.solutionLimit = limit;
        return this;
    }

    /** Called with each solution's state, on the worker thread that found it; see the class comment. */
    public ParallelSearch<S> onSolution(Consumer<? super S> callback) {
        this.onSolution = Objects.requireNonNull(callback, "onSolution(callback): the callback is null");
        return this;
    }

    /**
     * Runs the search on {@link #threads(int)} new threads and waits for them. If the calling
     * thread is interrupted, the workers stop, the result says the search is not complete, and the
     * interrupt status is set again.
     *
     * @throws SearchFailedException if user code threw in a worker
     */
    public SearchResult solve() {
        long start = System.nanoTime();
        SearchRun run = new SearchRun(threads, solutionLimit);
        List<Worker<S>> workers = new java.util.ArrayList<>(threads);
        Thread[] running = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            Worker<S> worker = new Worker<>(i, run, stateFactory, branching, isSolution, onSolution);
            workers.add(worker);
            running[i] = new Thread(worker, "worlds-search-" + (i + 1));
            running[i].setDaemon(true);
            run.mailbox(i).bind(running[i]);
        }
        for (Thread thread : running) {
            thread.start();
        }
        boolean interrupted = joinAll(running, run);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        throwFirstFailure(run.failures());
        long solutions = 0;
        long nodes = 0;
        long steals = 0;
        for (Worker<S> worker : workers) {
            solutions += worker.solutions();
            nodes += worker.nodes();
            steals += worker.steals();
        }
        return new SearchResult(solutions, nodes, steals, threads, elapsed, run.completed());
    }

    /** Waits for every worker; an interrupt stops the search but the wait goes on, so no worker outlives solve(). */
    private static boolean joinAll(Thread[] running, SearchRun run) {
        boolean interrupted = false;
        for (Thread thread : running) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    run.stop();
                }
            }
        }
        return interrupted;
    }

    private static void throwFirstFailure(List<WorkerFailure> failures) {
        if (failures.isEmpty()) {
            return;
        }
        WorkerFailure first = failures.get(0);
        SearchFailedException thrown = new SearchFailedException(first.worker(), first.path(), first.cause());
        for (WorkerFailure later : failures.subList(1, failures.size())) {
            thrown.addSuppressed(later.cause());
        }
        throw thrown;
    }
}
