package dev.worlds.samples.planner;

import dev.worlds.Worlds;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The planner sample: a team's week of meetings placed into rooms by backtracking search over
 * plain objects, then a what-if ("can we squeeze in an all-hands?") tried and kept only if it fits.
 */
public final class PlannerSample {
    private PlannerSample() {
    }

    public static int run(List<String> args, PrintStream out) {
        int meetingCount = args.isEmpty() ? 14 : Integer.parseInt(args.get(0));
        if (meetingCount < 1 || meetingCount > 40) {
            throw new IllegalArgumentException("meeting count must be between 1 and 40, got " + meetingCount);
        }
        List<Person> people = new ArrayList<>();
        for (String name : List.of("ada", "bob", "cy", "dee", "eve", "fay", "gus", "hal")) {
            people.add(new Person(name));
        }
        List<Room> rooms = List.of(new Room("atrium", 8), new Room("den", 4), new Room("nook", 2));
        List<Meeting> meetings = new ArrayList<>();
        for (int i = 0; i < meetingCount; i++) {
            List<Person> attendees = new ArrayList<>();
            for (int p = 0; p < people.size(); p++) {
                if ((i * 7 + p * 3) % 5 < 2) {
                    attendees.add(people.get(p));
                }
            }
            meetings.add(new Meeting("meeting-" + (i + 1) + " (" + attendees.size() + " people)", attendees));
        }

        Planner planner = new Planner(rooms, 9, 17, 6)
                .onProgress(1_000_000, tries -> System.err.printf("planner: %,d placements tried...%n", tries));
        boolean placed = planner.place(meetings);
        out.printf("planner: %s %d meetings after %d tries, %d rolled back by Worlds.pop()%n",
                placed ? "placed" : "could not place", meetingCount, planner.tries(), planner.deadEnds());
        if (!placed) {
            return 1;
        }
        meetings.stream().sorted(java.util.Comparator.comparingInt(Meeting::hour).thenComparing(m -> m.room().name))
                .forEach(m -> out.println("  " + m));

        Meeting allHands = new Meeting("all-hands (8 people)", people);
        boolean fits = Worlds.attempt(() -> planner.place(List.of(allHands)));
        out.println("what-if: an all-hands " + (fits ? "fits at " + allHands : "does not fit; the plan is unchanged"));
        int busiest = people.stream().mapToInt(Person::meetingsToday).max().orElse(0);
        out.println("busiest person has " + busiest + " meetings; worlds open now: " + Worlds.depth());
        return 0;
    }
}
