package dev.worlds.choco;

import org.chocosolver.memory.IStateBitSet;

/**
 * A backtrackable bit set of at most 64 bits (what Choco's {@code OneWordS64BitSet} is to
 * {@code S64BitSet}): one {@code long} field of a woven class, so a change is saved by the object
 * barrier, a compare once the set is saved in the world, instead of an array save. Queries answer
 * as {@link WorldsBitSet} does for a one-word array.
 */
final class WordBitSet implements IStateBitSet {
    private static final int BITS = 64;
    private static final long WORD_MASK = 0xffffffffffffffffL;

    private long word;

    private static void requireIndex(int index) {
        if (index < 0 || index >= BITS) {
            throw new IndexOutOfBoundsException("Index between 0 and 63 expected. Got " + index);
        }
    }

    private static void checkRange(int fromIndex, int toIndex) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        }
        if (toIndex < 0) {
            throw new IndexOutOfBoundsException("toIndex < 0: " + toIndex);
        }
        if (fromIndex > toIndex) {
            throw new IndexOutOfBoundsException("fromIndex: " + fromIndex + " > toIndex: " + toIndex);
        }
    }

    /** Writes only a changed word: an unchanged one needs no save. */
    private void write(long value) {
        if (value != word) {
            word = value;
        }
    }

    @Override
    public void set(int bitIndex) {
        requireIndex(bitIndex);
        write(word | (1L << bitIndex));
    }

    @Override
    public void set(int bitIndex, boolean value) {
        if (value) {
            set(bitIndex);
        } else {
            clear(bitIndex);
        }
    }

    @Override
    public void set(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        if (fromIndex == toIndex) {
            return;
        }
        requireIndex(toIndex - 1);
        write(word | ((WORD_MASK << fromIndex) & (WORD_MASK >>> -toIndex)));
    }

    @Override
    public void clear(int bitIndex) {
        if (bitIndex < 0) {
            throw new IndexOutOfBoundsException("Positive index expected. Got " + bitIndex);
        }
        if (bitIndex < BITS) {
            write(word & ~(1L << bitIndex));
        }
    }

    @Override
    public void clear(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        if (fromIndex == toIndex || fromIndex >= BITS) {
            return;
        }
        int to = Math.min(toIndex, BITS);
        write(word & ~((WORD_MASK << fromIndex) & (WORD_MASK >>> -to)));
    }

    @Override
    public void clear() {
        write(0L);
    }

    @Override
    public boolean get(int bitIndex) {
        if (bitIndex < 0) {
            throw new IndexOutOfBoundsException("Positive index expected. Got " + bitIndex);
        }
        return bitIndex < BITS && (word & (1L << bitIndex)) != 0;
    }

    @Override
    public int nextSetBit(int fromIndex) {
        int from = Math.max(fromIndex, 0);
        if (from >= BITS) {
            return -1;
        }
        long w = word & (WORD_MASK << from);
        return w == 0 ? -1 : Long.numberOfTrailingZeros(w);
    }

    @Override
    public int nextClearBit(int fromIndex) {
        int from = Math.max(fromIndex, 0);
        if (from >= BITS) {
            return from;
        }
        long w = ~word & (WORD_MASK << from);
        return w == 0 ? BITS : Long.numberOfTrailingZeros(w);
    }

    @Override
    public int prevSetBit(int fromIndex) {
        if (fromIndex < 0) {
            return -1;
        }
        long w = fromIndex >= BITS ? word : word & (WORD_MASK >>> -(fromIndex + 1));
        return w == 0 ? -1 : BITS - 1 - Long.numberOfLeadingZeros(w);
    }

    @Override
    public int prevClearBit(int fromIndex) {
        if (fromIndex < 0) {
            return -1;
        }
        if (fromIndex >= BITS) {
            return fromIndex;
        }
        long w = ~word & (WORD_MASK >>> -(fromIndex + 1));
        return w == 0 ? -1 : BITS - 1 - Long.numberOfLeadingZeros(w);
    }

    @Override
    public boolean isEmpty() {
        return word == 0;
    }

    @Override
    public int cardinality() {
        return Long.bitCount(word);
    }

    @Override
    public int size() {
        return BITS;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        for (int i = nextSetBit(0); i >= 0; i = nextSetBit(i + 1)) {
            b.append(b.length() > 1 ? ", " : "").append(i);
        }
        return b.append('}').toString();
    }
}
