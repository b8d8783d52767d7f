package dev.worlds.samples.knapsack;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A 0/1 knapsack instance with its items sorted by value per unit of weight, best first (the
 * order branch and bound branches in and its bound fills in). {@code ids} gives each item's
 * position in the order it was generated.
 */
public record KnapsackInstance(int[] weights, int[] values, int[] ids, int capacity) {
    public KnapsackInstance {
        if (weights.length != values.length || weights.length != ids.length) {
            throw new IllegalArgumentException(weights.length + " weights, " + values.length + " values, "
                    + ids.length + " ids");
        }
    }

    /** An instance of these items, sorted by density for the search. */
    public static KnapsackInstance of(int[] weights, int[] values, int capacity) {
        int items = weights.length;
        for (int i = 0; i < items; i++) {
            if (weights[i] <= 0 || values[i] < 0) {
                throw new IllegalArgumentException("item " + i + ": weight must be positive and value non-negative, got "
                        + weights[i] + " and " + values[i]);
            }
        }
        Integer[] order = IntStream.range(0, items).boxed().toArray(Integer[]::new);
        // Best density first, exactly: a before b when v_a * w_b > v_b * w_a.
        Arrays.sort(order, (a, b) -> Long.compare((long) values[b] * weights[a], (long) values[a] * weights[b]));
        int[] sortedWeights = new int[items];
        int[] sortedValues = new int[items];
        int[] ids = new int[items];
        for (int k = 0; k < items; k++) {
            sortedWeights[k] = weights[order[k]];
            sortedValues[k] = values[order[k]];
            ids[k] = order[k];
        }
        return new KnapsackInstance(sortedWeights, sortedValues, ids, capacity);
    }

    /**
     * A random strongly correlated instance (Pisinger's class: weight uniform in 20..100, value =
     * weight + 10), the classic hard class for branch and bound: every item has nearly the same
     * density, so the fractional bound prunes late. Capacity: half the total weight.
     */
    public static KnapsackInstance random(int items, long seed) {
        Random random = new Random(seed);
        int[] weights = new int[items];
        int[] values = new int[items];
        for (int i = 0; i < items; i++) {
            weights[i] = 20 + random.nextInt(81);
            values[i] = weights[i] + 10;
        }
        return of(weights, values, Arrays.stream(weights).sum() / 2);
    }

    public int items() {
        return weights.length;
    }

    /**
     * The fractional (LP) upper bound on what items {@code from..} can add with {@code room}
     * left: whole items in density order, then the fitting fraction of the first that does not
     * fit, rounded down (the optimum is an integer).
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

    /** The optimum by dynamic programming over capacities, O(items × capacity): the check of the search. */
    public int optimumByDynamicProgramming() {
        int[] best = new int[capacity + 1];
        for (int i = 0; i < weights.length; i++) {
            for (int room = capacity; room >= weights[i]; room--) {
                best[room] = Math.max(best[room], best[room - weights[i]] + values[i]);
            }
        }
        return best[capacity];
    }
}
