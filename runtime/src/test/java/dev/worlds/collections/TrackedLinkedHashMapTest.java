package dev.worlds.collections;

import static dev.worlds.collections.HashDifferential.entries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Spliterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrackedLinkedHashMapTest {
    @AfterEach
    void closeWorlds() {
        Worlds.popUntil(0);
    }


    @Test
    void isALinkedHashMap() {
        Object map = new TrackedLinkedHashMap<>();
        assertTrue(map instanceof LinkedHashMap);
    }

    @Test
    void constructorsRefuseWhatLinkedHashMapRefuses() {
        assertThrows(IllegalArgumentException.class, () -> new TrackedLinkedHashMap<>(-1));
        assertThrows(IllegalArgumentException.class, () -> new TrackedLinkedHashMap<>(16, 0f));
        assertThrows(IllegalArgumentException.class, () -> new TrackedLinkedHashMap<>(-1, 0.75f, true));
        assertThrows(IllegalArgumentException.class, () -> new TrackedLinkedHashMap<>(16, Float.NaN, false));
        assertThrows(NullPointerException.class, () -> new TrackedLinkedHashMap<>(null));
    }

    /** A JDK LRU map; records the eldest entries it was asked about. */
    static final class JdkLru<K, V> extends LinkedHashMap<K, V> {
        final List<Object> asked = new ArrayList<>();
        final int max;

        JdkLru(int max, boolean accessOrder) {
            super(4, 0.75f, accessOrder);
            this.max = max;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            asked.add(eldest.getKey() + "=" + eldest.getValue());
            return size() > max;
        }
    }

    /** The same as a woven class extending LinkedHashMap becomes. */
    static final class TrackedLru<K, V> extends TrackedLinkedHashMap<K, V> {
        final List<Object> asked = new ArrayList<>();
        final int max;

        TrackedLru(int max, boolean accessOrder) {
            super(4, 0.75f, accessOrder);
            this.max = max;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            asked.add(eldest.getKey() + "=" + eldest.getValue());
            return size() > max;
        }
    }

    @Test
    void iteratesInLinkedHashMapsOrderForTheSameOperations() {
        for (long seed = 0; seed < 30; seed++) {
            HashDifferential.run(new LinkedHashMap<>(), new TrackedLinkedHashMap<>(), seed, 500, seed % 2 == 0 ? 40 : 2000);
            HashDifferential.run(new LinkedHashMap<>(16, 0.75f, true), new TrackedLinkedHashMap<>(16, 0.75f, true),
                    seed, 500, seed % 2 == 0 ? 40 : 2000);
        }
    }

    @Test
    void removeEldestEntryIsAskedExactlyWhenTheJdkAsksIt() {
        for (long seed = 0; seed < 20; seed++) {
            boolean accessOrder = seed % 2 == 1;
            JdkLru<Integer, Integer> jdk = new JdkLru<>(15, accessOrder);
            TrackedLru<Integer, Integer> tracked = new TrackedLru<>(15, accessOrder);
            HashDifferential.run(jdk, tracked, seed, 400, 60);
            assertEquals(jdk.asked, tracked.asked);
            assertTrue(tracked.size() <= 15);
            // neither a copy constructor nor clone asks
            jdk.asked.clear();
            tracked.asked.clear();
            @SuppressWarnings("unchecked")
            JdkLru<Integer, Integer> jdkClone = (JdkLru<Integer, Integer>) jdk.clone();
            @SuppressWarnings("unchecked")
            TrackedLru<Integer, Integer> trackedClone = (TrackedLru<Integer, Integer>) tracked.clone();
            assertEquals(List.of(), tracked.asked);
            assertEquals(entries(jdkClone), entries(trackedClone));
            // the clone evicts through its own removeEldestEntry
            for (int i = 0; i < 20; i++) {
                jdkClone.put(-i, i);
                trackedClone.put(-i, i);
            }
            assertEquals(entries(jdkClone), entries(trackedClone));
            assertEquals(entries(jdk), entries(tracked));
        }
    }

    @Test
    void accessOrderMovesReadEntriesToTheEndAndCountsAsAModification() {
        TrackedLinkedHashMap<String, Integer> map = new TrackedLinkedHashMap<>(16, 0.75f, true);
        map.put("a", 1);
        map.put("b", 2);
        map.put("c", 3);
        map.get("a");
        assertEquals(List.of("b", "c", "a"), new ArrayList<>(map.keySet()));
        map.getOrDefault("b", 0);
        map.put("c", 4);
        assertEquals(List.of("a", "b", "c"), new ArrayList<>(map.keySet()));
        Iterator<String> it = map.keySet().iterator();
        it.next();
        map.get("a");
        assertThrows(ConcurrentModificationException.class, it::next);
        map.containsKey("b");                       // not an access
        assertEquals(List.of("b", "c", "a"), new ArrayList<>(map.keySet()));
        TrackedLinkedHashMap<String, Integer> insertion = new TrackedLinkedHashMap<>(map);
        insertion.get("b");
        assertEquals(List.of("b", "c", "a"), new ArrayList<>(insertion.keySet()));
    }

    @Test
    void sequencedMethods() {
        TrackedLinkedHashMap<String, Integer> map = new TrackedLinkedHashMap<>();
        assertNull(map.firstEntry());
        assertNull(map.lastEntry());
        assertNull(map.pollFirstEntry());
        assertNull(map.pollLastEntry());
        map.put("a", 1);
        map.put("b", 2);
        map.put("c", 3);
        assertEquals(Map.entry("a", 1), map.firstEntry());
        assertEquals(Map.entry("c", 3), map.lastEntry());
        assertThrows(UnsupportedOperationException.class, () -> map.firstEntry().setValue(9));
        assertNull(map.putFirst("z", 0));
        assertEquals(1, map.putLast("a", 10));
        assertEquals(2, map.putFirst("b", 20));
        assertEquals(List.of("b", "z", "c", "a"), new ArrayList<>(map.keySet()));
        assertEquals(Map.entry("b", 20), map.pollFirstEntry());
        assertEquals(Map.entry("a", 10), map.pollLastEntry());
        assertEquals(List.of("z", "c"), new ArrayList<>(map.keySet()));
        Map<String, Integer> reversed = map.reversedMap();
        assertEquals(List.of("c", "z"), new ArrayList<>(reversed.keySet()));
        assertEquals(List.of(3, 0), new ArrayList<>(reversed.values()));
        assertEquals("{c=3, z=0}", reversed.toString());
        reversed.put("y", 5);
        assertEquals(List.of("y", "c", "z"), new ArrayList<>(reversed.keySet()));
        assertTrue(reversed.keySet().remove("c"));
        Iterator<Map.Entry<String, Integer>> it = reversed.entrySet().iterator();
        assertEquals(Map.entry("y", 5), it.next());
        it.remove();
        assertEquals(Map.of("z", 0), map);
        assertEquals(List.of("z"), new ArrayList<>(map.reversedKeySetView()));
        assertTrue(map.sequencedEntrySetView().spliterator().hasCharacteristics(Spliterator.ORDERED));
    }

    @Test
    void putFirstOfANewKeyIsOneInsertionAndAsksRemoveEldestEntry() {
        TrackedLru<String, Integer> lru = new TrackedLru<>(2, false);
        lru.put("a", 1);
        lru.put("b", 2);
        lru.putFirst("c", 3);                       // the JDK asks about the eldest, now "c" (checked on JDK 25)
        assertEquals(List.of("a=1", "a=1", "c=3"), new ArrayList<>(lru.asked));
        assertEquals(List.of("a", "b"), new ArrayList<>(lru.keySet()));
    }

    @Test
    void cloneAndSerializationKeepOrderAndAccessOrder() throws Exception {
        TrackedLinkedHashMap<String, Integer> map = new TrackedLinkedHashMap<>(16, 0.75f, true);
        map.put("b", 2);
        map.put("a", 1);
        map.put(null, 0);
        @SuppressWarnings("unchecked")
        TrackedLinkedHashMap<String, Integer> clone = (TrackedLinkedHashMap<String, Integer>) map.clone();
        clone.get("b");
        assertEquals(java.util.Arrays.asList("a", null, "b"), new ArrayList<>(clone.keySet()));
        assertEquals(java.util.Arrays.asList("b", "a", null), new ArrayList<>(map.keySet()));
        Object back = TrackedHashMapTest.roundTrip(map);
        assertSame(LinkedHashMap.class, back.getClass());
        @SuppressWarnings("unchecked")
        LinkedHashMap<String, Integer> plain = (LinkedHashMap<String, Integer>) back;
        assertEquals(entries(map), entries(plain));
        plain.get("b");
        assertEquals(java.util.Arrays.asList("a", null, "b"), new ArrayList<>(plain.keySet()));
        TrackedLru<String, Integer> lru = new TrackedLru<>(5, true);
        lru.put("x", 1);
        lru.put("y", 2);
        lru.get("x");
        @SuppressWarnings("unchecked")
        TrackedLru<String, Integer> lruBack = (TrackedLru<String, Integer>) TrackedHashMapTest.roundTrip(lru);
        assertEquals(List.of("y", "x"), new ArrayList<>(lruBack.keySet()));
        lruBack.get("y");
        assertEquals(List.of("x", "y"), new ArrayList<>(lruBack.keySet()));
    }

    // ------------------------------------------------------------------ rollback

    static void mutateEverything(TrackedLinkedHashMap<Integer, String> map) {
        TrackedHashMapTest.mutateEverything(map);
        map.putFirst(1, "first");
        map.putLast(2, "last");
        map.putFirst(77, "moved");
        map.pollFirstEntry();
        map.pollLastEntry();
        map.reversedMap().put(3, "r");
        map.reversedKeySetView().remove(3);
    }

    @Test
    void rollsBackEveryMutatorInInsertionAndAccessOrder() {
        for (boolean accessOrder : new boolean[] {false, true}) {
            TrackedLinkedHashMap<Integer, String> map = new TrackedLinkedHashMap<>(16, 0.75f, accessOrder);
            Random random = new Random(5);
            for (int i = 0; i < 100; i++) {
                map.put(random.nextInt(1000), "v" + i);
            }
            for (int i = 0; i < 100; i++) {
                map.put(i, "v" + i);
            }
            List<Map.Entry<Object, Object>> before = entries(map);
            Worlds.push();
            for (int i = 50; i > 0; i--) {
                map.get(i);
            }
            mutateEverything(map);
            Worlds.pop();
            assertEquals(before, entries(map));
            LinkedHashMap<Integer, String> jdk = new LinkedHashMap<>(16, 0.75f, accessOrder);
            before.forEach(e -> jdk.put((Integer) e.getKey(), (String) e.getValue()));
            TrackedHashMapTest.mutateEverything(jdk);
            TrackedHashMapTest.mutateEverything(map);
            assertEquals(entries(jdk), entries(map));
        }
    }

    @Test
    void evictionsRollBack() {
        TrackedLru<Integer, Integer> lru = new TrackedLru<>(10, true);
        for (int i = 0; i < 10; i++) {
            lru.put(i, i);
        }
        List<Map.Entry<Object, Object>> before = entries(lru);
        Worlds.push();
        for (int i = 100; i < 120; i++) {
            lru.put(i, i);
            lru.get(i - 1);
        }
        assertEquals(10, lru.size());
        Worlds.pop();
        assertEquals(before, entries(lru));
    }

    @Test
    void nestedWorldsAndAMapCreatedInAWorld() {
        TrackedLinkedHashMap<Integer, String> map = new TrackedLinkedHashMap<>();
        map.put(1, "a");
        map.put(2, "b");
        Worlds.push();
        map.putFirst(3, "c");
        Worlds.push();
        map.remove(1);
        map.putLast(2, "B");
        Worlds.commit();
        assertEquals(List.of(3, 2), new ArrayList<>(map.keySet()));
        TrackedLinkedHashMap<Integer, String> inner = new TrackedLinkedHashMap<>(map);
        Worlds.push();
        inner.clear();
        inner.put(9, "z");
        Worlds.pop();
        assertEquals(List.of(3, 2), new ArrayList<>(inner.keySet()));
        Worlds.pop();
        assertEquals(List.of(1, 2), new ArrayList<>(map.keySet()));
        assertEquals("b", map.get(2));
        assertFalse(map.containsKey(3));
    }

    @Test
    void oneChangeToALargeMapRollsBack() {
        TrackedLinkedHashMap<Integer, Integer> map = new TrackedLinkedHashMap<>();
        for (int i = 0; i < 100_000; i++) {
            map.put(i * 31, i);
        }
        List<Map.Entry<Object, Object>> before = entries(map);
        Worlds.push();
        map.putFirst(-1, -1);
        map.remove(31 * 500);
        Worlds.pop();
        assertEquals(before, entries(map));
    }
}
