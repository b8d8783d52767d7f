package dev.worlds.bench.search.knapsack;

/**
 * The one branch and bound every state-keeping variant runs; subclasses say how the node state
 * (room left, value so far, the taken flag of each item) is stored and how a choice point is
 * opened and taken back. Each JMH fork loads one subclass, so the accessors are inlined.
 *
 * <p>Public so that the Worlds variant ({@code workload.search.WorldsKnapsack}), which lives in
 * the workload package to be loaded woven, runs this very search: only its subclass is woven, so
 * the best solution kept here is never rolled back.
 */
public abstract class BranchAndBoundSearch implements KnapsackSolver {
    private KnapsackInstance instance;
    private int bestValue;
    private long bestTaken;

    /** Starts a search: room = capacity, value 0, nothing taken, no choice point open. */
    protected abstract void start(int items, int capacity);

    protected abstract int room();

    protected abstract int value();

    protected abstract boolean taken(int item);

    /** Takes item: room and value change, its flag is set. */
    protected abstract void take(int item, int weight, int itemValue);

    /** Opens a choice point: every state change until the matching {@link #backtrack()} is undone by it. */
    protected abstract void choicePoint();

    /** Restores the state of the innermost open choice point and closes it. */
    protected abstract void backtrack();

    @Override
    public final KnapsackResult solve(KnapsackInstance instance) {
        if (instance.items() > 64) {
            throw new IllegalArgumentException("at most 64 items, got " + instance.items());
        }
        this.instance = instance;
        bestValue = 0;
        bestTaken = 0;
        start(instance.items(), instance.capacity());
        search(0);
        return new KnapsackResult(bestValue, bestTaken);
    }

    private void search(int item) {
        if (value() > bestValue) {
            recordBest();
        }
        if (item == instance.items() || value() + instance.fractionalBound(item, room()) <= bestValue) {
            return;
        }
        int weight = instance.weights()[item];
        if (weight <= room()) {
            choicePoint();
            take(item, weight, instance.values()[item]);
            search(item + 1);
            backtrack();
        }
        // Leaving the item changes no state, so it needs no choice point.
        search(item + 1);
    }

    private void recordBest() {
        bestValue = value();
        bestTaken = 0;
        for (int item = 0; item < instance.items(); item++) {
            if (taken(item)) {
                bestTaken |= 1L << item;
            }
        }
    }
}
