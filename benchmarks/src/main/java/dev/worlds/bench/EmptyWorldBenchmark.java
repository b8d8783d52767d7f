package dev.worlds.bench;

import dev.worlds.bench.api.CellWorkload;
import dev.worlds.bench.support.Variant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * The cost floor of a world: push and commit, or push and roll back, with no write in between.
 * {@code enclosing} is how many worlds are already open: 0 measures an outermost world (the
 * thread takes and gives back ownership of {@code WorldsRuntime.current}), 1 a nested one, the
 * common case in search. {@code handUndo} marks and unwinds a hand-written undo log instead.
 * There is no plain variant: plain code has no worlds. Score: ns per push+end.
 *
 * <p>Reproduce: {@code benchmarks/run EmptyWorldBenchmark}, or after a build
 * {@code java -jar benchmarks/target/benchmarks.jar EmptyWorldBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EmptyWorldBenchmark {
    @Param({"woven", "handUndo"})
    public String variant;

    @Param({"0", "1"})
    public int enclosing;

    private CellWorkload worlds;

    @Setup
    public void createWorkload() {
        worlds = Variant.named(variant).newCellWorkload(1);
    }

    /** Per iteration, on the thread that runs it: worlds belong to the thread that pushed them. */
    @Setup(Level.Iteration)
    public void openEnclosingWorlds() {
        for (int i = 0; i < enclosing; i++) {
            worlds.begin();
        }
    }

    @TearDown(Level.Iteration)
    public void closeEnclosingWorlds() {
        for (int i = 0; i < enclosing; i++) {
            worlds.rollback();
        }
    }

    @Benchmark
    public void pushCommit() {
        worlds.begin();
        worlds.commit();
    }

    @Benchmark
    public void pushRollback() {
        worlds.begin();
        worlds.rollback();
    }
}
