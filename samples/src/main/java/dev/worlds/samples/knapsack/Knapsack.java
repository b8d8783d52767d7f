package dev.worlds.samples.knapsack;

import dev.worlds.Untracked;
import dev.worlds.Worlds;
import dev.worlds.samples.Progress;

/**
 * 0/1 knapsack by depth-first branch and bound. The state of a node is three plain fields and a
 * plain array: room left, value so far and which items are taken. Taking an item writes them in
 * a new world; {@link Worlds#pop()} takes it out again. Leaving an item writes nothing, so that
 * branch needs no world. A branch is cut when the fractional bound cannot beat the best so far.
 *
 * <pre>{@code
 * Knapsack.Solution best = new Knapsack(KnapsackInstance.random(40, 1)).solve();
 * }</pre>
 */
public final class Knapsack {
    private final KnapsackInstance instance;
    private final int[] weights;
    private final int[] values;

    // The search state: tracked, rolled back by the worlds.
    private int room;
    private int value;
    private final boolean[] taken;

    // The best solution and statistics survive the rollbacks: @Untracked.
    @Untracked
    private int bestValue;
    @Untracked
    private boolean[] bestTaken;
    @Untracked
    private long nodes;
    @Untracked
    private Progress progress = Progress.silent();

    /** The best packing found: its value and weight, and which items (their generated positions) it takes. */
    public record Solution(int value, int weight, boolean[] takenById, long nodes) {
        public int itemCount() {
            int count = 0;
            for (boolean t : takenById) {
                count += t ? 1 : 0;
            }
            return count;
        }
    }

    public Knapsack(KnapsackInstance instance) {
        this.instance = instance;
        this.weights = instance.weights();
        this.values = instance.values();
        this.taken = new boolean[instance.items()];
        this.room = instance.capacity();
    }

    public Knapsack withProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /** Finds the best packing; the state is back to the empty knapsack afterwards. */
    public Solution solve() {
        bestValue = -1;
        nodes = 0;
        search(0);
        progress.done();
        int weight = 0;
        boolean[] byId = new boolean[taken.length];
        for (int item = 0; item < taken.length; item++) {
            if (bestTaken[item]) {
                weight += weights[item];
                byId[instance.ids()[item]] = true;
            }
        }
        return new Solution(bestValue, weight, byId, nodes);
    }

    private void search(int item) {
        if ((++nodes & 0xFFFF) == 0) {
            long soFar = nodes;
            int best = bestValue;
            progress.update(() -> String.format("%,d nodes, best value so far %,d", soFar, best));
        }
        if (value > bestValue) {
            bestValue = value;
            bestTaken = taken.clone();   // a new array: nothing for a world to save
        }
        if (item == weights.length || value + instance.fractionalBound(item, room) <= bestValue) {
            return;
        }
        if (weights[item] <= room) {
            Worlds.push();
            take(item);
            search(item + 1);
            Worlds.pop();   // the item is out again: room, value and taken[item] as before
        }
        search(item + 1);
    }

    private void take(int item) {
        room -= weights[item];
        value += values[item];
        taken[item] = true;
    }

    /** True if the state is the empty knapsack again: full room, no value, nothing taken. */
    public boolean isEmpty() {
        for (boolean t : taken) {
            if (t) {
                return false;
            }
        }
        return room == instance.capacity() && value == 0;
    }
}
