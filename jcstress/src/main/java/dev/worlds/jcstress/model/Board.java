package dev.worlds.jcstress.model;

import dev.worlds.jcstress.Bits;

/**
 * A small array, saved whole, and a large one of three 512-element chunks (ArrayStamps.CHUNK),
 * saved chunk by chunk. Its methods are woven, so every store goes through the array barrier.
 */
public final class Board {
    public static final int SMALL = 16;
    public static final int LARGE = 3 * 512;

    public final long[] small = new long[SMALL];
    public final long[] large = new long[LARGE];

    public Board() {
        java.util.Arrays.fill(small, Bits.INIT_L);
        java.util.Arrays.fill(large, Bits.INIT_L);
    }

    public void writeSmall(int index, long value) {
        small[index] = value;
    }

    public void writeLarge(int index, long value) {
        large[index] = value;
    }

    /** A new small array: created in the caller's world, so that world never saves it. */
    public static long[] fresh() {
        long[] array = new long[SMALL];
        java.util.Arrays.fill(array, Bits.INIT_L);
        return array;
    }

    public static void write(long[] array, int index, long value) {
        array[index] = value;
    }
}
