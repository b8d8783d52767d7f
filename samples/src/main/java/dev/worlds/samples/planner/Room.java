package dev.worlds.samples.planner;

import java.util.HashMap;
import java.util.Map;

/** A room with a number of seats, and which meeting holds it at which hour. */
public final class Room {
    final String name;
    final int seats;
    final Map<Integer, Meeting> bookings = new HashMap<>();

    public Room(String name, int seats) {
        this.name = name;
        this.seats = seats;
    }

    boolean isFree(int hour) {
        return !bookings.containsKey(hour);
    }

    void book(int hour, Meeting meeting) {
        bookings.put(hour, meeting);
    }

    /** How many hours of the day are booked. */
    public int bookedHours() {
        return bookings.size();
    }

    @Override
    public String toString() {
        return name;
    }
}
