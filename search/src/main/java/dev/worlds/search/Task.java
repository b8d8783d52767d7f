package dev.worlds.search;

import java.util.Arrays;

/**
 * A piece of the search tree: the node reached from the root by {@code path}, and of its
 * alternatives those in {@code [from, to)}. {@link #root()} stands for the whole tree, root node
 * included (its solution test too, which a split-off range skips: the node was tested already).
 */
record Task(int[] path, int from, int to) {
    private static final int WHOLE_NODE = -1;

    static Task root() {
        return new Task(new int[0], WHOLE_NODE, WHOLE_NODE);
    }

    boolean isWholeNode() {
        return from == WHOLE_NODE;
    }

    @Override
    public String toString() {
        return "Task" + Arrays.toString(path) + (isWholeNode() ? "" : "[" + from + ", " + to + ")");
    }
}
