package dev.worlds.bench.collections;

import dev.worlds.bench.report.RatioGoal;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
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
 * A tracked collection against its JDK class with no world open, on {@value #SIZE} elements:
 * {@code contains} (sets) or {@code get} (lists), iteration, and adding then removing elements
 * the way each kind is used (sets: add and remove; lists: add at the end, then clear; queues and
 * deques: offer and poll). Goals: reads woven/plain ≤ 1.10x, writes ≤ 1.30x. Score: ns per operation.
 *
 * <p>Reproduce: {@code benchmarks/run CollectionBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CollectionBenchmark {
    static final int SIZE = 1024;

    @Param({"plain", "woven"})
    public String variant;

    @Param({"ArrayList", "HashSet", "TreeSet", "ArrayDeque", "PriorityQueue", "LinkedList", "LinkedHashSet"})
    public String kind;

    private Collection<Integer> full;
    private Collection<Integer> scratch;
    private Integer[] present;
    private Integer[] absent;

    @Setup
    public void fill() {
        full = CollectionKinds.collection(variant, kind);
        scratch = CollectionKinds.collection(variant, kind);
        present = CollectionKinds.keys(SIZE, 0);
        absent = CollectionKinds.keys(SIZE, 1);
        for (Integer element : present) {
            full.add(element);
        }
    }

    /** Lists by index (a LinkedList only at its ends, which is how it is read), everything else by {@code contains}. */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    @RatioGoal(wovenOverPlain = 1.10)
    public long lookUp() {
        long found = 0;
        if (full instanceof List<Integer> list && !(full instanceof Deque)) {
            for (int i = 0; i < SIZE; i++) {
                found += list.get(i);
            }
        } else if (full instanceof Queue<Integer> queue && !(full instanceof java.util.Set)) {
            for (int i = 0; i < SIZE; i++) {
                found += queue.peek();
            }
        } else {
            for (Integer element : present) {
                found += full.contains(element) ? 1 : 0;
            }
        }
        return found;
    }

    @Benchmark
    @OperationsPerInvocation(SIZE)
    @RatioGoal(wovenOverPlain = 1.10)
    public long iterate() {
        long sum = 0;
        for (Integer element : full) {
            sum += element;
        }
        return sum;
    }

    /** Adds {@value #SIZE} elements to an empty collection and takes them out again. */
    @Benchmark
    @OperationsPerInvocation(2 * SIZE)
    @RatioGoal(wovenOverPlain = 1.30)
    public int addRemove() {
        for (Integer element : absent) {
            scratch.add(element);
        }
        if (scratch instanceof Queue<Integer> queue) {
            while (queue.poll() != null) {
                // drain
            }
        } else if (scratch instanceof List) {
            scratch.clear();
        } else {
            for (Integer element : absent) {
                scratch.remove(element);
            }
        }
        return scratch.size();
    }
}
