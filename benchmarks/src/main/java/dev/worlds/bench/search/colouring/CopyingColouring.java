package dev.worlds.bench.search.colouring;

import dev.worlds.bench.workload.search.CollectionColouring;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The collection colouring search on plain {@code java.util} collections, copied at each choice
 * point: the choice works on a deep copy of {@code domains} (a new map of new sets) and a copy of
 * {@code colourOf}, and backtracking drops the copies and goes back to the maps the choice point
 * saved. Never woven.
 */
public final class CopyingColouring extends CollectionColouring {
    private final Deque<Map<Integer, Set<Integer>>> savedDomains = new ArrayDeque<>();
    private final Deque<Map<Integer, Integer>> savedColours = new ArrayDeque<>();

    @Override
    protected void start() {
        savedDomains.clear();
        savedColours.clear();
    }

    @Override
    protected void choicePoint() {
        savedDomains.push(domains);
        savedColours.push(colourOf);
        Map<Integer, Set<Integer>> copy = new HashMap<>();
        for (Map.Entry<Integer, Set<Integer>> entry : domains.entrySet()) {
            copy.put(entry.getKey(), new HashSet<>(entry.getValue()));
        }
        domains = copy;
        colourOf = new HashMap<>(colourOf);
    }

    @Override
    protected void backtrack() {
        domains = savedDomains.pop();
        colourOf = savedColours.pop();
    }
}
