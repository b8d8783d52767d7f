package dev.worlds.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** On random trees, the parallel search counts what the sequential recursion counts. */
class ParallelSearchPropertyTest {
    @Property(tries = 60)
    void parallelCountsEqualSequentialCounts(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int threads,
            @ForAll @IntRange(min = 1, max = 9) int maxDepth, @ForAll @IntRange(min = 1, max = 5) int maxAlternatives) {
        long[] sequential = new TreeNode(seed, maxDepth, maxAlternatives).sequentialCounts();
        SearchResult result = ParallelSearch.of(() -> new TreeNode(seed, maxDepth, maxAlternatives), TreeNode.BRANCHING,
                TreeNode::isSolution).threads(threads).solve();
        assertEquals(sequential[0], result.solutions(), "solutions");
        assertEquals(sequential[1], result.nodes(), "nodes");
    }
}
