package dev.worlds.samples.planner;

import dev.worlds.Untracked;
import dev.worlds.Worlds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Places meetings into rooms and hours by depth-first search. Each tentative placement is
 * written straight into the domain objects and their ordinary collections ({@code HashMap},
 * {@code HashSet}, {@code ArrayList}) inside a world; a dead end is undone with
 * {@link Worlds#pop()}, a complete plan is kept with {@link Worlds#commit()}. No undo code,
 * no copies of the model.
 *
 * <pre>{@code
 * Planner planner = new Planner(rooms, 9, 17);
 * boolean placed = planner.place(meetings);   // meetings now carry their room and hour
 * }</pre>
 */
public final class Planner {
    private final List<Room> rooms;
    private final int firstHour;
    private final int lastHour;
    private final int maxMeetingsPerPerson;
    /** The plan so far: each room's meetings in the order they were placed. */
    private final Map<String, List<Meeting>> byRoom = new HashMap<>();
    @Untracked
    private long tries;
    @Untracked
    private long deadEnds;
    @Untracked
    private LongConsumer progress = tries -> { };
    @Untracked
    private long progressEvery = Long.MAX_VALUE;

    public Planner(List<Room> rooms, int firstHour, int lastHour, int maxMeetingsPerPerson) {
        if (firstHour < 0 || lastHour > 24 || firstHour >= lastHour) {
            throw new IllegalArgumentException("working hours must satisfy 0 <= first < last <= 24, got "
                    + firstHour + ".." + lastHour);
        }
        this.rooms = List.copyOf(rooms);
        this.firstHour = firstHour;
        this.lastHour = lastHour;
        this.maxMeetingsPerPerson = maxMeetingsPerPerson;
    }

    /** Calls {@code listener} with the number of placements tried, every {@code every} tries. */
    public Planner onProgress(long every, LongConsumer listener) {
        this.progressEvery = every;
        this.progress = listener;
        return this;
    }

    /**
     * Places every meeting, or none: on failure the model is exactly as it was.
     *
     * @return true if a complete plan was found and kept
     */
    public boolean place(List<Meeting> meetings) {
        Worlds.push();
        if (search(meetings, 0)) {
            Worlds.commit();
            return true;
        }
        Worlds.pop();
        return false;
    }

    private boolean search(List<Meeting> meetings, int next) {
        if (next == meetings.size()) {
            return true;
        }
        Meeting meeting = meetings.get(next);
        for (int hour = firstHour; hour < lastHour; hour++) {
            for (Room room : rooms) {
                if (++tries % progressEvery == 0) {
                    progress.accept(tries);
                }
                Worlds.push();
                if (tryPlace(meeting, room, hour) && search(meetings, next + 1)) {
                    Worlds.commit();
                    return true;
                }
                deadEnds++;
                Worlds.pop();
            }
        }
        return false;
    }

    /** Writes the placement, then checks it; a failed check leaves the writes for pop() to undo. */
    private boolean tryPlace(Meeting meeting, Room room, int hour) {
        if (room.seats < meeting.attendees.size() || !room.isFree(hour)) {
            return false;
        }
        room.book(hour, meeting);
        byRoom.computeIfAbsent(room.name, name -> new ArrayList<>()).add(meeting);
        meeting.room = room;
        meeting.hour = hour;
        for (Person person : meeting.attendees) {
            if (!person.isFree(hour)) {
                return false;
            }
            person.attend(meeting, hour);
            if (person.meetingsToday() > maxMeetingsPerPerson) {
                return false;
            }
        }
        return true;
    }

    /** The meetings placed in {@code room}, in the order they were placed (empty if none). */
    public List<Meeting> meetingsIn(Room room) {
        return List.copyOf(byRoom.getOrDefault(room.name, List.of()));
    }

    /** Placements tried so far (kept across rollbacks: the field is {@code @Untracked}). */
    public long tries() {
        return tries;
    }

    /** Placements rolled back so far. */
    public long deadEnds() {
        return deadEnds;
    }
}
