package dev.worlds.internal;

import java.lang.reflect.Array;

/**
 * A saved range of an array, as an entry of the save log: a whole small array, or one chunk of a
 * large one. Its stamp lives in the thread's {@link ArrayStamps}; its saved values in a copy made
 * when it is saved, written back by restore.
 */
final class ArrayChunk implements Tracked {
    private final ArrayStamps stamps;
    private final Object array;
    private final int chunk;
    private final int from;
    private final int length;
    private Object copy;

    /**
     * @param chunk -1 for a whole array, else the chunk index
     */
    ArrayChunk(ArrayStamps stamps, Object array, int chunk, int from, int length) {
        this.stamps = stamps;
        this.array = array;
        this.chunk = chunk;
        this.from = from;
        this.length = length;
    }

    @Override
    public Object $worlds$stamp() {
        return stamps.stamp(array, chunk);
    }

    @Override
    public void $worlds$setStamp(Object stamp) {
        stamps.setStamp(array, chunk, Array.getLength(array), stamp);
    }

    @Override
    public void $worlds$save(WorldLog log) {
        Object saved = Array.newInstance(array.getClass().getComponentType(), length);
        System.arraycopy(array, from, saved, 0, length);
        copy = saved;
    }

    @Override
    public void $worlds$restore(WorldLog log) {
        System.arraycopy(copy, 0, array, from, length);
    }
}
