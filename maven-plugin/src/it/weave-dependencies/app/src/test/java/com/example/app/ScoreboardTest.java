package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.example.lib.Tally;
import dev.worlds.Worlds;
import org.junit.jupiter.api.Test;

/** Fails unless the library's classes the test loads are the woven copies in target/classes. */
class ScoreboardTest {
    @Test
    void libraryStateRollsBack() {
        Tally tally = new Tally();
        tally.add(3);
        Worlds.push();
        tally.add(5);
        tally.add(8);
        assertEquals(8, tally.last());
        Worlds.pop();
        assertEquals(1, tally.count());
        assertEquals(3, tally.last());
    }

    @Test
    void subclassAndLibraryStateRollBackTogether() {
        Scoreboard board = new Scoreboard();
        Worlds.push();
        board.lead("ada", 7);
        Worlds.pop();
        assertNull(board.leader());
        assertEquals(0, board.count());
    }
}
