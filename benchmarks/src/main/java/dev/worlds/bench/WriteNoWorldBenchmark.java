package dev.worlds.bench;

import dev.worlds.Worlds;
import dev.worlds.bench.api.CellWorkload;
import dev.worlds.bench.report.RatioGoal;
import dev.worlds.bench.support.Sizes;
import dev.worlds.bench.support.SavePriming;
import dev.worlds.bench.support.Variant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Writes with no world open: writes two fields of each of {@value Sizes#CELLS} cells. The woven
 * barrier compares each cell's stamp (null) with the method's comparand (null, no world) and never
 * saves, so this is the price every program pays for being woven. Goal: woven/plain &le; 1.05x.
 * Score: ns per cell.
 *
 * <p>{@code priorSaves}: {@code none} measures a JVM in which no object was ever saved (the
 * barrier is inlined, its slow path an uncommon trap); {@code many} first saves every cell many
 * times in worlds that are all rolled back before measuring ({@link SavePriming}), as in a program
 * that used worlds earlier: no world is open during the measurement either way. Three forks, for
 * the reason given in {@link SavePriming}.
 *
 * <p>{@code staticCompare}: the woven cells with the barrier of before the thread-ownership
 * check, {@code if (o.stamp != WorldsRuntime.current) save(o)}, so that one run compares the
 * barrier before and after it ({@link dev.worlds.bench.support.Variant#STATIC_COMPARE}).
 *
 * <p>Reproduce: {@code benchmarks/run WriteNoWorldBenchmark}, or after a build
 * {@code java -jar benchmarks/target/benchmarks.jar WriteNoWorldBenchmark -f 3 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WriteNoWorldBenchmark {
    @Param({"plain", "woven", "staticCompare"})
    public String variant;

    @Param({"none", "many"})
    public String priorSaves;

    private CellWorkload cells;
    /** Changes every call so that no two calls store the same values. */
    private int value;

    @Setup
    public void createCells() {
        cells = Variant.named(variant).newCellWorkload(Sizes.CELLS);
        if (priorSaves.equals("many")) {
            SavePriming.saveManyTimes(cells);
        }
    }

    /** The stores go to cells reachable from this state, so the JIT cannot drop them. */
    @Benchmark
    @OperationsPerInvocation(Sizes.CELLS)
    @RatioGoal(wovenOverPlain = 1.05)
    public void writeTwoFields() {
        cells.writeBothFields(++value);
    }

    @TearDown
    public void checkNoWorldWasOpen() {
        if (Worlds.depth() != 0) {
            throw new IllegalStateException("a world was open during a no-world benchmark");
        }
    }
}
