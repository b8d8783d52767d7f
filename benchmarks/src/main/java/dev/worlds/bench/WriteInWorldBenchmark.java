package dev.worlds.bench;

import dev.worlds.bench.api.CellWorkload;
import dev.worlds.bench.report.RatioGoal;
import dev.worlds.bench.support.Sizes;
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
 * <p>{@code savedBy} says which loop made the saves, because the JIT compiles the measured loop
 * from its own branch profile:
 * <ul>
 * <li>{@code otherLoop}: another method wrote the cells first, so the measured loop has never
 * seen its barrier's slow path; C2 compiles that path as an uncommon trap and the loop holds no
 * call (the best case, and what a hand-written barrier benchmark usually measures);</li>
 * <li>{@code sameLoop}: the measured loop itself made the saves at the start of each iteration, as
 * search code does after every push; the slow path is then compiled in, with its call.</li>
 * </ul>
 *
 * <p>{@code handUndo} runs the same loop with the hand-written check
 * {@code if (cell.savedIn != trail.world) trail.save(cell)}, once per cell.
 *
 * <p>Reproduce: {@code benchmarks/run WriteInWorldBenchmark}, or after a build
 * {@code java -jar benchmarks/target/benchmarks.jar WriteInWorldBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WriteInWorldBenchmark {
    @Param({"plain", "woven", "handUndo"})
    public String variant;

    @Param({"otherLoop", "sameLoop"})
    public String savedBy;

    private CellWorkload cells;
    private int value;

    @Setup
    public void createCells() {
        cells = Variant.named(variant).newCellWorkload(Sizes.CELLS);
    }

    /**
     * Per iteration rather than per trial: JMH runs iteration fixtures on the thread that runs
     * the iteration, and worlds belong to the thread that pushed them.
     */
    @Setup(Level.Iteration)
    public void openWorldAndSaveAll() {
        cells.begin();
        if (savedBy.equals("sameLoop")) {
            cells.writeBothFields(0);
        } else {
            cells.writeOneField(0);
        }
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
