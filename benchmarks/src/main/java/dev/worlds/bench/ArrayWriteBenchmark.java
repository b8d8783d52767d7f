package dev.worlds.bench;

import dev.worlds.bench.api.ArrayWorkload;
import dev.worlds.bench.report.RatioGoal;
import dev.worlds.bench.support.ArrayWorkloads;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Array writes inside a world, woven against the same loops unwoven. A world is open for each
 * whole iteration (pushed in iteration setup, rolled back in teardown): the first invocations save
 * the arrays (whole for the 4096-element array, chunk by chunk for the 10^6-element one) and the
 * rest run on the fast path. Scores are ns per element written.
 *
 * <p>Reproduce: {@code benchmarks/run ArrayWriteBenchmark}, or after a build
 * {@code java -jar benchmarks/target/benchmarks.jar ArrayWriteBenchmark -f 3 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ArrayWriteBenchmark {
    private static final int RANDOM_WRITES = 4096;

    @Param({"plain", "woven"})
    public String variant;

    private ArrayWorkload arrays;
    private int[] randomIndexes;
    private int value;

    @Setup
    public void create() {
        arrays = ArrayWorkloads.create(variant);
        SplittableRandom random = new SplittableRandom(42);
        randomIndexes = random.ints(RANDOM_WRITES, 0, ArrayWorkload.LARGE).toArray();
    }

    @Setup(Level.Iteration)
    public void openWorld() {
        arrays.begin();
    }

    @TearDown(Level.Iteration)
    public void rollBack() {
        arrays.rollback();
    }

    /** Goal: sequential array writes in a world &le; 2x raw. */
    @Benchmark
    @OperationsPerInvocation(ArrayWorkload.SMALL)
    @RatioGoal(wovenOverPlain = 2.0)
    public void sequentialWrites() {
        arrays.writeSequential(++value);
    }

    /** Goal: random writes into a 10^6-element array &le; 5x raw. */
    @Benchmark
    @OperationsPerInvocation(RANDOM_WRITES)
    @RatioGoal(wovenOverPlain = 5.0)
    public void randomWritesIntoLargeArray() {
        arrays.writeRandom(randomIndexes, ++value);
    }

    /** {@code System.arraycopy} of 4096 elements into a tracked array. */
    @Benchmark
    @OperationsPerInvocation(ArrayWorkload.SMALL)
    public void arraycopyIntoTrackedArray() {
        arrays.copyIntoSmall();
    }
}
