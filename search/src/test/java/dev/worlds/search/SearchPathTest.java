package dev.worlds.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchPathTest {
    @Test
    void splitGivesTheUpperHalfOfTheShallowestUntriedAlternatives() {
        SearchPath path = new SearchPath();
        path.start(new int[] {2}, 0, 7);           // a task: node [2], alternatives 0..6
        assertEquals(0, path.takeNextAlternative());
        path.descend(5);
        assertEquals(0, path.takeNextAlternative());

        Task first = path.split();                   // the shallowest: 1..6 untried at the base, give 4..6
        assertArrayEquals(new int[] {2}, first.path());
        assertEquals(4, first.from());
        assertEquals(7, first.to());

        Task second = path.split();                  // 1..3 left there: give 2..3
        assertEquals(2, second.from());
        assertEquals(4, second.to());

        Task third = path.split();                   // 1 left: give it
        assertEquals(1, third.from());
        assertEquals(2, third.to());

        Task deeper = path.split();                  // the base is used up; depth 1 has 1..4 untried
        assertArrayEquals(new int[] {2, 0}, deeper.path());
        assertEquals(3, deeper.from());
        assertEquals(5, deeper.to());
    }

    @Test
    void theTaskOwnerKeepsTheLowerHalfAndTheReplayedPrefixIsNeverSplit() {
        SearchPath path = new SearchPath();
        path.start(new int[] {4, 1}, 3, 5);
        assertEquals(3, path.takeNextAlternative());
        Task stolen = path.split();
        assertEquals(4, stolen.from());
        assertEquals(5, stolen.to());
        assertFalse(path.hasNextAlternative(), "the owner gave its last untried alternative away");
        assertNull(path.split(), "nothing left; the prefix [4, 1] belongs to whoever split it off");
        assertTrue(path.atBase());
        assertArrayEquals(new int[] {4, 1}, path.path());
        assertArrayEquals(new int[] {4, 1, 3}, path.pathToChild());
    }

    @Test
    void growsWithTheDepth() {
        SearchPath path = new SearchPath();
        path.start(new int[0], 0, 2);
        for (int depth = 0; depth < 100; depth++) {
            path.takeNextAlternative();
            path.descend(2);
        }
        assertEquals(100, path.depth());
        assertEquals(0, path.split().path().length, "the root's second alternative first");
    }
}
