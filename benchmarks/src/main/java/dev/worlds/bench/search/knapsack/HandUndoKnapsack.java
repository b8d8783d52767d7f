package dev.worlds.bench.search.knapsack;

/**
 * Node state in two int fields and a boolean[]; a choice point saves room and value on a stack
 * and remembers which item it takes, so backtracking restores both and clears that one flag.
 */
public final class HandUndoKnapsack extends BranchAndBoundSearch {
    private int room;
    private int value;
    private boolean[] taken;
    // One entry per open choice point; at most one choice point per item is open.
    private int[] savedRoom;
    private int[] savedValue;
    private int[] takenItem;
    private int depth;

    @Override
    protected void start(int items, int capacity) {
        room = capacity;
        value = 0;
        taken = new boolean[items];
        savedRoom = new int[items];
        savedValue = new int[items];
        takenItem = new int[items];
        depth = 0;
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
        takenItem[depth - 1] = item;
        room -= weight;
        value += itemValue;
        taken[item] = true;
    }

    @Override
    protected void choicePoint() {
        savedRoom[depth] = room;
        savedValue[depth] = value;
        takenItem[depth] = -1;
        depth++;
    }

    @Override
    protected void backtrack() {
        depth--;
        room = savedRoom[depth];
        value = savedValue[depth];
        if (takenItem[depth] >= 0) {
            taken[takenItem[depth]] = false;
        }
    }
}
