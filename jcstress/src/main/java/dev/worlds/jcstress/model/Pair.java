package dev.worlds.jcstress.model;

import dev.worlds.jcstress.Bits;

/**
 * A long and a double, the two field types whose 64-bit writes the JVM could split: a torn save
 * or restore would show as a value whose halves come from different writes (see {@link Bits}).
 */
public final class Pair {
    public long l = Bits.INIT_L;
    public double d = Bits.INIT_D;

    public void set(long newL, double newD) {
        l = newL;
        d = newD;
    }

    public void setLong(long newL) {
        l = newL;
    }

    public void setDouble(double newD) {
        d = newD;
    }
}
