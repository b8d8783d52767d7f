package dev.worlds.search;

import java.util.Arrays;

/**
 * The path one worker is exploring, depth by depth: the alternative taken at each node on the way
 * down and the alternatives of that node still to try. Only its worker touches it; a thief's
 * request is answered by the worker itself calling {@link #split()} between two nodes.
 *
 * <p>Depth 0 is the root. Nodes above {@link #base} were replayed from the task and hold no
 * alternatives of this worker's.
 */
final class SearchPath {
    /** {@code taken[d]}: the alternative taken at the node of depth d, leading to depth d + 1. */
    private int[] taken = new int[32];
    /** {@code next[d]}: the next alternative to try at the node of depth d. */
    private int[] next = new int[32];
    /** {@code end[d]}: alternatives from {@code end[d]} on belong to someone else (or do not exist). */
    private int[] end = new int[32];
    private int base;
    private int depth;

    /** Starts at the node {@code path} leads to, with its alternatives {@code [from, to)} to explore. */
    void start(int[] path, int from, int to) {
        ensureCapacity(path.length);
        System.arraycopy(path, 0, taken, 0, path.length);
        base = path.length;
        depth = base;
        next[depth] = from;
        end[depth] = to;
    }

    int depth() {
        return depth;
    }

    boolean atBase() {
        return depth == base;
    }

    boolean hasNextAlternative() {
        return next[depth] < end[depth];
    }

    /** Takes the next alternative of the current node; the caller applies it. */
    int takeNextAlternative() {
        int alternative = next[depth]++;
        taken[depth] = alternative;
        return alternative;
    }

    /** Moves to the child just taken, which has {@code alternatives} alternatives. */
    void descend(int alternatives) {
        depth++;
        ensureCapacity(depth);
        next[depth] = 0;
        end[depth] = alternatives;
    }

    /** Back to the parent, once every alternative of the current node is done. */
    void ascend() {
        depth--;
    }

    /**
     * Gives away the upper half (rounded up) of the untried alternatives of the shallowest node
     * that has any: near the root, where subtrees are biggest, so a thief gets a large task and
     * steals seldom. This worker keeps the lower half and everything deeper.
     *
     * @return the task given away, or null if no node on the path has an untried alternative
     */
    Task split() {
        for (int d = base; d <= depth; d++) {
            int untried = end[d] - next[d];
            if (untried > 0) {
                int from = end[d] - (untried + 1) / 2;
                Task stolen = new Task(Arrays.copyOf(taken, d), from, end[d]);
                end[d] = from;
                return stolen;
            }
        }
        return null;
    }

    /** The alternatives taken from the root to the current node, for error messages. */
    int[] path() {
        return Arrays.copyOf(taken, depth);
    }

    /** The path to the child the last {@link #takeNextAlternative()} leads to, for error messages. */
    int[] pathToChild() {
        return Arrays.copyOf(taken, depth + 1);
    }

    private void ensureCapacity(int maxDepth) {
        if (maxDepth >= taken.length) {
            int length = Math.max(maxDepth + 1, taken.length * 2);
            taken = Arrays.copyOf(taken, length);
            next = Arrays.copyOf(next, length);
            end = Arrays.copyOf(end, length);
        }
    }
}
