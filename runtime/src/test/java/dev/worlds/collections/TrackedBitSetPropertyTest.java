package dev.worlds.collections;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import java.util.BitSet;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.constraints.IntRange;

/**
 * Random operation sequences applied to a {@link TrackedBitSet} and to a {@code java.util.BitSet}
 * give the same answer to every query, and a rolled-back world restores the tracked set to what
 * the plain one held when the world was pushed.
 */
class TrackedBitSetPropertyTest {
    /** Holds both sides: the operations replace the sets sometimes (clone, get(from, to)). */
    static final class Pair {
        BitSet jdk;
        BitSet tracked;

        Pair(BitSet jdk, BitSet tracked) {
            this.jdk = jdk;
            this.tracked = tracked;
        }
    }

    @AfterTry
    void closeWorlds() {
        Worlds.popUntil(0);
    }

    @Property(tries = 300)
    void everyQueryAnswersLikeJavaUtilBitSet(@ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int steps) {
        Random random = new Random(seed);
        Pair pair = newPair(random);
        for (int step = 0; step < steps; step++) {
            String op = applyRandomOperation(random, pair);
            assertSameAnswers(pair.jdk, pair.tracked, random, "seed " + seed + ", step " + step + ": " + op);
        }
    }

    @Property(tries = 200)
    void aRolledBackWorldRestoresTheSet(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int before,
            @ForAll @IntRange(min = 1, max = 60) int inside) {
        Random random = new Random(seed);
        Pair pair = newPair(random);
        for (int step = 0; step < before; step++) {
            applyRandomOperation(random, pair);
        }
        BitSet tracked = pair.tracked;
        BitSet snapshot = snapshot(pair);
        int sizeBefore = tracked.size();
        Worlds.push();
        Pair world = new Pair(snapshot(pair), tracked);
        for (int step = 0; step < inside; step++) {
            applyRandomOperationInPlace(random, world);
        }
        Worlds.pop();
        assertEquals(sizeBefore, tracked.size(), "size after rollback, seed " + seed);
        assertSameAnswers(snapshot, tracked, random, "after rollback, seed " + seed);
    }

    @Property(tries = 100)
    void nestedWorldsCommitIntoTheirParentAndRollBackWithIt(@ForAll long seed) {
        Random random = new Random(seed);
        Pair pair = newPair(random);
        for (int step = 0; step < 20; step++) {
            applyRandomOperation(random, pair);
        }
        BitSet tracked = pair.tracked;
        BitSet atOuterPush = snapshot(pair);
        Worlds.push();
        Pair world = new Pair(snapshot(pair), tracked);
        for (int step = 0; step < 10; step++) {
            applyRandomOperationInPlace(random, world);
        }
        Worlds.push();
        for (int step = 0; step < 10; step++) {
            applyRandomOperationInPlace(random, world);
        }
        Worlds.commit();
        BitSet afterCommit = snapshot(world);
        Worlds.push();
        for (int step = 0; step < 10; step++) {
            applyRandomOperationInPlace(random, world);
        }
        Worlds.pop();
        assertSameAnswers(afterCommit, tracked, random, "after inner rollback, seed " + seed);
        Worlds.pop();
        assertSameAnswers(atOuterPush, tracked, random, "after outer rollback, seed " + seed);
    }

    /**
     * A copy of the plain side. BitSet.clone trims a set whose size is not sticky, so the tracked
     * side is cloned too (and the copy dropped) to keep both sizes equal.
     */
    private static BitSet snapshot(Pair pair) {
        pair.tracked.clone();
        return (BitSet) pair.jdk.clone();
    }

    private static Pair newPair(Random random) {
        switch (random.nextInt(3)) {
            case 0:
                return new Pair(new BitSet(), new TrackedBitSet());
            case 1: {
                int nbits = random.nextInt(300);
                return new Pair(new BitSet(nbits), new TrackedBitSet(nbits));
            }
            default: {
                long[] longs = randomLongs(random);
                return new Pair(BitSet.valueOf(longs), TrackedBitSet.valueOf(longs));
            }
        }
    }

    private static long[] randomLongs(Random random) {
        long[] longs = new long[random.nextInt(6)];
        for (int i = 0; i < longs.length; i++) {
            longs[i] = random.nextInt(4) == 0 ? 0 : random.nextLong();
        }
        return longs;
    }

    /** Mostly small indices (word boundaries), sometimes far ones, sometimes negative ones. */
    private static int index(Random random) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return -1 - random.nextInt(3);
        }
        if (kind == 1) {
            return random.nextInt(5000);
        }
        if (kind == 2) {
            return 64 * random.nextInt(6) + random.nextInt(3) - 1;
        }
        return random.nextInt(330);
    }

    /** A plain set and a tracked one (or a plain one: both kinds of argument) with the same bits. */
    private static BitSet[] otherSets(Random random) {
        BitSet plain = new BitSet();
        int n = random.nextInt(40);
        for (int i = 0; i < n; i++) {
            int from = random.nextInt(400);
            plain.set(from, from + random.nextInt(70));
        }
        plain.andNot(BitSet.valueOf(randomLongs(random)));
        BitSet other = random.nextBoolean() ? TrackedBitSet.valueOf(plain.toLongArray()) : (BitSet) plain.clone();
        return new BitSet[] {plain, other};
    }

    /** Applies one operation to both sides; it may replace the sets (clone, get(from, to)). */
    private static String applyRandomOperation(Random random, Pair pair) {
        int kind = random.nextInt(24);
        if (kind == 22) {
            pair.jdk = (BitSet) pair.jdk.clone();
            pair.tracked = (BitSet) pair.tracked.clone();
            assertEquals(TrackedBitSet.class, pair.tracked.getClass());
            return "clone";
        }
        if (kind == 23) {
            int from = Math.max(0, index(random));
            int to = from + random.nextInt(200);
            pair.jdk = pair.jdk.get(from, to);
            pair.tracked = pair.tracked.get(from, to);
            assertEquals(TrackedBitSet.class, pair.tracked.getClass());
            return "get(" + from + ", " + to + ")";
        }
        return applyRandomOperationInPlace(random, pair);
    }

    /** Applies one mutator to both sides, in place; returns its description. */
    private static String applyRandomOperationInPlace(Random random, Pair pair) {
        BitSet jdk = pair.jdk;
        BitSet tracked = pair.tracked;
        int i = index(random);
        int j = i + random.nextInt(200) - 20;
        boolean value = random.nextBoolean();
        switch (random.nextInt(22)) {
            case 0:
            case 1:
            case 2:
                return both(jdk, tracked, s -> s.set(i), "set(" + i + ")");
            case 3:
                return both(jdk, tracked, s -> s.set(i, value), "set(" + i + ", " + value + ")");
            case 4:
            case 5:
                return both(jdk, tracked, s -> s.set(i, j), "set(" + i + ", " + j + ")");
            case 6:
                return both(jdk, tracked, s -> s.set(i, j, value), "set(" + i + ", " + j + ", " + value + ")");
            case 7:
            case 8:
                return both(jdk, tracked, s -> s.clear(i), "clear(" + i + ")");
            case 9:
                return both(jdk, tracked, s -> s.clear(i, j), "clear(" + i + ", " + j + ")");
            case 10:
                if (random.nextInt(4) == 0) {
                    return both(jdk, tracked, BitSet::clear, "clear()");
                }
                return both(jdk, tracked, s -> s.flip(i), "flip(" + i + ")");
            case 11:
            case 12:
                return both(jdk, tracked, s -> s.flip(i, j), "flip(" + i + ", " + j + ")");
            case 13: {
                BitSet[] other = otherSets(random);
                jdk.and(other[0]);
                tracked.and(other[1]);
                return "and(" + other[0] + ")";
            }
            case 14: {
                BitSet[] other = otherSets(random);
                jdk.or(other[0]);
                tracked.or(other[1]);
                return "or(" + other[0] + ")";
            }
            case 15: {
                BitSet[] other = otherSets(random);
                jdk.xor(other[0]);
                tracked.xor(other[1]);
                return "xor(" + other[0] + ")";
            }
            case 16: {
                BitSet[] other = otherSets(random);
                jdk.andNot(other[0]);
                tracked.andNot(other[1]);
                return "andNot(" + other[0] + ")";
            }
            case 17: {
                int which = random.nextInt(4);
                if (which == 0) {
                    jdk.and(jdk);
                    tracked.and(tracked);
                } else if (which == 1) {
                    jdk.or(jdk);
                    tracked.or(tracked);
                } else if (which == 2) {
                    jdk.xor(jdk);
                    tracked.xor(tracked);
                } else {
                    jdk.andNot(jdk);
                    tracked.andNot(tracked);
                }
                return "with itself " + which;
            }
            case 18: {
                BitSet[] other = otherSets(random);
                BitSet trackedOther = TrackedBitSet.valueOf(other[0].toLongArray());
                trackedOther.or(tracked);   // a tracked set built from both kinds
                BitSet plainOther = (BitSet) other[0].clone();
                plainOther.or(jdk);
                jdk.xor(plainOther);
                tracked.xor(trackedOther);
                return "xor(union)";
            }
            default: {
                int near = 64 * random.nextInt(4) + random.nextInt(3) - 1;   // just before, at, after a word boundary
                return both(jdk, tracked, s -> s.flip(near), "flip(" + near + ")");
            }
        }
    }

    interface Mutator {
        void apply(BitSet set);
    }

    /** Applies {@code mutator} to both; they must both succeed or both throw the same exception. */
    private static String both(BitSet jdk, BitSet tracked, Mutator mutator, String description) {
        RuntimeException jdkFailure = failure(() -> mutator.apply(jdk));
        RuntimeException trackedFailure = failure(() -> mutator.apply(tracked));
        assertEquals(describe(jdkFailure), describe(trackedFailure), description);
        return description;
    }

    private static RuntimeException failure(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static String describe(RuntimeException e) {
        return e == null ? "no exception" : e.getClass().getName() + ": " + e.getMessage();
    }

    /** The query's result, or its exception's class and message. */
    private static Object answer(Supplier<?> query) {
        try {
            return query.get();
        } catch (RuntimeException e) {
            return describe(e);
        }
    }

    /** Every query of BitSet, asked of both sets. */
    static void assertSameAnswers(BitSet jdk, BitSet tracked, Random random, String where) {
        assertEquals(jdk.length(), tracked.length(), where + ": length");
        assertEquals(jdk.size(), tracked.size(), where + ": size");
        assertEquals(jdk.isEmpty(), tracked.isEmpty(), where + ": isEmpty");
        assertEquals(jdk.cardinality(), tracked.cardinality(), where + ": cardinality");
        assertEquals(jdk.hashCode(), tracked.hashCode(), where + ": hashCode");
        assertEquals(jdk.toString(), tracked.toString(), where + ": toString");
        assertArrayEquals(jdk.toLongArray(), tracked.toLongArray(), where + ": toLongArray");
        assertArrayEquals(jdk.toByteArray(), tracked.toByteArray(), where + ": toByteArray");
        assertArrayEquals(jdk.stream().toArray(), tracked.stream().toArray(), where + ": stream");
        assertArrayEquals(jdk.stream().parallel().toArray(), tracked.stream().parallel().toArray(), where + ": parallel stream");
        assertEquals(jdk.stream().spliterator().characteristics(), tracked.stream().spliterator().characteristics(),
                where + ": characteristics");
        assertTrue(tracked.equals(jdk), where + ": tracked.equals(plain)");
        assertTrue(tracked.equals(TrackedBitSet.valueOf(jdk.toLongArray())), where + ": tracked.equals(tracked)");
        assertTrue(tracked.equals(tracked.clone()), where + ": equals its clone");
        assertEquals(((BitSet) jdk.clone()).size(), ((BitSet) tracked.clone()).size(), where + ": clone size");
        assertEquals(jdk.size(), tracked.size(), where + ": size after clone");
        for (int k = 0; k < 12; k++) {
            int from = k < 3 ? k - 2 : index(random);
            int to = from + random.nextInt(150);
            String at = where + " at " + from;
            assertEquals(answer(() -> jdk.get(from)), answer(() -> tracked.get(from)), at + ": get");
            assertEquals(answer(() -> jdk.nextSetBit(from)), answer(() -> tracked.nextSetBit(from)), at + ": nextSetBit");
            assertEquals(answer(() -> jdk.nextClearBit(from)), answer(() -> tracked.nextClearBit(from)), at + ": nextClearBit");
            assertEquals(answer(() -> jdk.previousSetBit(from)), answer(() -> tracked.previousSetBit(from)),
                    at + ": previousSetBit");
            assertEquals(answer(() -> jdk.previousClearBit(from)), answer(() -> tracked.previousClearBit(from)),
                    at + ": previousClearBit");
            Object jdkRange = answer(() -> jdk.get(from, to));
            Object trackedRange = answer(() -> tracked.get(from, to));
            assertEquals(Objects.toString(jdkRange), Objects.toString(trackedRange), at + ": get(from, " + to + ")");
            if (jdkRange instanceof BitSet) {
                assertEquals(((BitSet) jdkRange).size(), ((BitSet) trackedRange).size(), at + ": get(from, to).size");
                assertTrue(trackedRange.equals(jdkRange), at + ": get(from, to) equals");
            }
        }
        BitSet[] other = otherSets(random);
        assertEquals(jdk.intersects(other[0]), tracked.intersects(other[1]), where + ": intersects");
        assertEquals(jdk.equals(other[0]), tracked.equals(other[1]), where + ": equals another");
    }
}
