package dev.worlds.collections;

import dev.worlds.Untracked;
import dev.worlds.Worlds;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

/**
 * A {@link BitSet} whose state rolls back with Worlds: the words live in an array of its own,
 * with the JDK's algorithms and its rules for {@link #size()} (a size given to the constructor
 * is kept until the set must grow). The weaver substitutes it for {@code new BitSet(...)} in
 * woven code and rebases woven classes that extend {@code BitSet} onto it; {@code getClass()} is
 * the visible difference. Serialization writes a plain {@code java.util.BitSet} with the same
 * bits (and the same serialized words). {@link #get(int, int)} and {@link #clone()} return
 * tracked sets; the static {@code valueOf} methods here return tracked sets too (those of
 * {@code BitSet} return plain ones).
 *
 * <p>All state lives in this class's own fields and array, which the build weaves, so rollback
 * restores it exactly. The JDK superclass's own words stay empty and unused.
 *
 * <p><b>A plain {@code BitSet} given a tracked one.</b> Every method of this class that takes
 * another {@code BitSet} reads a tracked argument's own words and a plain one through its public
 * {@link BitSet#toLongArray()}, so {@code tracked.equals(plain)}, {@code tracked.or(plain)} and
 * the like are right. The other direction cannot be made right from here: {@code java.util.BitSet}
 * reads its argument's private fields directly, so on a plain receiver
 * <ul>
 * <li>{@code plain.equals(tracked)} is true exactly when {@code plain} is empty,</li>
 * <li>{@code plain.intersects(tracked)} is false,</li>
 * <li>{@code plain.or(tracked)}, {@code plain.xor(tracked)} and {@code plain.andNot(tracked)}
 * leave {@code plain} unchanged, and</li>
 * <li>{@code plain.and(tracked)} clears {@code plain},</li>
 * </ul>
 * all as if {@code tracked} were empty. Mirroring the bits into the superclass's fields on every
 * write would fix the no-world case only at twice the write cost, and those fields do not roll
 * back, so after a rollback the mirror would be stale until the next write. In woven code plain
 * sets come only from code that is not woven, from deserialization and from
 * {@code BitSet.valueOf} (which the weaver redirects to this class's {@code valueOf} in woven code).
 *
 * <p>While the calling thread has a world open, {@link #stream()}'s spliterator does not split,
 * so a parallel stream runs on that thread (see {@link SequenceSpliterators}). A subclass (a woven class that extended {@code BitSet}) serializes as
 * itself: the private {@code writeReplace} applies to this class only.
 */
public class TrackedBitSet extends BitSet {
    private static final long serialVersionUID = 1L;

    private static final int ADDRESS_BITS_PER_WORD = 6;
    private static final int BITS_PER_WORD = 1 << ADDRESS_BITS_PER_WORD;
    private static final int BIT_INDEX_MASK = BITS_PER_WORD - 1;
    private static final long WORD_MASK = 0xffffffffffffffffL;

    /** The bits: bit i is bit (i % 64) of words[i / 64]. */
    long[] words;

    /** Words in logical use: words[wordsInUse - 1] is non-zero, and every word after it is zero. */
    int wordsInUse;

    /** Whether the user chose the size: then clone and serialization keep trailing zero words. */
    boolean sizeIsSticky;

    /** An empty set of 64 bits' capacity. */
    public TrackedBitSet() {
        super(0);   // the cheapest JDK constructor (a long[0]): its words are never used
        words = new long[1];
        sizeIsSticky = false;
    }

    /**
     * An empty set with room for bits 0 to {@code nbits - 1}.
     *
     * @throws NegativeArraySizeException if {@code nbits} is negative
     */
    public TrackedBitSet(int nbits) {
        super(0);
        if (nbits < 0) {
            throw new NegativeArraySizeException("nbits < 0: " + nbits);
        }
        words = new long[wordIndex(nbits - 1) + 1];
        sizeIsSticky = true;
    }

    /** Wraps {@code words}, whose last word is non-zero (or which is empty). */
    private TrackedBitSet(long[] words) {
        super(0);
        this.words = words;
        this.wordsInUse = words.length;
    }

    /** Like {@link BitSet#valueOf(long[])}, returning a tracked set. */
    public static TrackedBitSet valueOf(long[] longs) {
        int n = longs.length;
        while (n > 0 && longs[n - 1] == 0) {
            n--;
        }
        return new TrackedBitSet(Arrays.copyOf(longs, n));
    }

    /** Like {@link BitSet#valueOf(LongBuffer)}, returning a tracked set. */
    public static TrackedBitSet valueOf(LongBuffer lb) {
        lb = lb.slice();
        int n = lb.remaining();
        while (n > 0 && lb.get(n - 1) == 0) {
            n--;
        }
        long[] words = new long[n];
        for (int i = 0; i < n; i++) {   // element by element: no array handed to a JDK method
            words[i] = lb.get(i);
        }
        return new TrackedBitSet(words);
    }

    /** Like {@link BitSet#valueOf(byte[])}, returning a tracked set. */
    public static TrackedBitSet valueOf(byte[] bytes) {
        int n = bytes.length;
        while (n > 0 && bytes[n - 1] == 0) {
            n--;
        }
        long[] words = new long[(n + 7) / 8];
        for (int i = 0; i < n; i++) {   // little-endian, as BitSet.valueOf(byte[])
            words[i >> 3] |= (bytes[i] & 0xffL) << (8 * (i & 7));
        }
        return new TrackedBitSet(words);
    }

    /** Like {@link BitSet#valueOf(ByteBuffer)}, returning a tracked set. */
    public static TrackedBitSet valueOf(ByteBuffer bb) {
        bb = bb.slice().order(ByteOrder.LITTLE_ENDIAN);
        int n = bb.remaining();
        while (n > 0 && bb.get(n - 1) == 0) {
            n--;
        }
        long[] words = new long[(n + 7) / 8];
        bb.limit(n);
        int i = 0;
        while (bb.remaining() >= 8) {
            words[i++] = bb.getLong();
        }
        for (int remaining = bb.remaining(), j = 0; j < remaining; j++) {
            words[i] |= (bb.get() & 0xffL) << (8 * j);
        }
        return new TrackedBitSet(words);
    }

    private static int wordIndex(int bitIndex) {
        return bitIndex >> ADDRESS_BITS_PER_WORD;
    }

    /** Lowers wordsInUse past trailing zero words (after an operation that may clear bits). */
    private void recalculateWordsInUse() {
        int i = wordsInUse - 1;
        while (i >= 0 && words[i] == 0) {
            i--;
        }
        wordsInUse = i + 1;
    }

    /** Grows the array to at least {@code wordsRequired} words (doubling); the size is then no longer sticky. */
    private void ensureCapacity(int wordsRequired) {
        if (words.length < wordsRequired) {
            int request = Math.max(2 * words.length, wordsRequired);
            words = Arrays.copyOf(words, request);
            sizeIsSticky = false;
        }
    }

    private void expandTo(int wordIndex) {
        int wordsRequired = wordIndex + 1;
        if (wordsInUse < wordsRequired) {
            ensureCapacity(wordsRequired);
            wordsInUse = wordsRequired;
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

    @Override
    public byte[] toByteArray() {
        int n = wordsInUse;
        if (n == 0) {
            return new byte[0];
        }
        int len = 8 * (n - 1);
        for (long x = words[n - 1]; x != 0; x >>>= 8) {
            len++;
        }
        byte[] bytes = new byte[len];
        final long[] w = words;
        for (int i = 0; i < len; i++) {   // little-endian; written here, not through a ByteBuffer
            bytes[i] = (byte) (w[i >> 3] >>> (8 * (i & 7)));
        }
        return bytes;
    }

    @Override
    public long[] toLongArray() {
        return Arrays.copyOf(words, wordsInUse);
    }

    @Override
    public void flip(int bitIndex) {
        if (bitIndex < 0) {
            throw new IndexOutOfBoundsException("bitIndex < 0: " + bitIndex);
        }
        int wordIndex = wordIndex(bitIndex);
        expandTo(wordIndex);
        words[wordIndex] ^= 1L << bitIndex;
        recalculateWordsInUse();
    }

    @Override
    public void flip(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        if (fromIndex == toIndex) {
            return;
        }
        int startWordIndex = wordIndex(fromIndex);
        int endWordIndex = wordIndex(toIndex - 1);
        expandTo(endWordIndex);
        long firstWordMask = WORD_MASK << fromIndex;
        long lastWordMask = WORD_MASK >>> -toIndex;
        final long[] w = words;
        if (startWordIndex == endWordIndex) {
            w[startWordIndex] ^= firstWordMask & lastWordMask;
        } else {
            w[startWordIndex] ^= firstWordMask;
            for (int i = startWordIndex + 1; i < endWordIndex; i++) {
                w[i] ^= WORD_MASK;
            }
            w[endWordIndex] ^= lastWordMask;
        }
        recalculateWordsInUse();
    }

    @Override
    public void set(int bitIndex) {
        if (bitIndex < 0) {
            throw new IndexOutOfBoundsException("bitIndex < 0: " + bitIndex);
        }
        int wordIndex = wordIndex(bitIndex);
        expandTo(wordIndex);
        words[wordIndex] |= 1L << bitIndex;
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
        int startWordIndex = wordIndex(fromIndex);
        int endWordIndex = wordIndex(toIndex - 1);
        expandTo(endWordIndex);
        long firstWordMask = WORD_MASK << fromIndex;
        long lastWordMask = WORD_MASK >>> -toIndex;
        final long[] w = words;
        if (startWordIndex == endWordIndex) {
            w[startWordIndex] |= firstWordMask & lastWordMask;
        } else {
            w[startWordIndex] |= firstWordMask;
            for (int i = startWordIndex + 1; i < endWordIndex; i++) {
                w[i] = WORD_MASK;
            }
            w[endWordIndex] |= lastWordMask;
        }
    }

    @Override
    public void set(int fromIndex, int toIndex, boolean value) {
        if (value) {
            set(fromIndex, toIndex);
        } else {
            clear(fromIndex, toIndex);
        }
    }

    @Override
    public void clear(int bitIndex) {
        if (bitIndex < 0) {
            throw new IndexOutOfBoundsException("bitIndex < 0: " + bitIndex);
        }
        int wordIndex = wordIndex(bitIndex);
        if (wordIndex >= wordsInUse) {
            return;
        }
        words[wordIndex] &= ~(1L << bitIndex);
        recalculateWordsInUse();
    }

    @Override
    public void clear(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        if (fromIndex == toIndex) {
            return;
        }
        int startWordIndex = wordIndex(fromIndex);
        if (startWordIndex >= wordsInUse) {
            return;
        }
        int endWordIndex = wordIndex(toIndex - 1);
        if (endWordIndex >= wordsInUse) {
            toIndex = length();
            endWordIndex = wordsInUse - 1;
        }
        long firstWordMask = WORD_MASK << fromIndex;
        long lastWordMask = WORD_MASK >>> -toIndex;
        final long[] w = words;
        if (startWordIndex == endWordIndex) {
            w[startWordIndex] &= ~(firstWordMask & lastWordMask);
        } else {
            w[startWordIndex] &= ~firstWordMask;
            for (int i = startWordIndex + 1; i < endWordIndex; i++) {
                w[i] = 0;
            }
            w[endWordIndex] &= ~lastWordMask;
        }
        recalculateWordsInUse();
    }

    @Override
    public void clear() {
        while (wordsInUse > 0) {
            words[--wordsInUse] = 0;
        }
    }

    @Override
    public boolean get(int bitIndex) {
        if (bitIndex < 0) {
            throw new IndexOutOfBoundsException("bitIndex < 0: " + bitIndex);
        }
        int wordIndex = wordIndex(bitIndex);
        return wordIndex < wordsInUse && (words[wordIndex] & (1L << bitIndex)) != 0;
    }

    /** The bits from {@code fromIndex} (inclusive) to {@code toIndex} (exclusive), as a new tracked set. */
    @Override
    public BitSet get(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        int len = length();
        if (len <= fromIndex || fromIndex == toIndex) {
            return new TrackedBitSet(0);
        }
        if (toIndex > len) {
            toIndex = len;
        }
        TrackedBitSet result = new TrackedBitSet(toIndex - fromIndex);
        int targetWords = wordIndex(toIndex - fromIndex - 1) + 1;
        int sourceIndex = wordIndex(fromIndex);
        boolean wordAligned = (fromIndex & BIT_INDEX_MASK) == 0;
        final long[] w = words;
        final long[] r = result.words;
        for (int i = 0; i < targetWords - 1; i++, sourceIndex++) {
            r[i] = wordAligned ? w[sourceIndex] : (w[sourceIndex] >>> fromIndex) | (w[sourceIndex + 1] << -fromIndex);
        }
        long lastWordMask = WORD_MASK >>> -toIndex;
        r[targetWords - 1] = ((toIndex - 1) & BIT_INDEX_MASK) < (fromIndex & BIT_INDEX_MASK)
                ? (w[sourceIndex] >>> fromIndex) | (w[sourceIndex + 1] & lastWordMask) << -fromIndex   // straddles two words
                : (w[sourceIndex] & lastWordMask) >>> fromIndex;
        result.wordsInUse = targetWords;
        result.recalculateWordsInUse();
        return result;
    }

    @Override
    public int nextSetBit(int fromIndex) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        }
        int u = wordIndex(fromIndex);
        if (u >= wordsInUse) {
            return -1;
        }
        final long[] w = words;
        long word = w[u] & (WORD_MASK << fromIndex);
        while (true) {
            if (word != 0) {
                return (u * BITS_PER_WORD) + Long.numberOfTrailingZeros(word);
            }
            if (++u == wordsInUse) {
                return -1;
            }
            word = w[u];
        }
    }

    /** The first set bit at or after {@code fromIndex}, looking no further than word {@code toWordIndex}; -1 if none. */
    private int nextSetBit(int fromIndex, int toWordIndex) {
        int u = wordIndex(fromIndex);
        if (u > toWordIndex) {
            return -1;
        }
        final long[] w = words;
        long word = w[u] & (WORD_MASK << fromIndex);
        while (true) {
            if (word != 0) {
                return (u * BITS_PER_WORD) + Long.numberOfTrailingZeros(word);
            }
            if (++u > toWordIndex) {
                return -1;
            }
            word = w[u];
        }
    }

    @Override
    public int nextClearBit(int fromIndex) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        }
        int u = wordIndex(fromIndex);
        if (u >= wordsInUse) {
            return fromIndex;
        }
        final long[] w = words;
        long word = ~w[u] & (WORD_MASK << fromIndex);
        while (true) {
            if (word != 0) {
                return (u * BITS_PER_WORD) + Long.numberOfTrailingZeros(word);
            }
            if (++u == wordsInUse) {
                return wordsInUse * BITS_PER_WORD;
            }
            word = ~w[u];
        }
    }

    @Override
    public int previousSetBit(int fromIndex) {
        if (fromIndex < 0) {
            if (fromIndex == -1) {
                return -1;
            }
            throw new IndexOutOfBoundsException("fromIndex < -1: " + fromIndex);
        }
        int u = wordIndex(fromIndex);
        if (u >= wordsInUse) {
            return length() - 1;
        }
        final long[] w = words;
        long word = w[u] & (WORD_MASK >>> -(fromIndex + 1));
        while (true) {
            if (word != 0) {
                return (u + 1) * BITS_PER_WORD - 1 - Long.numberOfLeadingZeros(word);
            }
            if (u-- == 0) {
                return -1;
            }
            word = w[u];
        }
    }

    @Override
    public int previousClearBit(int fromIndex) {
        if (fromIndex < 0) {
            if (fromIndex == -1) {
                return -1;
            }
            throw new IndexOutOfBoundsException("fromIndex < -1: " + fromIndex);
        }
        int u = wordIndex(fromIndex);
        if (u >= wordsInUse) {
            return fromIndex;
        }
        final long[] w = words;
        long word = ~w[u] & (WORD_MASK >>> -(fromIndex + 1));
        while (true) {
            if (word != 0) {
                return (u + 1) * BITS_PER_WORD - 1 - Long.numberOfLeadingZeros(word);
            }
            if (u-- == 0) {
                return -1;
            }
            word = ~w[u];
        }
    }

    @Override
    public int length() {
        if (wordsInUse == 0) {
            return 0;
        }
        return BITS_PER_WORD * (wordsInUse - 1) + (BITS_PER_WORD - Long.numberOfLeadingZeros(words[wordsInUse - 1]));
    }

    @Override
    public boolean isEmpty() {
        return wordsInUse == 0;
    }

    @Override
    public int cardinality() {
        final long[] w = words;
        int sum = 0;
        for (int i = 0, n = wordsInUse; i < n; i++) {
            sum += Long.bitCount(w[i]);
        }
        return sum;
    }

    @Override
    public int size() {
        return words.length * BITS_PER_WORD;
    }

    // ---- operations with another set: a tracked one's own words, a plain one's toLongArray() ----

    @Override
    public boolean intersects(BitSet set) {
        final long[] other;
        final int otherInUse;
        if (set instanceof TrackedBitSet) {
            TrackedBitSet tracked = (TrackedBitSet) set;
            other = tracked.words;
            otherInUse = tracked.wordsInUse;
        } else {
            other = set.toLongArray();   // a plain BitSet's words are private to java.util
            otherInUse = other.length;
        }
        final long[] w = words;
        for (int i = Math.min(wordsInUse, otherInUse) - 1; i >= 0; i--) {
            if ((w[i] & other[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void and(BitSet set) {
        if (this == set) {
            return;
        }
        final long[] other;
        final int otherInUse;
        if (set instanceof TrackedBitSet) {
            TrackedBitSet tracked = (TrackedBitSet) set;
            other = tracked.words;
            otherInUse = tracked.wordsInUse;
        } else {
            other = set.toLongArray();
            otherInUse = other.length;
        }
        final long[] w = words;
        while (wordsInUse > otherInUse) {
            w[--wordsInUse] = 0;
        }
        for (int i = 0, n = wordsInUse; i < n; i++) {
            w[i] &= other[i];
        }
        recalculateWordsInUse();
    }

    @Override
    public void or(BitSet set) {
        if (this == set) {
            return;
        }
        final long[] other;
        final int otherInUse;
        if (set instanceof TrackedBitSet) {
            TrackedBitSet tracked = (TrackedBitSet) set;
            other = tracked.words;
            otherInUse = tracked.wordsInUse;
        } else {
            other = set.toLongArray();
            otherInUse = other.length;
        }
        int wordsInCommon = Math.min(wordsInUse, otherInUse);
        if (wordsInUse < otherInUse) {
            ensureCapacity(otherInUse);
            wordsInUse = otherInUse;
        }
        final long[] w = words;
        for (int i = 0; i < wordsInCommon; i++) {
            w[i] |= other[i];
        }
        if (wordsInCommon < otherInUse) {
            System.arraycopy(other, wordsInCommon, w, wordsInCommon, wordsInUse - wordsInCommon);
        }
        // the last word in use is the other's or ours, non-zero either way: no recalculation
    }

    @Override
    public void xor(BitSet set) {
        final long[] other;
        final int otherInUse;
        if (set instanceof TrackedBitSet) {
            TrackedBitSet tracked = (TrackedBitSet) set;
            other = tracked.words;
            otherInUse = tracked.wordsInUse;
        } else {
            other = set.toLongArray();
            otherInUse = other.length;
        }
        int wordsInCommon = Math.min(wordsInUse, otherInUse);
        if (wordsInUse < otherInUse) {
            ensureCapacity(otherInUse);
            wordsInUse = otherInUse;
        }
        final long[] w = words;
        for (int i = 0; i < wordsInCommon; i++) {
            w[i] ^= other[i];
        }
        if (wordsInCommon < otherInUse) {
            System.arraycopy(other, wordsInCommon, w, wordsInCommon, otherInUse - wordsInCommon);
        }
        recalculateWordsInUse();
    }

    @Override
    public void andNot(BitSet set) {
        final long[] other;
        final int otherInUse;
        if (set instanceof TrackedBitSet) {
            TrackedBitSet tracked = (TrackedBitSet) set;
            other = tracked.words;
            otherInUse = tracked.wordsInUse;
        } else {
            other = set.toLongArray();
            otherInUse = other.length;
        }
        final long[] w = words;
        for (int i = Math.min(wordsInUse, otherInUse) - 1; i >= 0; i--) {
            w[i] &= ~other[i];
        }
        recalculateWordsInUse();
    }

    /** The JDK's hash: equal for a tracked and a plain set with the same bits. */
    @Override
    public int hashCode() {
        long h = 1234;
        final long[] w = words;
        for (int i = wordsInUse; --i >= 0; ) {
            h ^= w[i] * (i + 1);
        }
        return (int) ((h >> 32) ^ h);
    }

    /** True if {@code obj} is a {@code BitSet} (tracked or plain) with exactly the same bits. */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof BitSet)) {
            return false;
        }
        final long[] other;
        final int otherInUse;
        if (obj instanceof TrackedBitSet) {
            TrackedBitSet tracked = (TrackedBitSet) obj;
            other = tracked.words;
            otherInUse = tracked.wordsInUse;
        } else {
            other = ((BitSet) obj).toLongArray();
            otherInUse = other.length;
        }
        final int n = wordsInUse;
        return n == otherInUse && Arrays.equals(words, 0, n, other, 0, n);
    }

    /**
     * A tracked copy with the same bits (and, if this set's size is sticky, the same size). As
     * the JDK, a set whose size is not sticky is first trimmed to its words in use.
     */
    @Override
    public Object clone() {
        if (!sizeIsSticky) {
            trimToSize();
        }
        // BitSet.clone copies the superclass's empty long[0] into the copy: no other JDK state.
        TrackedBitSet result = (TrackedBitSet) super.clone();
        result.words = words.clone();
        return result;
    }

    private void trimToSize() {
        if (wordsInUse != words.length) {
            words = Arrays.copyOf(words, wordsInUse);
        }
    }

    /** "{i, j, ...}": the indices of the set bits, as the JDK prints them. */
    @Override
    public String toString() {
        final int maxInitialCapacity = Integer.MAX_VALUE - 8;
        int numBits = wordsInUse > 128 ? cardinality() : wordsInUse * BITS_PER_WORD;
        int initialCapacity = numBits <= (maxInitialCapacity - 2) / 6 ? 6 * numBits + 2 : maxInitialCapacity;
        StringBuilder b = new StringBuilder(initialCapacity);
        b.append('{');
        int i = nextSetBit(0);
        if (i != -1) {
            b.append(i);
            while (true) {
                if (++i < 0) {
                    break;
                }
                if ((i = nextSetBit(i)) < 0) {
                    break;
                }
                int endOfRun = nextClearBit(i);
                do {
                    b.append(", ").append(i);
                } while (++i != endOfRun);
            }
        }
        b.append('}');
        return b.toString();
    }

    /** The indices of the set bits in increasing order, late-binding like the JDK's stream. */
    @Override
    public IntStream stream() {
        return StreamSupport.intStream(new BitSpliterator(0, -1, 0, true), false);
    }

    /**
     * Serialization writes a plain {@code java.util.BitSet} with the same bits and the words the
     * JDK would write: all of them if the size is sticky, else the words in use. Like
     * {@code BitSet.writeObject}, it trims this set's own words to those in use when the size is
     * not sticky, so {@link #size()} shrinks as the JDK's does.
     */
    private Object writeReplace() {
        if (!sizeIsSticky) {
            trimToSize();
        }
        BitSet plain;
        if (sizeIsSticky && words.length <= Integer.MAX_VALUE >> ADDRESS_BITS_PER_WORD) {
            plain = new BitSet(words.length << ADDRESS_BITS_PER_WORD);   // same word count, sticky
            plain.or(BitSet.valueOf(toLongArray()));
        } else {
            plain = BitSet.valueOf(toLongArray());
        }
        return plain;
    }

    /** The JDK's spliterator over the set bits, over this set's own words. */
    private final class BitSpliterator implements Spliterator.OfInt {
        @Untracked private int index;     // the current set bit
        @Untracked private int fence;     // -1 until used; then one past the last bit index
        @Untracked private int est;       // the size estimate, exact while root
        @Untracked private boolean root;  // not split yet

        BitSpliterator(int origin, int fence, int est, boolean root) {
            this.index = origin;
            this.fence = fence;
            this.est = est;
            this.root = root;
        }

        private int getFence() {
            int hi = fence;
            if (hi < 0) {
                // the words in use bound the bits; cheap, and lowered when splitting
                hi = fence = wordsInUse >= wordIndex(Integer.MAX_VALUE)
                        ? Integer.MAX_VALUE
                        : wordsInUse << ADDRESS_BITS_PER_WORD;
                est = cardinality();
                index = nextSetBit(0);
            }
            return hi;
        }

        @Override
        public boolean tryAdvance(IntConsumer action) {
            Objects.requireNonNull(action);
            int hi = getFence();
            int i = index;
            if (i < 0 || i >= hi) {
                if (i == Integer.MAX_VALUE && hi == Integer.MAX_VALUE) {   // the bit Integer.MAX_VALUE
                    index = -1;
                    action.accept(Integer.MAX_VALUE);
                    return true;
                }
                return false;
            }
            index = nextSetBit(i + 1, wordIndex(hi - 1));
            action.accept(i);
            return true;
        }

        @Override
        public void forEachRemaining(IntConsumer action) {
            Objects.requireNonNull(action);
            int hi = getFence();
            int i = index;
            index = -1;
            if (i >= 0 && i < hi) {
                action.accept(i++);
                int u = wordIndex(i);
                int v = wordIndex(hi - 1);
                wordsLoop:
                for (; u <= v && i <= hi; u++, i = u << ADDRESS_BITS_PER_WORD) {
                    long word = words[u] & (WORD_MASK << i);
                    while (word != 0) {
                        i = (u << ADDRESS_BITS_PER_WORD) + Long.numberOfTrailingZeros(word);
                        if (i >= hi) {
                            break wordsLoop;   // still check for the bit Integer.MAX_VALUE below
                        }
                        word &= ~(1L << i);
                        action.accept(i);
                    }
                }
            }
            if (i == Integer.MAX_VALUE && hi == Integer.MAX_VALUE) {
                action.accept(Integer.MAX_VALUE);
            }
        }

        /**
         * Splits like the JDK's, except while the calling thread has a world open: then this
         * spliterator's cursor is tracked state owned by that world, which a parallel stream's
         * other threads may not write (they would get a WorldConflictException), so it does not
         * split and the whole traversal stays on the calling thread.
         */
        @Override
        public OfInt trySplit() {
            if (Worlds.depth() > 0) {
                return null;
            }
            int hi = getFence();
            int lo = index;
            if (lo < 0) {
                return null;
            }
            hi = fence = hi < Integer.MAX_VALUE || !get(Integer.MAX_VALUE)
                    ? previousSetBit(hi - 1) + 1
                    : Integer.MAX_VALUE;
            int mid = (lo + hi) >>> 1;
            if (lo >= mid) {
                return null;
            }
            index = nextSetBit(mid, wordIndex(hi - 1));
            root = false;
            return new BitSpliterator(lo, mid, est >>>= 1, false);
        }

        @Override
        public long estimateSize() {
            getFence();
            return est;
        }

        @Override
        public int characteristics() {
            return (root ? Spliterator.SIZED : 0) | Spliterator.ORDERED | Spliterator.DISTINCT | Spliterator.SORTED;
        }

        @Override
        public Comparator<? super Integer> getComparator() {
            return null;
        }
    }
}
