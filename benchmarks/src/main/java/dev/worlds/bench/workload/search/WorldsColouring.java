package dev.worlds.bench.workload.search;

import dev.worlds.Worlds;

/**
 * The collection colouring search with the undo left to Worlds: a choice point is
 * {@link Worlds#push()}, backtracking is {@link Worlds#pop()}, and there is no undo code at all.
 * Loaded woven (it and {@link CollectionColouring} live in the workload package), so the
 * {@code new HashMap<>()} and {@code new HashSet<>()} of the search become
 * {@code dev.worlds.collections.TrackedHashMap} / {@code TrackedHashSet}, whose contents the pop
 * rolls back: the colour given and the colours removed from the neighbours' domains.
 */
public final class WorldsColouring extends CollectionColouring {
    @Override
    protected void choicePoint() {
        Worlds.push();
    }

    @Override
    protected void backtrack() {
        Worlds.pop();
    }
}
