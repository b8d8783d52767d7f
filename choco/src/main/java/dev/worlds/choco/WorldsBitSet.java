package dev.worlds.choco;

import org.chocosolver.memory.IStateBitSet;

/**
 * A backtrackable bit set of {@link WorldsEnvironment}: a plain {@code long[]}, woven, so each
 * changed word is saved by the array barrier (as an element entry, or the whole array or a chunk
 * of it once a world rewrites many words) and put back on rollback. It grows like
 * {@code java.util.BitSet}; growing stores a new array in {@link #words}, a tracked field.
 *
 * <p>Every query answers as Choco's {@code S64BitSet} does ({@code size()} included, the number of
 * bits of the word array), so a search takes the same path with either environment.
 */
final class WorldsBitSet implements IStateBitSet {
    private static final int ADDRESS_BITS_PER_WORD = 6;
    private static final int BITS_PER_WORD = 1 << ADDRESS_BITS_PER_WORD;
    private static final long WORD_MASK = 0xffffffffffffffffL;

    private long[] words;

    /** Room for bits {@code 0 .. nbits - 1} (like {@code S64BitSet(environment, nbits)}). */
    WorldsBitSet(int nbits) {
        if (nbits < 0) {
            throw new NegativeArraySizeException("nbits < 0: " + nbits);
        }
        words = new long[wordIndex(nbits - 1) + 1];
    }

    private static int wordIndex(int bitIndex) {
        return bitIndex >> ADDRESS_BITS_PER_WORD;
    }

    private static void requirePositiveIndex(int index) {
        if (index < 0) {
            throw new IndexOutOfBoundsException("Positive index expected. Got " + index);
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

    /** Grows as {@code S64BitSet.ensureCapacity} does: doubled, or to what is required. */
    private void ensureCapacity(int wordsRequired) {
        if (words.length < wordsRequired) {
            words = java.util.Arrays.copyOf(words, Math.max(2 * words.length, wordsRequired));
        }
    }

    @Override
    public void set(int bitIndex) {
        requirePositiveIndex(bitIndex);
        int w = wordIndex(bitIndex);
        ensureCapacity(w + 1);
        long word = words[w];
        long changed = word | (1L << bitIndex);
        if (changed != word) {
            words[w] = changed;
        }
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
        int start = wordIndex(fromIndex);
        int end = wordIndex(toIndex - 1);
        ensureCapacity(end + 1);
        long firstWordMask = WORD_MASK << fromIndex;
        long lastWordMask = WORD_MASK >>> -toIndex;
        if (start == end) {
            or(start, firstWordMask & lastWordMask);
        } else {
            or(start, firstWordMask);
            for (int i = start + 1; i < end; i++) {
                or(i, WORD_MASK);
            }
            or(end, lastWordMask);
        }
    }

    @Override
    public void clear(int bitIndex) {
        requirePositiveIndex(bitIndex);
        int w = wordIndex(bitIndex);
        if (w < words.length) {
            and(w, ~(1L << bitIndex));
        }
    }

    @Override
    public void clear(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        if (fromIndex == toIndex) {
            return;
        }
        int start = wordIndex(fromIndex);
        if (start >= words.length) {
            return;
        }
        int end = wordIndex(toIndex - 1);
        if (end >= words.length) {
            toIndex = words.length * BITS_PER_WORD;
            end = words.length - 1;
        }
        long firstWordMask = WORD_MASK << fromIndex;
        long lastWordMask = WORD_MASK >>> -toIndex;
        if (start == end) {
            and(start, ~(firstWordMask & lastWordMask));
        } else {
            and(start, ~firstWordMask);
            for (int i = start + 1; i < end; i++) {
                and(i, 0L);
            }
            and(end, ~lastWordMask);
        }
    }

    @Override
    public void clear() {
        for (int i = 0; i < words.length; i++) {
            and(i, 0L);
        }
    }

    /** Writes only words that change: an unchanged word needs no save. */
    private void or(int w, long mask) {
        long word = words[w];
        if ((word | mask) != word) {
            words[w] = word | mask;
        }
    }

    private void and(int w, long mask) {
        long word = words[w];
        if ((word & mask) != word) {
            words[w] = word & mask;
        }
    }

    @Override
    public boolean get(int bitIndex) {
        requirePositiveIndex(bitIndex);
        int w = bitIndex >> ADDRESS_BITS_PER_WORD;
        return w < words.length && (words[w] & (1L << bitIndex)) != 0;
    }

    @Override
    public int nextSetBit(int fromIndex) {
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        int u = wordIndex(fromIndex);
        if (u >= words.length) {
            return -1;
        }
        long word = words[u] & (WORD_MASK << fromIndex);
        while (true) {
            if (word != 0) {
                return u * BITS_PER_WORD + Long.numberOfTrailingZeros(word);
            }
            if (++u == words.length) {
                return -1;
            }
            word = words[u];
        }
    }

    /**
     * As {@code S64BitSet}: past the last word holding a set bit, the answer is {@code fromIndex}
     * itself, or the first bit after that word.
     */
    @Override
    public int nextClearBit(int fromIndex) {
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        int u = wordIndex(fromIndex);
        if (u >= words.length) {
            return fromIndex;
        }
        long word = ~words[u] & (WORD_MASK << fromIndex);
        while (true) {
            if (word != 0) {
                return u * BITS_PER_WORD + Long.numberOfTrailingZeros(word);
            }
            if (++u == words.length) {
                return words.length * BITS_PER_WORD;
            }
            word = ~words[u];
        }
    }

    @Override
    public int prevSetBit(int fromIndex) {
        if (fromIndex < 0) {
            return -1;
        }
        int u = wordIndex(fromIndex);
        if (u >= words.length) {
            return length() - 1;
        }
        long word = words[u] & (WORD_MASK >>> -(fromIndex + 1));
        while (true) {
            if (word != 0) {
                return (u + 1) * BITS_PER_WORD - 1 - Long.numberOfLeadingZeros(word);
            }
            if (u-- == 0) {
                return -1;
            }
            word = words[u];
        }
    }

    @Override
    public int prevClearBit(int fromIndex) {
        if (fromIndex < 0) {
            return -1;
        }
        int u = wordIndex(fromIndex);
        if (u >= words.length) {
            return fromIndex;
        }
        long word = ~words[u] & (WORD_MASK >>> -(fromIndex + 1));
        while (true) {
            if (word != 0) {
                return (u + 1) * BITS_PER_WORD - 1 - Long.numberOfLeadingZeros(word);
            }
            if (u-- == 0) {
                return -1;
            }
            word = ~words[u];
        }
    }

    /** Index of the highest set bit plus one; 0 when empty. */
    int length() {
        for (int u = words.length - 1; u >= 0; u--) {
            if (words[u] != 0) {
                return BITS_PER_WORD * u + (BITS_PER_WORD - Long.numberOfLeadingZeros(words[u]));
            }
        }
        return 0;
    }

    @Override
    public boolean isEmpty() {
        for (long word : words) {
            if (word != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int cardinality() {
        int sum = 0;
        for (long word : words) {
            sum += Long.bitCount(word);
        }
        return sum;
    }

    @Override
    public int size() {
        return words.length * BITS_PER_WORD;
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
