package dev.worlds.bench.search;

import dev.worlds.bench.search.knapsack.KnapsackInstance;
import dev.worlds.bench.search.knapsack.KnapsackSolver;
import dev.worlds.bench.search.knapsack.KnapsackVariants;
import dev.worlds.bench.search.knapsack.StatelessKnapsack;
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
 * 0/1 knapsack by depth-first branch and bound on the fixed
 * {@link KnapsackInstance#benchmark() 40-item instance}, in each {@link SearchVariants variant}:
 * {@code worlds} (room, value and the taken flags written by woven code,
 * {@code Worlds.push()/pop()} around the take branch),
 * {@code handUndo} (room and value saved per choice point, the taken flag cleared),
 * {@code choco} ({@code IStateInt}/{@code IStateBool}, worldPush/worldPop), {@code copying} (the
 * state array cloned per choice point) and {@code noUndo} (state passed as arguments). Score: ms
 * per solve; the report gives each variant's ratio to {@code handUndo}.
 *
 * <p>Reproduce: {@code benchmarks/run KnapsackBenchmark}, or after a build
 * {@code java -jar benchmarks/target/benchmarks.jar KnapsackBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class KnapsackBenchmark {
    @Param({"worlds", "handUndo", "choco", "copying", "noUndo"})
    public String variant;

    private KnapsackInstance instance;
    private KnapsackSolver solver;
    private int lastValue = -1;

    @Setup
    public void createSolver() {
        instance = KnapsackInstance.benchmark();
        solver = KnapsackVariants.create(variant);
    }

    @Benchmark
    public int solve() {
        lastValue = solver.solve(instance).value();
        return lastValue;
    }

    /** All variants must agree on the optimum (the tests check it against dynamic programming). */
    @TearDown
    public void checkOptimum() {
        int expected = new StatelessKnapsack().solve(instance).value();
        if (lastValue != expected) {
            throw new IllegalStateException(variant + " found " + lastValue + ", expected the optimum " + expected);
        }
    }
}
