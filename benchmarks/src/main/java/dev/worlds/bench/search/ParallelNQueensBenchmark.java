package dev.worlds.bench.search;

import dev.worlds.bench.search.nqueens.ParallelNQueensCounter;
import dev.worlds.bench.support.WovenWorkloads;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Counting the solutions of 14 queens with {@code dev.worlds.search.ParallelSearch} on 1,
 * 2 and all cores' threads ({@code threads=cores}: {@code availableProcessors()}). The search is
 * {@code NQueensBenchmark}'s {@code worlds} variant (three {@code boolean[]} marks, woven), one
 * board per worker. The report gives each thread count's speedup over {@code threads=1} of the same
 * run; the goal is at least 0.8 times the thread count.
 *
 * <p>Reproduce: {@code benchmarks/run ParallelNQueensBenchmark}, or after a build
 * {@code java -jar benchmarks/target/benchmarks.jar ParallelNQueensBenchmark -f 1 -wi 2 -i 3}.
 * Other thread counts: {@code -p threads=1,4,8}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ParallelNQueensBenchmark {
    /** Worker threads: a number, or {@code cores} for {@code Runtime.availableProcessors()}. */
    @Param({"1", "2", "cores"})
    public String threads;

    @Param({"14"})
    public int n;

    private static final long[] KNOWN = {1, 1, 0, 0, 2, 10, 4, 40, 92, 352, 724, 2_680, 14_200, 73_712, 365_596};

    private ParallelNQueensCounter counter;
    private int workers;
    private long lastCount = -1;

    @Setup
    public void createCounter() {
        workers = threads.equals("cores") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(threads);
        counter = WovenWorkloads.create("dev.worlds.bench.workload.search.ParallelWorldsNQueens",
                ParallelNQueensCounter.class, true);
    }

    @Benchmark
    public long countSolutions() {
        lastCount = counter.count(n, workers);
        return lastCount;
    }

    /** A fast wrong count is no result: fail the run instead of reporting it. */
    @TearDown
    public void checkCount() {
        if (n < KNOWN.length && lastCount != KNOWN[n]) {
            throw new IllegalStateException(workers + " threads counted " + lastCount + " solutions for n=" + n
                    + ", expected " + KNOWN[n]);
        }
    }
}
