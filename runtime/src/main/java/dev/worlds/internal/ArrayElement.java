package dev.worlds.internal;

/**
 * Element entries of the save log: one array element, saved as its array, index and old value
 * (see {@link WorldLog#recordElement}). The kind codes here say how to read the array back; 0 is
 * left for object entries.
 *
 * <p>When a world logs an element rather than copying its array is {@link ElementLogPolicy}'s rule.
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
