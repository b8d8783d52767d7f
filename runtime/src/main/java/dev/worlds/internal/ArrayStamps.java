package dev.worlds.internal;

import java.util.IdentityHashMap;

/**
 * Stamps for arrays, which have no header field to hold one: which world last saved each array
 * (arrays of up to {@link #CHUNK} elements) or each {@link #CHUNK}-element chunk of a larger array.
 * One table per thread; an entry lives only while some world of the thread holds a save of it
 * (a null stamp removes it), so the table's size follows what open worlds modified.
 */
final class ArrayStamps {
    /** Elements per chunk; arrays up to this length are saved whole. */
    static final int CHUNK = 512;
    static final int CHUNK_SHIFT = 9;

    private final IdentityHashMap<Object, Object> stamps = new IdentityHashMap<>();

    /** The stamp of a whole small array, or of chunk {@code chunk} of a large one. */
    Object stamp(Object array, int chunk) {
        Object entry = stamps.get(array);
        if (chunk < 0 || entry == null) {
            return entry;
        }
        return ((Object[]) entry)[chunk];
    }

    void setStamp(Object array, int chunk, int length, Object stamp) {
        if (chunk < 0) {
            if (stamp == null) {
                stamps.remove(array);
            } else {
                stamps.put(array, stamp);
            }
            return;
        }
        Object[] chunks = (Object[]) stamps.get(array);
        if (chunks == null) {
            if (stamp == null) {
                return;
            }
            chunks = new Object[(length + CHUNK - 1) >>> CHUNK_SHIFT];
            stamps.put(array, chunks);
        }
        chunks[chunk] = stamp;
        if (stamp == null && allNull(chunks)) {
            stamps.remove(array);
        }
    }

    /** The per-chunk stamps of a large array, or null; read by the barrier's chunk cache. */
    Object[] chunkStamps(Object array) {
        Object entry = stamps.get(array);
        return entry instanceof Object[] ? (Object[]) entry : null;
    }

    int size() {
        return stamps.size();
    }

    private static boolean allNull(Object[] chunks) {
        for (Object chunk : chunks) {
            if (chunk != null) {
                return false;
            }
        }
        return true;
    }
}
