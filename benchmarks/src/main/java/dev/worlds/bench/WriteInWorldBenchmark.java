package dev.worlds.bench;

import dev.worlds.bench.api.CellWorkload;
import dev.worlds.bench.report.RatioGoal;
import dev.worlds.bench.support.Sizes;
import dev.worlds.bench.support.SavePriming;
import dev.worlds.bench.support.Variant;
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
 * Repeated writes inside a world to objects already saved in it: each iteration opens a world and
 * writes every cell once (saving it), then the benchmark rewrites two fields of each of
 * {@value Sizes#CELLS} cells over and over; the world is rolled back after the iteration. Every
 * woven write is one stamp compare that matches. This is the steady state of search code between
 * two pushes. Goal: woven/plain &le; 1.3x. Score: ns per cell.
 *
 * <p>Setup first saves every cell many times through another loop ({@link SavePriming}), as a
 * program that has been searching for a while has, and the measured loop itself makes the saves at
 * the start of each iteration, as search code does after every push. So the JIT compiles the loop
 * with the barrier's slow path warm. Three forks, because the JIT lands in one of two states
 * (see {@link SavePriming}); the report lists the fork means when they disagree.
 *
 * <p>{@code handUndo} runs the same loop with the hand-written check
 * {@code if (cell.savedIn != trail.world) trail.save(cell)}, once per cell. {@code staticCompare}
 * runs the woven loop with the barrier of before the thread-ownership check
 * ({@link dev.worlds.bench.support.Variant#STATIC_COMPARE}).
 *
 * <p>Reproduce: {@code benchmarks/run WriteInWorldBenchmark}, or after a build
 * {@code java -jar benchmarks/target/benchmarks.jar WriteInWorldBenchmark -f 3 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WriteInWorldBenchmark {
    @Param({"plain", "woven", "handUndo", "staticCompare"})
    public String variant;

    private CellWorkload cells;
    private int value;

    @Setup
    public void createCells() {
        cells = Variant.named(variant).newCellWorkload(Sizes.CELLS);
        SavePriming.saveManyTimes(cells);
    }

    /**
     * Per iteration rather than per trial: JMH runs iteration fixtures on the thread that runs
     * the iteration, and worlds belong to the thread that pushed them.
     */
    @Setup(Level.Iteration)
    public void openWorldAndSaveAll() {
        cells.begin();
        cells.writeBothFields(0);
    }

    @TearDown(Level.Iteration)
    public void rollBack() {
        cells.rollback();
    }

    @Benchmark
    @OperationsPerInvocation(Sizes.CELLS)
    @RatioGoal(wovenOverPlain = 1.3)
    public void rewriteTwoFields() {
        cells.writeBothFields(++value);
    }
}
