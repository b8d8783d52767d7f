package dev.worlds.internal;

import java.util.Arrays;

/**
 * Where {@link WorldLog} keeps its entries: parallel columns per entry (the object, the element
 * kind, the old stamp, where its saved values start) and two typed stacks of saved values
 * (references, and primitives widened to {@code long}), with their growth, truncation and
 * trimming. What an entry means, and how it is rolled back or committed, is {@link WorldLog}'s.
 * A subclass rather than a field, so that the log's hot appends read the columns directly.
 */
abstract class LogColumns {
    static final int INITIAL_ENTRIES = 64;
    /** Above this many entries of capacity, an empty log gives its arrays back (see {@link #trim()}). */
    static final int RETAINED_ENTRIES = 1 << 14;

    Tracked[] objects = new Tracked[INITIAL_ENTRIES];
    byte[] elementKinds = new byte[INITIAL_ENTRIES];
    Object[] oldStamps = new Object[INITIAL_ENTRIES];
    int[] refStarts = new int[INITIAL_ENTRIES];
    int[] primStarts = new int[INITIAL_ENTRIES];
    int size;

    Object[] refs = new Object[INITIAL_ENTRIES * 2];
    int refTop;
    long[] prims = new long[INITIAL_ENTRIES * 2];
    int primTop;

    /** Number of entries; a world's entries are those from its first entry up to this. */
    int size() {
        return size;
    }

    /**
     * Called when the thread's last world ends: a log that grew for one huge world shrinks back,
     * so memory follows what worlds modify now rather than the largest world ever seen.
     */
    void trim() {
        if (size == 0 && (objects.length > RETAINED_ENTRIES || refs.length > 2 * RETAINED_ENTRIES
                || prims.length > 2 * RETAINED_ENTRIES)) {
            objects = new Tracked[INITIAL_ENTRIES];
            elementKinds = new byte[INITIAL_ENTRIES];
            oldStamps = new Object[INITIAL_ENTRIES];
            refStarts = new int[INITIAL_ENTRIES];
            primStarts = new int[INITIAL_ENTRIES];
            refs = new Object[INITIAL_ENTRIES * 2];
            prims = new long[INITIAL_ENTRIES * 2];
        }
    }

    /** Opens an entry whose saved values the caller appends next; returns its index. */
    int beginEntry(Tracked target, Object oldStamp) {
        if (size == objects.length) {
            growEntries();
        }
        int entry = size;
        objects[entry] = target;
        elementKinds[entry] = 0;
        oldStamps[entry] = oldStamp;
        refStarts[entry] = refTop;
        primStarts[entry] = primTop;
        size = entry + 1;
        return entry;
    }

    /** Entry capacity, for tests of {@link #trim()}. */
    int entryCapacity() {
        return objects.length;
    }

    void truncate(int firstEntry) {
        if (firstEntry >= size) {
            return;
        }
        clearFrom(firstEntry, refStarts[firstEntry], primStarts[firstEntry]);
    }

    void clearFrom(int entry, int refIndex, int primIndex) {
        Arrays.fill(objects, entry, size, null);
        Arrays.fill(oldStamps, entry, size, null);
        Arrays.fill(refs, refIndex, refTop, null);
        size = entry;
        refTop = refIndex;
        primTop = primIndex;
    }

    /** Out of line, so that appending an element entry stays small enough to inline. */
    void grow(int moreRefs, int morePrims) {
        if (size == objects.length) {
            growEntries();
        }
        if (refTop + moreRefs > refs.length) {
            growRefs();
        }
        if (primTop + morePrims > prims.length) {
            growPrims();
        }
    }

    void growEntries() {
        int capacity = objects.length * 2;
        objects = Arrays.copyOf(objects, capacity);
        elementKinds = Arrays.copyOf(elementKinds, capacity);
        oldStamps = Arrays.copyOf(oldStamps, capacity);
        refStarts = Arrays.copyOf(refStarts, capacity);
        primStarts = Arrays.copyOf(primStarts, capacity);
    }

    void growRefs() {
        refs = Arrays.copyOf(refs, refs.length * 2);
    }

    void growPrims() {
        prims = Arrays.copyOf(prims, prims.length * 2);
    }

    /**
     * Shifts the entries from {@code entry} on up by one, and their saved references up by
     * {@code moreRefs}, leaving entry {@code entry} and the references where it starts free for the
     * caller to fill; the caller made room.
     */
    void openGap(int entry, int moreRefs) {
        int refAt = refStarts[entry];
        System.arraycopy(refs, refAt, refs, refAt + moreRefs, refTop - refAt);
        refTop += moreRefs;
        int moved = size - entry;
        System.arraycopy(objects, entry, objects, entry + 1, moved);
        System.arraycopy(elementKinds, entry, elementKinds, entry + 1, moved);
        System.arraycopy(oldStamps, entry, oldStamps, entry + 1, moved);
        System.arraycopy(refStarts, entry, refStarts, entry + 1, moved);
        System.arraycopy(primStarts, entry, primStarts, entry + 1, moved);
        size++;
        for (int later = entry + 1; later < size; later++) {
            refStarts[later] += moreRefs;
        }
    }
}
