package com.example.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.worlds.Worlds;
import org.junit.jupiter.api.Test;

/** Fails unless the main classes are woven (a rollback of unwoven code restores nothing). */
class MeetingTest {
    @Test
    void aRollbackRestoresThePlacement() {
        Meeting meeting = new Meeting();
        meeting.place("atrium", 9);

        Worlds.push();
        meeting.place("library", 14);
        assertEquals("library", meeting.room());
        Worlds.pop();

        assertEquals("atrium", meeting.room());
        assertEquals(9, meeting.hour());
    }
}
