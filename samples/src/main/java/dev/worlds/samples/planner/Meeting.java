package dev.worlds.samples.planner;

import java.util.List;

/** A meeting to place: who attends, how many seats it needs, and where it ended up. */
public final class Meeting {
    final String title;
    final List<Person> attendees;
    Room room;
    int hour = -1;

    public Meeting(String title, List<Person> attendees) {
        this.title = title;
        this.attendees = List.copyOf(attendees);
    }

    public String title() {
        return title;
    }

    public Room room() {
        return room;
    }

    public int hour() {
        return hour;
    }

    public boolean isPlaced() {
        return room != null;
    }

    @Override
    public String toString() {
        return isPlaced() ? String.format("%02d:00 %-8s %s", hour, room.name, title) : title + " (unplaced)";
    }
}
