package dev.worlds.bench.search.knapsack;

/**
 * No undo at all: the same branch and bound with the node state (room, value, taken items as a
 * 64-bit set) passed down as arguments, so nothing is ever restored.
 */
public final class StatelessKnapsack implements KnapsackSolver {
    private KnapsackInstance instance;
    private int bestValue;
    private long bestTaken;

    @Override
    public KnapsackResult solve(KnapsackInstance instance) {
        if (instance.items() > 64) {
            throw new IllegalArgumentException("at most 64 items, got " + instance.items());
        }
        this.instance = instance;
        bestValue = 0;
        bestTaken = 0;
        search(0, instance.capacity(), 0, 0L);
        return new KnapsackResult(bestValue, bestTaken);
    }

    private void search(int item, int room, int value, long taken) {
        if (value > bestValue) {
            bestValue = value;
            bestTaken = taken;
        }
        if (item == instance.items() || value + instance.fractionalBound(item, room) <= bestValue) {
            return;
        }
        int weight = instance.weights()[item];
        if (weight <= room) {
            search(item + 1, room - weight, value + instance.values()[item], taken | 1L << item);
        }
        search(item + 1, room, value, taken);
    }
}
