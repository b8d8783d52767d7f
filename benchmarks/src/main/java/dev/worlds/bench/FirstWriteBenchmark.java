package dev.worlds.bench;

import dev.worlds.bench.api.CellWorkload;
import dev.worlds.bench.support.Sizes;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The save: open a world, write one field of each of {@value Sizes#CELLS} cells (the first write
 * to each in this world, so woven code saves every cell), then end the world. Score: ns per cell,
 * the push and the end of the world included (amortised over the cells).
 *
 * <ul>
 * <li>{@code plain}: the raw writes plus an empty world (plain cells are never saved);</li>
 * <li>{@code woven}: the barrier's slow path per cell: thread-local lookup, log entry, the
 * generated save method; then rollback restores (or commit clears) every stamp;</li>
 * <li>{@code handUndo}: a hand-written undo log saving the same state (fields and stamp);</li>
 * <li>{@code staticCompare}: {@code woven} with the barrier of before the thread-ownership check
 * ({@link dev.worlds.bench.support.Variant#STATIC_COMPARE}).</li>
 * </ul>
 * No goal is set: the report gives the cost per cell against plain and against the hand-written
 * log. Run with {@code -prof gc} to see allocation per cell (the log grows once, then reuses).
 *
 * <p>Reproduce: {@code benchmarks/run FirstWriteBenchmark}, with allocation
 * {@code benchmarks/run --name first-write-gc FirstWriteBenchmark -prof gc}, or after a build
 * {@code java -jar benchmarks/target/benchmarks.jar FirstWriteBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FirstWriteBenchmark {
    @Param({"plain", "woven", "handUndo", "staticCompare"})
    public String variant;

    private CellWorkload cells;
    private long sumBefore;
    private int value;

    @Setup
    public void createCells() {
        cells = Variant.named(variant).newCellWorkload(Sizes.CELLS);
        sumBefore = cells.sumFields();
    }

    @Benchmark
    @OperationsPerInvocation(Sizes.CELLS)
    public void firstWriteThenRollback() {
        cells.begin();
        cells.writeOneField(++value);
        cells.rollback();
    }

    @Benchmark
    @OperationsPerInvocation(Sizes.CELLS)
    public void firstWriteThenCommit() {
        cells.begin();
        cells.writeOneField(++value);
        cells.commit();
    }

    /**
     * Proves the rolled-back variants really saved every cell: after millions of write-and-roll-back
     * rounds the cells must hold their initial values. (Plain cells are not tracked, so not checked.)
     */
    @TearDown
    public void checkRollbackRestored(BenchmarkParams params) {
        boolean rolledBack = params.getBenchmark().endsWith("Rollback");
        if (rolledBack && Variant.named(variant) != Variant.PLAIN && cells.sumFields() != sumBefore) {
            throw new IllegalStateException(variant + ": rollback did not restore the cells");
        }
    }
}
