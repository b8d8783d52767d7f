package dev.worlds.internal;

/**
 * Element entries of the save log: one array element, saved as its array, index and old value
 * (see {@link WorldLog#recordElement}). The kind codes here say how to read the array back; 0 is
 * left for object entries.
 *
 * <p>Cheaper than copying the array when a world writes few elements of it (a search step marks
 * a handful of cells), and needs no stamp lookup; but it does not notice a second write to the
 * same element, so a world copies an array instead once it writes it {@link #RUN_LIMIT} + 1
 * times in a row, and copies every array after {@link #LOG_LIMIT} element entries
 * ({@link WorldFrame#logsElementOf}). Measured on the search benchmarks (best of 60 solves, one
 * JVM per setting, time over hand-written undo): N-Queens, three arrays written once each per
 * world: 2.3x copying every array on its first write, 1.5x logging. Sudoku, one array written
 * many times per world: 1.34x copying, 1.59x logging the first 32 writes, 1.16x with this run
 * limit of 1.
 *
 * <p>An element entry has no stamp, so a nested commit always keeps it. Replaying the log newest
 * first makes element entries and chunk copies of the same array compose in any order.
 */
final class ArrayElement {
    static final byte INT = 1;
    static final byte LONG = 2;
    static final byte FLOAT = 3;
    static final byte DOUBLE = 4;
    static final byte REF = 5;
    static final byte CHAR = 6;
    static final byte SHORT = 7;
    static final byte BYTE = 8;
    static final byte BOOLEAN = 9;

    /**
     * Array writes a world logs element by element before it copies chunks instead: about the
     * writes of one search step. Set with the system property {@code worlds.arrayElementLogLimit}
     * (0 copies from the first write). Past the limit a rollback costs one copy per chunk however
     * often the world rewrote it, which keeps rollback proportional to the chunks modified.
     */
    static final int LOG_LIMIT = Integer.getInteger("worlds.arrayElementLogLimit", 32);

    /**
     * Element entries in a row for one array after which its next write copies it instead: the
     * second write in a row means a loop over the array, which the copy puts on the fast path.
     * Set with the system property {@code worlds.arrayElementRunLimit}.
     */
    static final int RUN_LIMIT = Integer.getInteger("worlds.arrayElementRunLimit", 1);

    /**
     * Arrays of at most this many elements are logged on every write, whatever the run and the
     * {@link #LOG_LIMIT}: copying one saves as many values as a few writes would, and costs an
     * allocation and a stamp-table update besides (Choco's two-word bit sets: the Golomb ruler
     * copied 122 of them per search node). Set with {@code worlds.arrayElementTinyLength}.
     */
    static final int TINY_LENGTH = Integer.getInteger("worlds.arrayElementTinyLength", 4);

    /**
     * Element entries for tiny arrays after which a world copies them like the others: bounds a
     * world that rewrites a tiny array in a long loop to a fixed amount of log.
     */
    static final int TINY_LOG_LIMIT = Integer.getInteger("worlds.arrayElementTinyLogLimit", 4096);

    private ArrayElement() {
    }

    /**
     * Appends an entry holding {@code array[index]} to {@code log}, for callers that do not know
     * the array's type. The caller has checked that {@code index} is in bounds.
     */
    static void record(WorldLog log, Object array, int index) {
        if (array instanceof int[]) {
            log.recordElement(INT, array, index, ((int[]) array)[index]);
        } else if (array instanceof Object[]) {
            log.recordRefElement((Object[]) array, index, ((Object[]) array)[index]);
        } else if (array instanceof boolean[]) {
            log.recordElement(BOOLEAN, array, index, ((boolean[]) array)[index] ? 1 : 0);
        } else if (array instanceof long[]) {
            log.recordElement(LONG, array, index, ((long[]) array)[index]);
        } else if (array instanceof byte[]) {
            log.recordElement(BYTE, array, index, ((byte[]) array)[index]);
        } else if (array instanceof double[]) {
            log.recordElement(DOUBLE, array, index, Double.doubleToRawLongBits(((double[]) array)[index]));
        } else if (array instanceof char[]) {
            log.recordElement(CHAR, array, index, ((char[]) array)[index]);
        } else if (array instanceof short[]) {
            log.recordElement(SHORT, array, index, ((short[]) array)[index]);
        } else {
            log.recordElement(FLOAT, array, index, Float.floatToRawIntBits(((float[]) array)[index]));
        }
    }

    /** Writes {@code bits}, an old value widened to {@code long}, back into a primitive array. */
    static void restore(byte kind, Object array, int index, long bits) {
        switch (kind) {
            case INT -> ((int[]) array)[index] = (int) bits;
            case BOOLEAN -> ((boolean[]) array)[index] = bits != 0;
            case LONG -> ((long[]) array)[index] = bits;
            case BYTE -> ((byte[]) array)[index] = (byte) bits;
            case DOUBLE -> ((double[]) array)[index] = Double.longBitsToDouble(bits);
            case CHAR -> ((char[]) array)[index] = (char) bits;
            case SHORT -> ((short[]) array)[index] = (short) bits;
            case FLOAT -> ((float[]) array)[index] = Float.intBitsToFloat((int) bits);
            default -> throw new IllegalStateException("not a primitive element entry: kind " + kind);
        }
    }
}
