package dev.worlds.bench.search.knapsack;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A 0/1 knapsack instance, items sorted by value per unit of weight, best first (the order
 * branch and bound branches in and its bound fills in).
 */
public record KnapsackInstance(int[] weights, int[] values, int capacity) {
    /** Items of the benchmark instance. */
    public static final int BENCHMARK_ITEMS = 40;
    /**
     * Seed of the benchmark instance: the same instance on every run and machine. Chosen among
     * seeds 1..40 as the one whose search is largest (about 14 ms with hand-written undo on JDK 17;
     * most strongly correlated 40-item instances are solved in well under a millisecond, too
     * little search to compare the ways of undoing it).
     */
    public static final long BENCHMARK_SEED = 31L;

    public KnapsackInstance {
        if (weights.length != values.length) {
            throw new IllegalArgumentException(weights.length + " weights but " + values.length + " values");
        }
    }

    /** The instance every knapsack benchmark and test solves. */
    public static KnapsackInstance benchmark() {
        return generate(BENCHMARK_ITEMS, BENCHMARK_SEED);
    }

    /**
     * A random strongly correlated instance (Pisinger's class: weight uniform in 20..100,
     * value = weight + 10), the classic hard class for branch and bound: every item has about
     * the same value per weight, so the fractional bound prunes late. Capacity: half the total
     * weight.
     */
    public static KnapsackInstance generate(int items, long seed) {
        Random random = new Random(seed);
        int[] weights = new int[items];
        int[] values = new int[items];
        for (int i = 0; i < items; i++) {
            weights[i] = 20 + random.nextInt(81);
            values[i] = weights[i] + 10;
        }
        Integer[] order = IntStream.range(0, items).boxed().toArray(Integer[]::new);
        // Best density first; exact, without rounding: a before b when v_a * w_b > v_b * w_a.
        Arrays.sort(order, (a, b) -> Long.compare((long) values[b] * weights[a], (long) values[a] * weights[b]));
        int[] sortedWeights = new int[items];
        int[] sortedValues = new int[items];
        for (int k = 0; k < items; k++) {
            sortedWeights[k] = weights[order[k]];
            sortedValues[k] = values[order[k]];
        }
        return new KnapsackInstance(sortedWeights, sortedValues, Arrays.stream(weights).sum() / 2);
    }

    public int items() {
        return weights.length;
    }

    /**
     * The fractional (LP) upper bound on what items {@code from..} can add with {@code room}
     * left: whole items greedily in density order, then the fitting fraction of the first that
     * does not fit, rounded down (the optimum is an integer).
     */
    public int fractionalBound(int from, int room) {
        int bound = 0;
        for (int i = from; i < weights.length; i++) {
            if (weights[i] <= room) {
                room -= weights[i];
                bound += values[i];
            } else {
                return bound + (int) ((long) values[i] * room / weights[i]);
            }
        }
        return bound;
    }
}
