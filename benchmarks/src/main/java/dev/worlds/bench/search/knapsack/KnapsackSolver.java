package dev.worlds.bench.search.knapsack;

/**
 * Solves a 0/1 knapsack by depth-first branch and bound: at item i, first take it (if it fits)
 * then leave it; prune a node whose value plus the fractional bound of the remaining items
 * cannot beat the best found. Implementations differ only in how they keep and take back the
 * node state (room left, value so far, items taken).
 */
public interface KnapsackSolver {
    KnapsackResult solve(KnapsackInstance instance);
}
