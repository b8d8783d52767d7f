package dev.worlds.bench.workload;

import dev.worlds.Worlds;
import dev.worlds.bench.api.ArrayWorkload;

/** The array loops, compiled once and loaded plain or woven. */
public final class ArrayLoops implements ArrayWorkload {
    private final int[] small = new int[SMALL];
    private final int[] large = new int[LARGE];
    private final int[] source = new int[SMALL];

    @Override
    public void writeSequential(int value) {
        int[] array = small;
        for (int i = 0; i < array.length; i++) {
            array[i] = value + i;
        }
    }

    @Override
    public void writeRandom(int[] indexes, int value) {
        int[] array = large;
        for (int index : indexes) {
            array[index] = value;
        }
    }

    @Override
    public void writeFirst(int value) {
        small[0] = value;
    }

    @Override
    public void copyIntoSmall() {
        System.arraycopy(source, 0, small, 0, SMALL);
    }

    @Override
    public void begin() {
        Worlds.push();
    }

    @Override
    public void rollback() {
        Worlds.pop();
    }
}
