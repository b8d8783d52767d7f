package dev.worlds.samples.planner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Someone whose day fills up: the hours they are busy and their agenda, in ordinary collections. */
public final class Person {
    final String name;
    final Set<Integer> busyHours = new HashSet<>();
    final List<Meeting> agenda = new ArrayList<>();

    public Person(String name) {
        this.name = name;
    }

    boolean isFree(int hour) {
        return !busyHours.contains(hour);
    }

    void attend(Meeting meeting, int hour) {
        busyHours.add(hour);
        agenda.add(meeting);
    }

    public int meetingsToday() {
        return agenda.size();
    }

    /** The meetings this person attends, in the order they were placed. */
    public List<Meeting> agenda() {
        return List.copyOf(agenda);
    }

    @Override
    public String toString() {
        return name;
    }
}
