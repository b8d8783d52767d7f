package dev.worlds.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The one table, shared by all threads, from an array (by identity) to its {@link ArrayClaim}.
 *
 * <p>Why a hand-written table: lookups come from every array write of a thread without worlds
 * while another thread has worlds open, and from a world's first element entry for each array,
 * so they must not allocate (an identity-keyed {@code ConcurrentHashMap} needs a wrapper key per
 * lookup) nor lock. Open addressing with linear probing over a plain array does neither: a lookup
 * is an identity hash, a few acquire loads and compares.
 *
 * <p>Why it only ever adds: a slot, once filled, keeps its record until the whole array of slots
 * is replaced, so a lock-free lookup can never miss a record that was in the table before it
 * started (no entry moves under it, as deletion by shifting would). Records nobody holds are
 * dropped only by a rebuild, under the lock, which first marks each of them {@link ArrayClaim#DEAD}
 * with a compare-and-set, so that a thread that found one in the old slots cannot take it any
 * more, and publishes the new slots with a volatile write. Additions take the lock too; they
 * happen once per array until a rebuild drops its record, not once per world.
 *
 * <p>A rebuild runs when an addition would fill more than half the slots, and sizes the new slots
 * for what survived, so the table shrinks as well as grows. Records of arrays no world holds stay
 * until the next rebuild (keeping those arrays reachable): at most half the slots, which the
 * largest number of arrays held at once sizes.
 */
final class ArrayClaimTable {
    private static final int MIN_CAPACITY = 16;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(ArrayClaim[].class);

    private final Object lock = new Object();
    /** Power-of-two length; replaced whole by {@link #rebuild}, never emptied in place. */
    private volatile ArrayClaim[] slots = new ArrayClaim[MIN_CAPACITY];
    /** Filled slots of {@link #slots}; written under the lock. */
    private volatile int used;

    /** True when no array was ever claimed, or every record was dropped: lookups can stop here. */
    boolean isEmpty() {
        return used == 0;
    }

    /** The record of {@code array}, or null. Lock-free and allocation-free. */
    ArrayClaim find(Object array) {
        ArrayClaim[] table = slots;
        int mask = table.length - 1;
        for (int i = home(array, mask); ; i = (i + 1) & mask) {
            ArrayClaim claim = (ArrayClaim) SLOT.getAcquire(table, i);
            if (claim == null || claim.array == array) {
                return claim;
            }
        }
    }

    /**
     * The record of {@code fresh.array} in the table, adding {@code fresh} when there is none:
     * the caller knows it added its record when it gets {@code fresh} back. Atomic with every
     * other addition, so an array never has two records.
     */
    ArrayClaim addIfAbsent(ArrayClaim fresh) {
        synchronized (lock) {
            ArrayClaim[] table = slots;
            int free = slotOf(table, fresh.array);
            if (table[free] != null) {
                return table[free];
            }
            if ((used + 1) * 2 > table.length) {
                table = rebuild(table);
                free = slotOf(table, fresh.array);
            }
            SLOT.setRelease(table, free, fresh);
            used = used + 1;
            return fresh;
        }
    }

    /** Number of records, held or not; for tests. */
    int size() {
        return used;
    }

    /** Length of the slot array; for tests. */
    int capacity() {
        return slots.length;
    }

    /** The slot holding {@code array}'s record, or the empty slot where it would go. Under the lock. */
    private static int slotOf(ArrayClaim[] table, Object array) {
        int mask = table.length - 1;
        int i = home(array, mask);
        while (table[i] != null && table[i].array != array) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /**
     * Drops every record nobody holds and moves the rest into new slots sized for them with room
     * to grow (at most a quarter full). Under the lock. A record that is released while this runs
     * just survives until the next rebuild.
     */
    private ArrayClaim[] rebuild(ArrayClaim[] old) {
        int survivors = 0;
        for (ArrayClaim claim : old) {
            if (claim != null && !claim.retire()) {
                survivors++;
            }
        }
        int capacity = MIN_CAPACITY;
        while (capacity < (survivors + 1) * 4) {
            capacity <<= 1;
        }
        ArrayClaim[] table = new ArrayClaim[capacity];
        for (ArrayClaim claim : old) {
            if (claim != null && claim.holder() != ArrayClaim.DEAD) {
                table[slotOf(table, claim.array)] = claim;
            }
        }
        used = survivors;
        slots = table;
        return table;
    }

    private static int home(Object array, int mask) {
        int hash = System.identityHashCode(array);
        return (hash ^ (hash >>> 16)) & mask;
    }
}
