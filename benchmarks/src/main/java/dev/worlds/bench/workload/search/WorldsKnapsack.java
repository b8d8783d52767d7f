package dev.worlds.bench.workload.search;

import dev.worlds.Worlds;
import dev.worlds.bench.search.knapsack.BranchAndBoundSearch;

/**
 * The knapsack branch and bound of every other variant with its node state in two plain int
 * fields and a boolean[] and no undo code: a choice point is {@link Worlds#push()}, backtracking
 * is {@link Worlds#pop()}, which restores room, value and the taken flag. Loaded woven (it lives
 * in the workload package), so the field writes go through the object barrier and the flag
 * through the array barrier; the search itself is the unwoven {@link BranchAndBoundSearch}, shared
 * with {@code handUndo}, {@code choco} and {@code copying}.
 */
public final class WorldsKnapsack extends BranchAndBoundSearch {
    private int room;
    private int value;
    private boolean[] taken;

    @Override
    protected void start(int items, int capacity) {
        room = capacity;
        value = 0;
        taken = new boolean[items];
    }

    @Override
    protected int room() {
        return room;
    }

    @Override
    protected int value() {
        return value;
    }

    @Override
    protected boolean taken(int item) {
        return taken[item];
    }

    @Override
    protected void take(int item, int weight, int itemValue) {
        room -= weight;
        value += itemValue;
        taken[item] = true;
    }

    @Override
    protected void choicePoint() {
        Worlds.push();
    }

    @Override
    protected void backtrack() {
        Worlds.pop();
    }
}
