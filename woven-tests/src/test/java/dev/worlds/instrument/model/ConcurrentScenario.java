package dev.worlds.instrument.model;

import java.util.List;

/**
 * A run of the concurrent property: for each thread, one program per segment (a segment before
 * each shared round and one after the last), and the shared rounds. Each segment is shaped on its
 * own, since the thread is back at depth 0 when the next one starts.
 */
public record ConcurrentScenario(List<List<Program>> segments, List<SharedRound> rounds) {

    public ConcurrentScenario {
        segments = segments.stream().map(List::copyOf).toList();
        rounds = List.copyOf(rounds);
    }

    public int threads() {
        return segments.size();
    }

    /** The thread that owns round {@code round}'s world. */
    public int owner(int round) {
        return rounds.get(round).owner() % threads();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("scenario of ").append(threads()).append(" threads and ")
                .append(rounds.size()).append(" shared round(s):\n");
        for (int r = 0; r < rounds.size(); r++) {
            out.append("round ").append(r + 1).append(": ").append(rounds.get(r).describe(threads())).append('\n');
        }
        for (int t = 0; t < threads(); t++) {
            for (int s = 0; s < segments.get(t).size(); s++) {
                out.append("thread ").append(t).append(", segment ").append(s + 1).append(" (steps s")
                        .append(s + 1).append(":n): ").append(segments.get(t).get(s));
            }
        }
        return out.toString();
    }
}
