package dev.worlds.bench.search.knapsack;

/**
 * Copying: the node state is one int[] (room, value, then a 0/1 flag per item); a choice point
 * keeps the current array aside and continues on a copy, backtracking returns to the kept one.
 */
public final class CopyingKnapsack extends BranchAndBoundSearch {
    private static final int ROOM = 0;
    private static final int VALUE = 1;
    private static final int FIRST_ITEM = 2;

    private int[] state;
    private int[][] kept;
    private int depth;

    @Override
    protected void start(int items, int capacity) {
        state = new int[FIRST_ITEM + items];
        state[ROOM] = capacity;
        kept = new int[items + 1][];
        depth = 0;
    }

    @Override
    protected int room() {
        return state[ROOM];
    }

    @Override
    protected int value() {
        return state[VALUE];
    }

    @Override
    protected boolean taken(int item) {
        return state[FIRST_ITEM + item] != 0;
    }

    @Override
    protected void take(int item, int weight, int itemValue) {
        state[ROOM] -= weight;
        state[VALUE] += itemValue;
        state[FIRST_ITEM + item] = 1;
    }

    @Override
    protected void choicePoint() {
        kept[depth++] = state;
        state = state.clone();
    }

    @Override
    protected void backtrack() {
        state = kept[--depth];
        kept[depth] = null;
    }
}
