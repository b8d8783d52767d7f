package dev.worlds.collections;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.Spliterator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrackedHashSetTest {
    @AfterEach
    void closeWorlds() {
        Worlds.popUntil(0);
    }


    @Test
    void constructorsRefuseWhatHashSetRefuses() {
        assertThrows(IllegalArgumentException.class, () -> new TrackedHashSet<>(-1));
        assertThrows(IllegalArgumentException.class, () -> new TrackedHashSet<>(16, 0f));
        assertThrows(IllegalArgumentException.class, () -> new TrackedHashSet<>(16, Float.NaN));
        assertThrows(NullPointerException.class, () -> new TrackedHashSet<>(null));
    }

    /** Same random operations on a HashSet and a TrackedHashSet: same answers, same iteration order. */
    static void differential(Set<Integer> jdk, Set<Integer> tracked, long seed) {
        Random random = new Random(seed);
        for (int step = 0; step < 800; step++) {
            Integer k = HashDifferential.key(random, seed % 2 == 0 ? 50 : 2000);
            String what = "seed " + seed + " step " + step;
            switch (random.nextInt(8)) {
                case 0, 1, 2 -> assertEquals(jdk.add(k), tracked.add(k), what);
                case 3 -> assertEquals(jdk.remove(k), tracked.remove(k), what);
                case 4 -> assertEquals(jdk.contains(k), tracked.contains(k), what);
                case 5 -> {
                    List<Integer> more = new ArrayList<>();
                    for (int i = random.nextInt(20); i > 0; i--) {
                        more.add(HashDifferential.key(random, 2000));
                    }
                    assertEquals(jdk.addAll(more), tracked.addAll(more), what);
                }
                case 6 -> assertEquals(jdk.removeIf(x -> x != null && x % 7 == 0), tracked.removeIf(x -> x != null && x % 7 == 0), what);
                default -> {
                    Iterator<Integer> a = jdk.iterator();
                    Iterator<Integer> b = tracked.iterator();
                    if (a.hasNext()) {
                        assertEquals(a.next(), b.next(), what);
                        a.remove();
                        b.remove();
                    }
                }
            }
            assertEquals(new ArrayList<>(jdk), new ArrayList<>(tracked), what);
        }
    }

    @Test
    void iteratesInHashSetsOrderForTheSameOperations() {
        for (long seed = 0; seed < 20; seed++) {
            differential(new HashSet<>(), new TrackedHashSet<>(), seed);
        }
        differential(new HashSet<>(2, 3f), new TrackedHashSet<>(2, 3f), 99);
        List<Integer> source = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            source.add(i * 7919);
            assertEquals(new ArrayList<>(new HashSet<>(source)), new ArrayList<>(new TrackedHashSet<>(source)));
        }
    }

    @Test
    void arraysStreamsAndSpliterator() {
        TrackedHashSet<String> set = new TrackedHashSet<>(List.of("a", "b", "c", "d"));
        HashSet<String> jdk = new HashSet<>(List.of("a", "b", "c", "d"));
        assertArrayEquals(jdk.toArray(), set.toArray());
        assertArrayEquals(jdk.toArray(new String[0]), set.toArray(new String[0]));
        String[] big = {"x", "x", "x", "x", "x", "x"};
        assertSame(big, set.toArray(big));
        assertEquals(null, big[4]);
        assertArrayEquals(jdk.toArray(String[]::new), set.toArray(String[]::new));
        assertEquals(jdk.stream().collect(Collectors.toList()), set.stream().collect(Collectors.toList()));
        assertEquals(jdk.parallelStream().collect(Collectors.toSet()), set.parallelStream().collect(Collectors.toSet()));
        assertTrue(set.spliterator().hasCharacteristics(Spliterator.DISTINCT | Spliterator.SIZED));
        assertEquals(jdk, set);
        assertEquals(set, jdk);
        assertEquals(jdk.hashCode(), set.hashCode());
        assertEquals(jdk.toString(), set.toString());
        assertTrue(set.containsAll(List.of("a", "d")));
        assertTrue(set.retainAll(List.of("a", "b", "c")));
        assertTrue(set.removeAll(List.of("a")));
        assertEquals(Set.of("b", "c"), set);
        assertThrows(ConcurrentModificationException.class, () -> set.forEach(set::remove));
    }

    /** A user class extending HashSet, rebased by the weaver. */
    static class Sub extends TrackedHashSet<String> {
        private static final long serialVersionUID = 1L;
        String tag = "tag";
    }

    @Test
    void cloneAndSerialization() throws Exception {
        Sub set = new Sub();
        set.add("a");
        set.add(null);
        Object copy = set.clone();
        assertSame(Sub.class, copy.getClass());
        @SuppressWarnings("unchecked")
        Set<String> clone = (Set<String>) copy;
        clone.add("b");
        set.remove("a");
        assertEquals(new HashSet<>(java.util.Arrays.asList("a", "b", null)), clone);
        assertEquals(1, set.size());
        Object back = TrackedHashMapTest.roundTrip(new TrackedHashSet<>(clone));
        assertSame(HashSet.class, back.getClass());
        assertEquals(clone, back);
        Sub sub = (Sub) TrackedHashMapTest.roundTrip(clone);      // a subclass keeps its class and fields
        assertEquals(clone, sub);
        assertEquals("tag", sub.tag);
        assertTrue(sub.add("c"));
        assertTrue(sub.remove("a"));
        assertEquals(new HashSet<>(java.util.Arrays.asList("b", "c", null)), sub);
    }

    static void mutateEverything(Collection<Integer> set) {
        for (int i = 1000; i < 1300; i++) {
            set.add(i);
        }
        set.remove(3);
        set.removeIf(x -> x % 11 == 0);
        set.removeAll(List.of(4, 5, 1000));
        set.retainAll(new HashSet<>(List.of(1, 2, 6, 7, 8, 1001, 1002)));
        Iterator<Integer> it = set.iterator();
        it.next();
        it.remove();
        set.addAll(List.of(-1, -2));
        set.add(null);
        set.clear();
        set.add(42);
    }

    @Test
    void rollsBackEveryMutator() {
        TrackedHashSet<Integer> set = new TrackedHashSet<>();
        for (int i = 0; i < 100; i++) {
            set.add(i);
        }
        List<Integer> before = new ArrayList<>(set);
        Worlds.push();
        mutateEverything(set);
        assertEquals(Set.of(42), set);
        Worlds.pop();
        assertEquals(before, new ArrayList<>(set));
        HashSet<Integer> jdk = new HashSet<>(before);
        mutateEverything(jdk);
        mutateEverything(set);
        assertEquals(new ArrayList<>(jdk), new ArrayList<>(set));
    }

    @Test
    void nestedWorldsAndASetCreatedInAWorld() {
        TrackedHashSet<Integer> set = new TrackedHashSet<>(List.of(1, 2, 3));
        Worlds.push();
        set.add(4);
        Worlds.push();
        set.remove(1);
        Worlds.commit();
        TrackedHashSet<Integer> inner = new TrackedHashSet<>(List.of(7, 8));
        Worlds.push();
        inner.add(9);
        inner.remove(7);
        Worlds.pop();
        assertEquals(List.of(7, 8), new ArrayList<>(inner));
        assertEquals(Set.of(2, 3, 4), set);
        Worlds.pop();
        assertEquals(List.of(1, 2, 3), new ArrayList<>(set));
    }

    @Test
    void oneChangeToALargeSetRollsBack() {
        TrackedHashSet<Integer> set = new TrackedHashSet<>();
        for (int i = 0; i < 100_000; i++) {
            set.add(i);
        }
        List<Integer> before = new ArrayList<>(set);
        Worlds.push();
        set.add(-5);
        set.remove(777);
        Worlds.pop();
        assertEquals(before, new ArrayList<>(set));
        assertFalse(set.contains(-5));
    }
}
