package dev.worlds.bench.api;

/**
 * Array loops of the benchmarks, implemented by a workload class that is loaded plain or woven.
 * The loops live in the implementation so that the array barrier is inlined into them exactly as
 * in user code.
 */
public interface ArrayWorkload {
    /** Elements of the small array. */
    int SMALL = 4096;
    /** Elements of the large array. */
    int LARGE = 1_000_000;

    /** {@code small[i] = value + i} for every element, in order. */
    void writeSequential(int value);

    /** {@code large[index] = value} for each of {@code indexes}. */
    void writeRandom(int[] indexes, int value);

    /** {@code small[0] = value}: one element. */
    void writeFirst(int value);

    /** {@code System.arraycopy} of a whole source array into the small array. */
    void copyIntoSmall();

    /** Opens a world. */
    void begin();

    /** Rolls back and closes the world {@link #begin()} opened. */
    void rollback();
}
