package dev.worlds.bench.search.knapsack;

/**
 * The optimum a {@link KnapsackSolver} found: its value and the items it takes (indices into the
 * instance's sorted order, as a bit set: bit i set when item i is taken; instances have at most 64 items).
 */
public record KnapsackResult(int value, long taken) {
}
