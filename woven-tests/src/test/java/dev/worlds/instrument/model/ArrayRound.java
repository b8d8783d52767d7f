package dev.worlds.instrument.model;

import java.util.List;

/**
 * The shared-array part of a {@link SharedRound}: the owner's writes into the shared arrays in its
 * world (the first half in the outer world, the second in the inner one when the round nests),
 * and the free writes after its world ended, each array written by one thread.
 */
public record ArrayRound(List<ElementWrite> ownerWrites, List<ElementWrite> freeWrites) {
    public static final ArrayRound NONE = new ArrayRound(List.of(), List.of());

    public ArrayRound {
        ownerWrites = List.copyOf(ownerWrites);
        freeWrites = List.copyOf(freeWrites);
    }

    /** The thread that makes the free writes into {@code array} in round {@code round}: one per array. */
    public static int freeWriter(ArraySlot array, int round, int threads) {
        return (array.ordinal() + round) % threads;
    }
}
