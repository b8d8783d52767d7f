package dev.worlds.bench;

import dev.worlds.bench.api.ArrayWorkload;
import dev.worlds.bench.support.ArrayWorkloads;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first write to an array in a world: push, write one element of a 4096-element array (which
 * saves the whole array when woven), pop. The plain variant pushes and pops too, so the ratio is
 * the cost of the save and its restore. Score: ns per push-write-pop.
 *
 * <p>Reproduce: {@code benchmarks/run FirstArrayWriteBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FirstArrayWriteBenchmark {
    @Param({"plain", "woven"})
    public String variant;

    private ArrayWorkload arrays;
    private int value;

    @Setup
    public void create() {
        arrays = ArrayWorkloads.create(variant);
    }

    @Benchmark
    public void pushWriteOnePop() {
        arrays.begin();
        arrays.writeFirst(++value);
        arrays.rollback();
    }
}
