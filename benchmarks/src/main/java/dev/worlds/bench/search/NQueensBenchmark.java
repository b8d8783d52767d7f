package dev.worlds.bench.search;

import dev.worlds.bench.search.nqueens.NQueensCounter;
import dev.worlds.bench.search.nqueens.NQueensVariants;
import java.util.Map;
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
 * Counting all solutions of n-queens, n = 10..13, with the same row-by-row search in each
 * {@link SearchVariants variant}: {@code worlds} (the hand-undo code without the clearing,
 * woven, each placement inside {@code Worlds.push()/pop()}), {@code handUndo} (marks cleared
 * after the recursive call), {@code choco} (Choco {@code IStateBool}s, worldPush/worldPop),
 * {@code copying} (the three occupancy arrays cloned per placed queen) and {@code noUndo}
 * (bitmasks passed as arguments). {@code pushPopOnly} (the hand-undo code inside worlds that save
 * nothing) splits the Worlds variant's cost into the worlds' and the saves'. Score: ms per count;
 * the report gives each variant's ratio to {@code handUndo}.
 *
 * <p>Reproduce: {@code benchmarks/run NQueensBenchmark}, one size
 * {@code benchmarks/run NQueensBenchmark -p n=12}, or after a build
 * {@code java -jar benchmarks/target/benchmarks.jar NQueensBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class NQueensBenchmark {
    /** Known solution counts (OEIS A000170), checked after the run. */
    private static final Map<Integer, Long> SOLUTIONS = Map.of(10, 724L, 11, 2_680L, 12, 14_200L, 13, 73_712L);

    @Param({"worlds", "handUndo", "pushPopOnly", "choco", "copying", "noUndo"})
    public String variant;

    @Param({"10", "11", "12", "13"})
    public int n;

    private NQueensCounter counter;
    private long lastCount = -1;

    @Setup
    public void createCounter() {
        counter = NQueensVariants.create(variant);
    }

    @Benchmark
    public long countSolutions() {
        lastCount = counter.count(n);
        return lastCount;
    }

    /** A fast wrong count is no result: fail the run instead of reporting it. */
    @TearDown
    public void checkCount() {
        if (SOLUTIONS.containsKey(n) && lastCount != SOLUTIONS.get(n)) {
            throw new IllegalStateException(variant + " counted " + lastCount + " solutions for n=" + n
                    + ", expected " + SOLUTIONS.get(n));
        }
    }
}
