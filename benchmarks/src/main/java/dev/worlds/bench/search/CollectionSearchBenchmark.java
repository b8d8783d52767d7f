package dev.worlds.bench.search;

import dev.worlds.bench.search.colouring.ColouringInstance;
import dev.worlds.bench.search.colouring.ColouringSolver;
import dev.worlds.bench.search.colouring.ColouringVariants;
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
 * A search whose state lives in collections: graph colouring by backtracking with forward
 * checking, its state in a {@code Map<Integer, Set<Integer>> domains} (vertex to the colours left,
 * a {@code HashMap} of {@code HashSet}s) and a {@code Map<Integer, Integer> colourOf}
 * ({@code HashMap}), written the way one writes it ({@code workload.search.CollectionColouring}).
 * One operation is a graph's chromatic-number check ({@link ColouringInstance}): prove that
 * chromatic - 1 colours are not enough, then find a colouring with chromatic many. Variants
 * ({@link SearchVariants}), all the same search exploring the same tree:
 * {@code worlds} (the collection code woven in memory, so its {@code new HashMap<>()} and
 * {@code new HashSet<>()} make tracked collections; {@code Worlds.push()} before each choice,
 * {@code Worlds.pop()} after it, no undo code), {@code handUndo} (the same code unwoven, on the JDK
 * collections, with a hand-written undo stack of (vertex, colour) entries: the baseline) and
 * {@code copying} (the JDK collections deep-copied at each choice). Score: ms per check; the report
 * gives each variant's ratio to {@code handUndo}.
 *
 * <p>Instances: {@code queen6_6} (36 vertices, chromatic number 7, 295 + 3,637 nodes),
 * {@code queen7_7} (49, 7, 140 + 2,846), {@code myciel4} (23, 5, 767 + 24) and {@code random50}
 * (G(50, 0.5) from seed 1, 9, 1,192 + 9,930). The tear-down fails the run if a variant got an
 * answer or a node count wrong.
 *
 * <p>Reproduce: {@code benchmarks/run CollectionSearchBenchmark}, or after a build
 * {@code java -jar benchmarks/target/benchmarks.jar CollectionSearchBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CollectionSearchBenchmark {
    @Param({"worlds", "handUndo", "copying"})
    public String variant;

    @Param({"queen6_6", "queen7_7", "myciel4", "random50"})
    public String instance;

    private ColouringSolver solver;
    private ColouringInstance chosen;
    private ColouringInstance.Check last;

    @Setup
    public void createSolver() {
        solver = ColouringVariants.create(variant);
        chosen = ColouringInstance.named(instance);
    }

    @Benchmark
    public long checkChromaticNumber() {
        last = chosen.check(solver);
        return last.nodes();
    }

    /** A fast wrong search is no result: fail the run instead of reporting it. */
    @TearDown
    public void checkAnswer() {
        String wrong = last == null ? "never ran" : chosen.verify(last);
        if (wrong != null) {
            throw new IllegalStateException(variant + ": " + wrong);
        }
    }
}
