package dev.worlds.instrument.model;

import java.util.List;

/**
 * One round of the shared part of the concurrent property. The owner (thread {@code owner}
 * modulo the thread count) opens a world, makes {@code ownerWrites} there (with {@code nested},
 * the second half in an inner world it commits into the first; with {@code create}, it creates
 * the shared object {@code fresh} in the innermost world before that half), every other thread
 * then writes each shared object that world saved or created and must get
 * {@code WorldConflictException} (with
 * {@code writersInWorld}, from inside a world of its own), the owner ends its world
 * ({@code commit} or roll back), and the threads make {@code freeWrites}, each object written by
 * one thread (with {@code freeInWorld}, in a world each of them commits). The shared arrays
 * follow the same round through {@code arrays}, except that the other threads write what the
 * owner's world saved from wherever they are, with or without worlds: arrays have no unchecked
 * case.
 */
public record SharedRound(int owner, List<PoolWrite> ownerWrites, boolean nested, boolean create,
        boolean writersInWorld, boolean commit, List<PoolWrite> freeWrites, boolean freeInWorld, ArrayRound arrays) {

    public SharedRound {
        ownerWrites = List.copyOf(ownerWrites);
        freeWrites = List.copyOf(freeWrites);
    }

    /** A round without shared-array writes. */
    public SharedRound(int owner, List<PoolWrite> ownerWrites, boolean nested, boolean create,
            boolean writersInWorld, boolean commit, List<PoolWrite> freeWrites, boolean freeInWorld) {
        this(owner, ownerWrites, nested, create, writersInWorld, commit, freeWrites, freeInWorld, ArrayRound.NONE);
    }

    public SharedRound withArrays(ArrayRound arrayRound) {
        return new SharedRound(owner, ownerWrites, nested, create, writersInWorld, commit, freeWrites, freeInWorld,
                arrayRound);
    }

    /** Where the owner creates {@code fresh}: before this write (the first one of the inner world when nested). */
    public int createAt() {
        return nested ? ownerWrites.size() / 2 : 0;
    }

    /** The thread that makes a free write to {@code target} in round {@code round}: one per object. */
    public static int freeWriter(Slot target, int round, int threads) {
        return (target.ordinal() + round) % threads;
    }

    String describe(int threads) {
        StringBuilder out = new StringBuilder();
        out.append("thread ").append(owner % threads).append(nested ? " pushes two worlds" : " pushes a world")
                .append(" and writes");
        for (int i = 0; i < ownerWrites.size(); i++) {
            if (nested && i == ownerWrites.size() / 2) {
                out.append(" | inner:");
            }
            if (create && i == createAt()) {
                out.append(" fresh = new Leaf();");
            }
            out.append(' ').append(ownerWrites.get(i).describe()).append(';');
        }
        List<ElementWrite> ownerArrayWrites = arrays.ownerWrites();
        for (int i = 0; i < ownerArrayWrites.size(); i++) {
            out.append(nested && i == ownerArrayWrites.size() / 2 ? " | inner:" : "")
                    .append(' ').append(ownerArrayWrites.get(i).describe()).append(';');
        }
        out.append(nested ? " commits the inner world;" : "")
                .append(" the others write what it saved").append(writersInWorld ? " from a world of their own" : "")
                .append("; the owner ").append(commit ? "commits" : "rolls back")
                .append("; free writes").append(freeInWorld ? " (each thread in a world it commits):" : ":");
        for (PoolWrite write : freeWrites) {
            out.append(' ').append(write.describe()).append(';');
        }
        for (ElementWrite write : arrays.freeWrites()) {
            out.append(' ').append(write.describe()).append(';');
        }
        return out.toString();
    }
}
