package dev.worlds.samples.planner;

/** Someone whose day fills up; busy hours are bits of a plain int field. */
public final class Person {
    final String name;
    int busyHours;
    int meetingsToday;

    public Person(String name) {
        this.name = name;
    }

    boolean isFree(int hour) {
        return (busyHours & (1 << hour)) == 0;
    }

    void occupy(int hour) {
        busyHours |= 1 << hour;
        meetingsToday++;
    }

    public int meetingsToday() {
        return meetingsToday;
    }
}
