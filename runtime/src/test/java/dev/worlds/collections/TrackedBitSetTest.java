package dev.worlds.collections;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** TrackedBitSet beyond the random comparison: constructors, plain interop, clone, serialization, rollback. */
class TrackedBitSetTest {
    @AfterEach
    void closeWorlds() {
        Worlds.popUntil(0);
    }


    @Test
    void constructorsSizeLikeTheJdk() {
        NegativeArraySizeException e = assertThrows(NegativeArraySizeException.class, () -> new TrackedBitSet(-1));
        assertEquals("nbits < 0: -1", e.getMessage());
        for (int nbits : new int[] {0, 1, 63, 64, 65, 1000}) {
            assertEquals(new BitSet(nbits).size(), new TrackedBitSet(nbits).size(), "nbits " + nbits);
        }
        assertEquals(new BitSet().size(), new TrackedBitSet().size());
        assertTrue(new TrackedBitSet().isEmpty());
    }

    @Test
    void valueOfReturnsTrackedSetsWithTheJdksBits() {
        long[] longs = {5L, 0L, -1L, 0L, 0L};
        byte[] bytes = {1, 0, (byte) 0x80, 0, 0};
        assertEquals(TrackedBitSet.class, TrackedBitSet.valueOf(longs).getClass());
        assertSameBits(BitSet.valueOf(longs), TrackedBitSet.valueOf(longs));
        assertEquals(BitSet.valueOf(longs).size(), TrackedBitSet.valueOf(longs).size());
        assertSameBits(BitSet.valueOf(LongBuffer.wrap(longs, 1, 3)), TrackedBitSet.valueOf(LongBuffer.wrap(longs, 1, 3)));
        assertSameBits(BitSet.valueOf(bytes), TrackedBitSet.valueOf(bytes));
        assertEquals(BitSet.valueOf(bytes).size(), TrackedBitSet.valueOf(bytes).size());
        ByteBuffer buffer = ByteBuffer.wrap(new byte[] {9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0});
        buffer.position(1);
        assertSameBits(BitSet.valueOf(buffer), TrackedBitSet.valueOf(buffer));
        assertEquals(1, buffer.position(), "valueOf(ByteBuffer) leaves the buffer alone");
        assertArrayEquals(BitSet.valueOf(bytes).toByteArray(), TrackedBitSet.valueOf(bytes).toByteArray());
    }

    /** Compares from the tracked side (a plain receiver would not see the tracked bits: see below). */
    private static void assertSameBits(BitSet plain, BitSet tracked) {
        assertTrue(tracked.equals(plain), () -> tracked + " should equal " + plain);
        assertEquals(plain.toString(), tracked.toString());
    }

    @Test
    void equalsAndHashCodeAgreeWithPlainSetsFromTheTrackedSide() {
        BitSet plain = new BitSet();
        TrackedBitSet tracked = new TrackedBitSet(500);   // a different size does not matter
        for (int i : new int[] {0, 63, 64, 200}) {
            plain.set(i);
            tracked.set(i);
        }
        assertTrue(tracked.equals(plain));
        assertEquals(plain.hashCode(), tracked.hashCode());
        assertEquals(plain.toString(), tracked.toString());
        assertFalse(tracked.equals("not a bit set"));
        assertFalse(tracked.equals(null));
        plain.clear(200);
        assertFalse(tracked.equals(plain));
        tracked.clear(200);
        assertTrue(tracked.equals(plain));
        assertTrue(tracked.intersects(plain));

        TrackedBitSet target = new TrackedBitSet();
        target.or(plain);
        assertTrue(target.equals(plain));
        target.xor(plain);
        assertTrue(target.isEmpty());
        target.set(0, 300);
        target.andNot(plain);
        assertFalse(target.intersects(plain));
        target.set(0, 300);
        target.and(plain);
        assertTrue(target.equals(plain));
        assertThrows(NullPointerException.class, () -> target.and(null));
        assertThrows(NullPointerException.class, () -> target.or(null));
        assertThrows(NullPointerException.class, () -> target.xor(null));
        assertThrows(NullPointerException.class, () -> target.andNot(null));
        assertThrows(NullPointerException.class, () -> target.intersects(null));
    }

    /**
     * Pins the known limitation (see the class doc): java.util.BitSet reads its argument's private
     * fields, which a tracked set leaves empty. If this fails, the JDK or the weaver changed and
     * the class doc must say so.
     */
    @Test
    void aPlainReceiverSeesATrackedArgumentAsEmpty() {
        TrackedBitSet tracked = TrackedBitSet.valueOf(new long[] {6L});
        BitSet plain = BitSet.valueOf(new long[] {6L});
        assertTrue(tracked.equals(plain));
        assertFalse(plain.equals(tracked), "plain.equals(tracked) reads the tracked set's empty JDK words");
        assertTrue(new BitSet().equals(tracked));
        assertFalse(plain.intersects(tracked));
        BitSet or = (BitSet) plain.clone();
        or.or(tracked);
        assertEquals(plain, or);
        BitSet and = (BitSet) plain.clone();
        and.and(tracked);
        assertTrue(and.isEmpty());
    }

    @Test
    void cloneIsTrackedIndependentAndSizedLikeTheJdk() {
        TrackedBitSet sticky = new TrackedBitSet(1000);
        BitSet jdkSticky = new BitSet(1000);
        sticky.set(3);
        jdkSticky.set(3);
        TrackedBitSet copy = (TrackedBitSet) sticky.clone();
        assertEquals(((BitSet) jdkSticky.clone()).size(), copy.size());
        copy.set(4);
        assertFalse(sticky.get(4));
        assertNotSame(sticky.words, copy.words);

        TrackedBitSet grown = new TrackedBitSet();
        BitSet jdkGrown = new BitSet();
        grown.set(1000);
        jdkGrown.set(1000);
        grown.clear(1000);
        jdkGrown.clear(1000);
        grown.set(5);
        jdkGrown.set(5);
        assertEquals(jdkGrown.size(), grown.size());
        assertEquals(((BitSet) jdkGrown.clone()).size(), ((BitSet) grown.clone()).size());
        assertEquals(jdkGrown.size(), grown.size(), "clone trims a set whose size is not sticky, as the JDK");

        class Sub extends TrackedBitSet {
            private static final long serialVersionUID = 1L;
        }
        Sub sub = new Sub();
        sub.set(7);
        Object subCopy = sub.clone();
        assertEquals(Sub.class, subCopy.getClass());
        assertEquals(sub, subCopy);
    }

    @Test
    void getOfARangeIsATrackedSet() {
        TrackedBitSet set = new TrackedBitSet();
        set.set(10, 200);
        BitSet range = set.get(50, 300);
        assertEquals(TrackedBitSet.class, range.getClass());
        BitSet expected = new BitSet();
        expected.set(0, 150);
        assertSameBits(expected, range);
        assertEquals(TrackedBitSet.class, set.get(500, 600).getClass());
    }

    @Test
    void streamsTheSetBitsInOrder() {
        TrackedBitSet set = TrackedBitSet.valueOf(new long[] {0b1011L, 0L, 1L << 63});
        assertEquals(List.of(0, 1, 3, 191), set.stream().boxed().collect(Collectors.toList()));
        assertEquals(195, set.stream().parallel().sum());
        set.set(5000);
        assertEquals(List.of(0, 1, 3, 191, 5000), set.stream().boxed().collect(Collectors.toList()));
    }

    /** Inside a world the spliterator does not split (its cursor is owned by the world): same results. */
    @Test
    void parallelStreamsWorkInsideAWorld() {
        TrackedBitSet set = new TrackedBitSet();
        set.set(0, 100_000);
        long sum = 100_000L * 99_999 / 2;
        Worlds.push();
        assertEquals(sum, set.stream().parallel().asLongStream().sum());
        TrackedBitSet inside = (TrackedBitSet) set.clone();
        inside.clear(0);
        assertEquals(sum, inside.stream().parallel().asLongStream().sum());
        assertEquals(99_999, inside.stream().parallel().count());
        Worlds.pop();
        assertEquals(sum, set.stream().parallel().asLongStream().sum());
    }

    @Test
    void serializesAsAPlainBitSetWithTheJdksWords() throws Exception {
        TrackedBitSet sticky = new TrackedBitSet(1000);
        sticky.set(1);
        sticky.set(130);
        BitSet jdkSticky = new BitSet(1000);
        jdkSticky.set(1);
        jdkSticky.set(130);
        Object copy = roundTrip(sticky);
        assertEquals(BitSet.class, copy.getClass());
        assertEquals(jdkSticky, copy);
        assertEquals(((BitSet) roundTrip(jdkSticky)).size(), ((BitSet) copy).size());

        TrackedBitSet grown = new TrackedBitSet();
        grown.set(700);
        grown.clear(700);
        grown.set(2);
        BitSet jdkGrown = new BitSet();
        jdkGrown.set(700);
        jdkGrown.clear(700);
        jdkGrown.set(2);
        BitSet grownCopy = (BitSet) roundTrip(grown);
        assertEquals(jdkGrown, grownCopy);
        assertEquals(((BitSet) roundTrip(jdkGrown)).size(), grownCopy.size());
        assertEquals(new BitSet(), roundTrip(new TrackedBitSet()));
        assertArrayEquals(serialize(jdkSticky), serialize(sticky), "the same serial bytes as java.util.BitSet");
    }

    /** A woven class that extends BitSet is rebased onto the tracked one: it serializes as itself. */
    static final class Flags extends TrackedBitSet {
        private static final long serialVersionUID = 1L;
        String name = "flags";

        Flags() {
            super(200);
        }
    }

    @Test
    void aSubclassSerializesAsItselfWithItsBits() throws Exception {
        Flags flags = new Flags();
        flags.set(3);
        flags.set(150);
        Flags copy = (Flags) roundTrip(flags);
        assertEquals("flags", copy.name);
        assertEquals(flags, copy);
        assertEquals(flags.size(), copy.size());
        copy.set(500);
        assertTrue(copy.get(500));
        assertFalse(flags.get(500), "the copy has words of its own");
    }

    private static byte[] serialize(Object object) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    private static Object roundTrip(Object object) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialize(object)))) {
            return in.readObject();
        }
    }

    // ---- rollback ---------------------------------------------------------------------------

    private static TrackedBitSet sample() {
        TrackedBitSet set = new TrackedBitSet(100);
        set.set(3);
        set.set(64, 90);
        set.set(99);
        return set;
    }

    private static void assertState(BitSet expected, int expectedSize, TrackedBitSet actual) {
        assertTrue(expected.toString().equals(actual.toString()), () -> "holds " + abbreviate(actual) + " instead of " + abbreviate(expected));
        assertTrue(actual.equals(expected));
        assertEquals(expectedSize, actual.size());
        assertEquals(expected.length(), actual.length());
        assertEquals(expected.cardinality(), actual.cardinality());
        assertEquals(expected.hashCode(), actual.hashCode());
    }

    private static String abbreviate(BitSet set) {
        String text = set.toString();
        return text.length() <= 200 ? text : text.substring(0, 200) + "... (cardinality " + set.cardinality() + ")";
    }

    @Test
    void rollbackUndoesEveryMutator() {
        TrackedBitSet set = sample();
        BitSet before = (BitSet) set.clone();
        int size = set.size();
        Worlds.push();
        set.set(5);
        set.set(6, true);
        set.set(7, false);
        set.set(10, 20);
        set.set(20, 30, true);
        set.set(15, 25, false);
        set.clear(3);
        set.clear(60, 70);
        set.flip(1);
        set.flip(0, 130);
        set.set(5000);   // grows: the size is no longer sticky
        set.and(TrackedBitSet.valueOf(new long[] {-1L, 0xF0F0L}));
        set.or(BitSet.valueOf(new long[] {0L, 0L, 0L, 7L}));
        set.xor(TrackedBitSet.valueOf(new long[] {1L}));
        set.andNot(BitSet.valueOf(new long[] {2L}));
        set.clone();   // trims a set whose size is not sticky
        assertNotEquals(size, set.size());
        set.clear();
        assertTrue(set.isEmpty());
        Worlds.pop();
        assertState(before, size, set);
        set.set(1);   // and the restored set still works
        assertTrue(set.get(1));
    }

    @Test
    void nestedWorldsCommitIntoTheirParentAndRollBackWithIt() {
        TrackedBitSet set = sample();
        BitSet before = (BitSet) set.clone();
        int size = set.size();
        Worlds.push();
        set.clear(64);
        Worlds.push();
        set.set(1000);
        Worlds.commit();
        BitSet afterCommit = (BitSet) set.clone();
        int sizeAfterCommit = set.size();
        Worlds.push();
        set.clear();
        Worlds.pop();
        assertState(afterCommit, sizeAfterCommit, set);
        Worlds.pop();
        assertState(before, size, set);
    }

    @Test
    void aSetCreatedInsideAWorldIsUsable() {
        TrackedBitSet outside = sample();
        BitSet before = (BitSet) outside.clone();
        Worlds.push();
        TrackedBitSet inside = new TrackedBitSet();
        inside.or(outside);
        inside.set(500);
        outside.set(501);
        Worlds.commit();
        assertTrue(inside.get(500));
        assertTrue(outside.get(501));
        Worlds.push();
        inside.clear(500);
        outside.clear(501);
        Worlds.pop();
        assertTrue(inside.get(500));
        assertTrue(outside.get(501));
        outside.clear(501);
        assertTrue(outside.equals(before));
    }

    @Test
    void oneChangeToALargeSetRollsBack() {
        TrackedBitSet set = new TrackedBitSet();
        for (int i = 0; i < 100_000; i += 3) {
            set.set(i);
        }
        BitSet before = (BitSet) set.clone();
        int size = set.size();
        Worlds.push();
        set.flip(50_000);
        Worlds.pop();
        assertState(before, size, set);
    }
}
