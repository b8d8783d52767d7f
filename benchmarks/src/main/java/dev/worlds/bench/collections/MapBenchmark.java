package dev.worlds.bench.collections;

import dev.worlds.bench.report.RatioGoal;
import java.util.Map;
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
 * A tracked map against its JDK class with no world open: lookups, iteration, and insertions with
 * removals, on a map of {@value #SIZE} entries. Goals: reads woven/plain ≤ 1.10x, writes ≤ 1.30x.
 * Score: ns per operation.
 *
 * <p>Reproduce: {@code benchmarks/run MapBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class MapBenchmark {
    static final int SIZE = 1024;

    @Param({"plain", "woven"})
    public String variant;

    @Param({"HashMap", "TreeMap", "LinkedHashMap"})
    public String kind;

    private Map<Integer, Integer> map;
    private Integer[] present;
    private Integer[] absent;

    @Setup
    public void fill() {
        map = CollectionKinds.map(variant, kind);
        present = CollectionKinds.keys(SIZE, 0);
        absent = CollectionKinds.keys(SIZE, 1);
        for (Integer key : present) {
            map.put(key, key);
        }
    }

    @Benchmark
    @OperationsPerInvocation(SIZE)
    @RatioGoal(wovenOverPlain = 1.10)
    public long get() {
        long sum = 0;
        for (Integer key : present) {
            sum += map.get(key);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(SIZE)
    @RatioGoal(wovenOverPlain = 1.10)
    public long iterate() {
        long sum = 0;
        for (Map.Entry<Integer, Integer> entry : map.entrySet()) {
            sum += entry.getValue();
        }
        return sum;
    }

    /** Each new key put and removed again, so the map ends as it began. */
    @Benchmark
    @OperationsPerInvocation(2 * SIZE)
    @RatioGoal(wovenOverPlain = 1.30)
    public int putRemove() {
        for (Integer key : absent) {
            map.put(key, key);
        }
        for (Integer key : absent) {
            map.remove(key);
        }
        return map.size();
    }
}
