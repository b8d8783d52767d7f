package dev.worlds.samples.planner;

/** A room with a number of seats; booked hours are bits of a plain int field. */
public final class Room {
    final String name;
    final int seats;
    int bookedHours;

    public Room(String name, int seats) {
        this.name = name;
        this.seats = seats;
    }

    boolean isFree(int hour) {
        return (bookedHours & (1 << hour)) == 0;
    }

    void book(int hour) {
        bookedHours |= 1 << hour;
    }
}
