package dev.worlds.bench;

import dev.worlds.bench.choco.ChocoModels;
import dev.worlds.choco.WorldsEnvironment;
import java.util.concurrent.TimeUnit;
import org.chocosolver.memory.EnvironmentBuilder;
import org.chocosolver.memory.IEnvironment;
import org.chocosolver.memory.trailing.EnvironmentTrailing;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Choco solving the same model with its default environment ({@code trailing},
 * {@code EnvironmentTrailing}), its chunked trailing ({@code chunked},
 * {@code new EnvironmentBuilder().fromChunk().build()}) and {@code worlds}
 * ({@link WorldsEnvironment}): model construction and the whole search, per operation. Every
 * environment must explore the same tree; the tear-down checks the node counts agree.
 *
 * <p>Reproduce: {@code benchmarks/run ChocoEnvironmentBenchmark -prof gc}, or after a build
 * {@code java -jar benchmarks/target/benchmarks.jar ChocoEnvironmentBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ChocoEnvironmentBenchmark {
    @Param({"queens11", "golomb8", "costas9", "magic4"})
    public String model;

    /** The environment, named {@code variant} so that the report compares them (to {@code trailing}). */
    @Param({"trailing", "chunked", "worlds"})
    public String variant;

    private long nodes = -1;

    @Benchmark
    public long solve() {
        nodes = ChocoModels.solve(model, create(variant));
        return nodes;
    }

    static IEnvironment create(String environment) {
        return switch (environment) {
            case "trailing" -> new EnvironmentTrailing();
            case "chunked" -> new EnvironmentBuilder().fromChunk().build();
            case "worlds" -> new WorldsEnvironment();
            default -> throw new IllegalArgumentException("unknown environment " + environment);
        };
    }

    /** The same tree whatever the environment: anything else means an environment is wrong. */
    @TearDown
    public void checkNodes() {
        long expected = ChocoModels.solve(model, new EnvironmentTrailing());
        if (nodes != expected) {
            throw new IllegalStateException(variant + " explored " + nodes + " nodes on " + model
                    + ", trailing " + expected);
        }
        System.out.println("# " + model + ": " + nodes + " nodes");
    }
}
