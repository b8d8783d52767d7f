package dev.worlds.jcstress.model;

import dev.worlds.jcstress.Bits;

/**
 * An object built inside a world: fields of both 64-bit types and an array it owns. No field is
 * final, so only the publication itself (not final-field semantics) makes them visible.
 */
public final class Node {
    public static final int ID = 42;

    public int id;
    public long l;
    public double d;
    public long[] cells;

    public Node() {
        this.id = ID;
        this.l = Bits.OWNER_L;
        this.d = Bits.OWNER_D;
        this.cells = new long[4];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = Bits.OWNER_L;
        }
    }

    /** True when every field holds what the constructor wrote. */
    public boolean complete() {
        if (id != ID || l != Bits.OWNER_L || Bits.classify(d) != Bits.OWNER) {
            return false;
        }
        for (long cell : cells) {
            if (cell != Bits.OWNER_L) {
                return false;
            }
        }
        return true;
    }

    public void touch() {
        l = Bits.OTHER_L;
    }
}
