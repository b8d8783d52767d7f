package dev.worlds.jcstress;

/**
 * The values the tests write, chosen so that each 32-bit half says which write it came from:
 * a value mixing halves of two writes is none of them and classifies as {@link #TORN}.
 */
public final class Bits {
    /** Outcome codes reported by the tests. */
    public static final int INIT = 0;
    public static final int OWNER = 1;
    public static final int OTHER = 2;
    public static final int TORN = 3;

    public static final long INIT_L = 0x1111_1111_1111_1111L;
    public static final long OWNER_L = 0x2222_2222_2222_2222L;
    public static final long OTHER_L = 0x3333_3333_3333_3333L;

    public static final double INIT_D = Double.longBitsToDouble(0x4444_4444_4444_4444L);
    public static final double OWNER_D = Double.longBitsToDouble(0x5555_5555_5555_5555L);
    public static final double OTHER_D = Double.longBitsToDouble(0x6666_6666_6666_6666L);

    private Bits() {
    }

    public static int classify(long value) {
        if (value == INIT_L) {
            return INIT;
        }
        if (value == OWNER_L) {
            return OWNER;
        }
        return value == OTHER_L ? OTHER : TORN;
    }

    /** Compares raw bits: a torn double may be a NaN, which {@code ==} could not tell apart. */
    public static int classify(double value) {
        long bits = Double.doubleToRawLongBits(value);
        if (bits == Double.doubleToRawLongBits(INIT_D)) {
            return INIT;
        }
        if (bits == Double.doubleToRawLongBits(OWNER_D)) {
            return OWNER;
        }
        return bits == Double.doubleToRawLongBits(OTHER_D) ? OTHER : TORN;
    }
}
