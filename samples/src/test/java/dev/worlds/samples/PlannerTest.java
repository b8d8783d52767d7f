package dev.worlds.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import dev.worlds.samples.planner.Meeting;
import dev.worlds.samples.planner.Person;
import dev.worlds.samples.planner.Planner;
import dev.worlds.samples.planner.Room;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {
    private final Person ada = new Person("ada");
    private final Person bob = new Person("bob");
    private final Person cy = new Person("cy");
    private final Room big = new Room("big", 3);
    private final Room small = new Room("small", 1);

    @Test
    void findsAValidPlanAndKeepsIt() {
        List<Meeting> meetings = List.of(
                new Meeting("a", List.of(ada, bob)),
                new Meeting("b", List.of(bob, cy)),
                new Meeting("c", List.of(ada, cy)),
                new Meeting("d", List.of(cy)));
        Planner planner = new Planner(List.of(big, small), 9, 12, 3);   // a, b, c pairwise share someone
        assertTrue(planner.place(meetings));
        assertEquals(0, Worlds.depth());
        Set<String> roomHours = new HashSet<>();
        for (Meeting m : meetings) {
            assertTrue(m.isPlaced(), m.toString());
            assertTrue(roomHours.add(m.room() + "@" + m.hour()), "room double-booked: " + m);
        }
        assertNotEquals(meetings.get(0).hour(), meetings.get(1).hour(), "bob cannot be in two places");
        assertTrue(planner.deadEnds() > 0, "the search had to backtrack");
        // The collections hold exactly the kept plan: every dead end's writes into them rolled back.
        assertEquals(4, planner.meetingsIn(big).size() + planner.meetingsIn(small).size());
        assertEquals(4, big.bookedHours() + small.bookedHours());
        assertEquals(List.of(meetings.get(0), meetings.get(2)), ada.agenda());
        assertEquals(List.of(meetings.get(1), meetings.get(2), meetings.get(3)), cy.agenda().stream()
                .sorted(java.util.Comparator.comparing(Meeting::title)).toList());
    }

    @Test
    void impossiblePlanLeavesTheModelUntouched() {
        List<Meeting> meetings = List.of(
                new Meeting("a", List.of(ada)),
                new Meeting("b", List.of(ada)),
                new Meeting("c", List.of(ada)));
        Planner planner = new Planner(List.of(big), 9, 11, 5);   // ada has two hours for three meetings
        assertFalse(planner.place(meetings));
        for (Meeting m : meetings) {
            assertFalse(m.isPlaced());
            assertNull(m.room());
            assertEquals(-1, m.hour());
        }
        assertEquals(0, ada.meetingsToday());
        assertEquals(List.of(), ada.agenda());
        assertEquals(0, big.bookedHours());
        assertEquals(List.of(), planner.meetingsIn(big));
        assertTrue(planner.tries() > 0, "@Untracked counters survive the rollback");
    }

    @Test
    void whatIfIsKeptOnlyWhenItFits() {
        Planner planner = new Planner(List.of(small), 9, 10, 5);
        Meeting first = new Meeting("first", List.of(ada));
        assertTrue(planner.place(List.of(first)));
        Meeting second = new Meeting("second", List.of(bob));
        assertFalse(Worlds.attempt(() -> planner.place(List.of(second))));
        assertFalse(second.isPlaced());
        assertEquals(9, first.hour());
        assertEquals(1, small.bookedHours());
        assertEquals(List.of(first), planner.meetingsIn(small));
        assertEquals(List.of(), bob.agenda());
    }

    @Test
    void rejectsNonsenseHours() {
        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Planner(List.of(big), 18, 9, 1));
        assertTrue(error.getMessage().contains("18..9"), error.getMessage());
    }
}
