package dev.worlds.search;

/**
 * A position in a pseudo-random tree drawn from a seed: the node's id and depth, in plain fields
 * (woven by the build) that only the worlds' rollback takes back. Each node's
 * alternatives, dead ends and solutions follow from its id, so the tree is the same on every
 * thread, and {@link #sequentialCounts} counts it without any state to roll back.
 */
final class TreeNode {
    private final long seed;
    private final int maxDepth;
    private final int maxAlternatives;
    private long id;
    private int depth;

    TreeNode(long seed, int maxDepth, int maxAlternatives) {
        this.seed = seed;
        this.maxDepth = maxDepth;
        this.maxAlternatives = maxAlternatives;
        this.id = seed;
    }

    static final Branching<TreeNode> BRANCHING = new Branching<>() {
        @Override
        public int alternatives(TreeNode node) {
            return node.alternativesAt(node.id, node.depth);
        }

        @Override
        public boolean apply(TreeNode node, int alternative) {
            node.id = child(node.id, alternative);
            node.depth++;
            return !isDeadEnd(node.id);   // written first: a dead end leaves state for the rollback
        }
    };

    boolean isSolution() {
        return isSolution(id, depth);
    }

    boolean isAtRoot() {
        return id == seed && depth == 0;
    }

    int alternativesAt(long nodeId, int nodeDepth) {
        return nodeDepth >= maxDepth ? 0 : (int) Long.remainderUnsigned(mix(nodeId ^ 0x3C6EF372L), maxAlternatives + 1);
    }

    static long child(long parentId, int alternative) {
        return mix(parentId * 31 + alternative + 1);
    }

    static boolean isDeadEnd(long nodeId) {
        return Long.remainderUnsigned(mix(nodeId ^ 0xA54FF53AL), 7) == 0;
    }

    static boolean isSolution(long nodeId, int nodeDepth) {
        return nodeDepth > 0 && Long.remainderUnsigned(mix(nodeId ^ 0x510E527FL), 5) == 0;
    }

    /** Solutions and nodes of the tree, counted as {@link ParallelSearch} counts them. */
    long[] sequentialCounts() {
        long[] counts = new long[2];
        count(seed, 0, counts);
        return counts;
    }

    private void count(long nodeId, int nodeDepth, long[] counts) {
        if (isSolution(nodeId, nodeDepth)) {
            counts[0]++;
            return;
        }
        int alternatives = alternativesAt(nodeId, nodeDepth);
        for (int alternative = 0; alternative < alternatives; alternative++) {
            counts[1]++;
            long childId = child(nodeId, alternative);
            if (!isDeadEnd(childId)) {
                count(childId, nodeDepth + 1, counts);
            }
        }
    }

    /** SplitMix64's finalizer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
