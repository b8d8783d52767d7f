package dev.worlds.bench.collections;

import dev.worlds.Worlds;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tracked maps inside worlds. {@code manyChanges}: {@value #CHANGES} puts of new keys and as many
 * removes; {@code plain} does them on the JDK map with no world, {@code woven} on the tracked map
 * inside a world that is then rolled back (goal: woven/plain ≤ 3x). {@code oneChange}: one put into
 * a map of {@code size} entries inside a world, then the rollback; the score must not grow with the
 * size (no copy proportional to the map). Score: µs per invocation.
 *
 * <p>Reproduce: {@code benchmarks/run CollectionWorldBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CollectionWorldBenchmark {
    static final int CHANGES = 100_000;

    @Param({"plain", "woven"})
    public String variant;

    @Param({"HashMap", "TreeMap"})
    public String kind;

    @Param({"1000", "1000000"})
    public int size;

    private Map<Integer, Integer> map;
    private Integer[] absent;
    private Integer changed;

    @Setup
    public void fill() {
        map = CollectionKinds.map(variant, kind);
        for (Integer key : CollectionKinds.keys(size, 0)) {
            map.put(key, key);
        }
        absent = CollectionKinds.keys(CHANGES, 7);
        changed = CollectionKinds.keys(1, 0)[0];
    }

    @Benchmark
    @dev.worlds.bench.report.RatioGoal(wovenOverPlain = 3.0)
    public int manyChanges() {
        boolean inWorld = variant.equals("woven");
        if (inWorld) {
            Worlds.push();
        }
        for (Integer key : absent) {
            map.put(key, key);
        }
        for (Integer key : absent) {
            map.remove(key);
        }
        int size = map.size();
        if (inWorld) {
            Worlds.pop();
        }
        return size;
    }

    /** The plain variant changes the value and changes it back: what the rollback does for the tracked one. */
    @Benchmark
    public int oneChange() {
        if (variant.equals("woven")) {
            Worlds.push();
            map.put(changed, -1);
            Worlds.pop();
        } else {
            Integer old = map.put(changed, -1);
            map.put(changed, old);
        }
        return map.size();
    }
}
