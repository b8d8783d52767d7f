package dev.worlds.bench;

import dev.worlds.bench.api.CellWorkload;
import dev.worlds.bench.report.RatioGoal;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads of woven objects: sums both fields of {@value Sizes#CELLS} cells. The weaver leaves reads
 * alone, so the only way woven code could read slower is a bigger object (the stamp field); for
 * {@code Cell} both layouts are 24 bytes. Goal: woven/plain = 1.00x. Score: ns per cell.
 *
 * <p>Reproduce: {@code benchmarks/run ReadBenchmark}, or after a build
 * {@code java -jar benchmarks/target/benchmarks.jar ReadBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReadBenchmark {
    @Param({"plain", "woven"})
    public String variant;

    private CellWorkload cells;

    @Setup
    public void createCells() {
        cells = Variant.named(variant).newCellWorkload(Sizes.CELLS);
    }

    /** Returned, so JMH consumes the sum and the reads cannot be eliminated. */
    @Benchmark
    @OperationsPerInvocation(Sizes.CELLS)
    @RatioGoal(wovenOverPlain = 1.00, withinError = true)
    public long sumTwoFields() {
        return cells.sumFields();
    }
}
