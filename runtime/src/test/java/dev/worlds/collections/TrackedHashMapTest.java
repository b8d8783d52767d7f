package dev.worlds.collections;

import static dev.worlds.collections.HashDifferential.entries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrackedHashMapTest {
    @AfterEach
    void closeWorlds() {
        Worlds.popUntil(0);
    }


    @Test
    void constructorsRefuseWhatHashMapRefuses() {
        assertThrows(IllegalArgumentException.class, () -> new TrackedHashMap<>(-1));
        assertThrows(IllegalArgumentException.class, () -> new TrackedHashMap<>(16, 0f));
        assertThrows(IllegalArgumentException.class, () -> new TrackedHashMap<>(16, -1f));
        assertThrows(IllegalArgumentException.class, () -> new TrackedHashMap<>(16, Float.NaN));
        assertThrows(NullPointerException.class, () -> new TrackedHashMap<>(null));
        assertEquals(0, new TrackedHashMap<>(Integer.MAX_VALUE).size());
    }

    @Test
    void iteratesInHashMapsOrderForTheSameOperations() {
        for (long seed = 0; seed < 40; seed++) {
            HashDifferential.run(new HashMap<>(), new TrackedHashMap<>(), seed, 600, seed % 2 == 0 ? 60 : 3000);
        }
        HashDifferential.run(new HashMap<>(3), new TrackedHashMap<>(3), 41, 800, 400);
        HashDifferential.run(new HashMap<>(100, 0.5f), new TrackedHashMap<>(100, 0.5f), 42, 800, 400);
        HashDifferential.run(new HashMap<>(0, 4f), new TrackedHashMap<>(0, 4f), 43, 800, 400);
    }

    @Test
    void copiesAndClonesIterateInHashMapsOrder() {
        Map<Integer, Integer> source = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            source.put(i * 7919, i);
            HashMap<Integer, Integer> jdk = new HashMap<>(source);
            TrackedHashMap<Integer, Integer> tracked = new TrackedHashMap<>(source);
            assertEquals(entries(jdk), entries(tracked));
            jdk.putAll(source);
            tracked.putAll(source);
            assertEquals(entries(jdk), entries(tracked));
            @SuppressWarnings("unchecked")
            HashMap<Integer, Integer> jdkClone = (HashMap<Integer, Integer>) jdk.clone();
            @SuppressWarnings("unchecked")
            TrackedHashMap<Integer, Integer> trackedClone = (TrackedHashMap<Integer, Integer>) tracked.clone();
            jdkClone.put(-1, -1);
            trackedClone.put(-1, -1);
            assertEquals(entries(jdkClone), entries(trackedClone));
        }
    }

    @Test
    void longBinsOfASmallTableResizeLikeTheJdk() {
        HashMap<Integer, Integer> jdk = new HashMap<>();
        TrackedHashMap<Integer, Integer> tracked = new TrackedHashMap<>();
        for (int i = 0; i < 10; i++) {                // bin 0: the 9th key and the 10th resize (a JDK table < 64 does not treeify)
            jdk.put(i * 64, i);
            tracked.put(i * 64, i);
            assertEquals(entries(jdk), entries(tracked));
        }
        assertEquals(64, tracked.capacity());         // 10 entries: by the load factor, 16 would do
        HashMap<Integer, Integer> jdk2 = new HashMap<>();
        TrackedHashMap<Integer, Integer> tracked2 = new TrackedHashMap<>();
        for (int i = 0; i < 8; i++) {                 // the same through computeIfAbsent, which inserts at the bin's head
            jdk2.computeIfAbsent(i * 64, k -> 1);
            tracked2.computeIfAbsent(i * 64, k -> 1);
            assertEquals(entries(jdk2), entries(tracked2));
        }
        assertEquals(32, tracked2.capacity());
        HashMap<Integer, Integer> jdk3 = new HashMap<>();
        TrackedHashMap<Integer, Integer> tracked3 = new TrackedHashMap<>();
        for (int i = 0; i < 8; i++) {
            jdk3.merge(i * 64 + 2, 1, Integer::sum);
            tracked3.merge(i * 64 + 2, 1, Integer::sum);
            assertEquals(entries(jdk3), entries(tracked3));
        }
    }

    @Test
    void computeFunctionsThatModifyTheMapFailLikeTheJdk() {
        TrackedHashMap<String, Integer> map = new TrackedHashMap<>();
        map.put("a", 1);
        assertThrows(ConcurrentModificationException.class, () -> map.computeIfAbsent("b", k -> map.put("c", 3)));
        assertThrows(ConcurrentModificationException.class, () -> map.compute("d", (k, v) -> map.put("e", 3)));
        assertThrows(ConcurrentModificationException.class, () -> map.computeIfPresent("a", (k, v) -> map.remove("c")));
        assertThrows(ConcurrentModificationException.class, () -> map.merge("a", 2, (x, y) -> map.put("f", 1)));
        assertThrows(NullPointerException.class, () -> map.merge("a", null, (x, y) -> x));
        assertThrows(NullPointerException.class, () -> map.computeIfAbsent("a", null));
        assertThrows(NullPointerException.class, () -> map.forEach(null));
        assertThrows(ConcurrentModificationException.class, () -> map.forEach((k, v) -> map.put(k + "x", v)));
        assertThrows(ConcurrentModificationException.class, () -> map.keySet().forEach(k -> map.remove(k)));
        Iterator<String> it = map.keySet().iterator();
        map.put("new", 0);
        assertThrows(ConcurrentModificationException.class, it::next);
    }

    @Test
    void viewsWriteThrough() {
        TrackedHashMap<String, Integer> map = new TrackedHashMap<>();
        for (int i = 0; i < 20; i++) {
            map.put("k" + i, i);
        }
        assertTrue(map.keySet().remove("k0"));
        assertTrue(map.values().remove(1));
        assertTrue(map.entrySet().remove(Map.entry("k2", 2)));
        assertFalse(map.entrySet().remove(Map.entry("k3", 4)));
        assertTrue(map.keySet().removeIf(k -> k.endsWith("9")));
        assertTrue(map.values().removeIf(v -> v == 4));
        assertTrue(map.entrySet().removeIf(e -> e.getValue() == 5));
        assertTrue(map.keySet().retainAll(List.of("k3", "k6", "k7", "k8", "k10", "k11")));
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            e.setValue(e.getValue() * 10);
        }
        Iterator<String> it = map.keySet().iterator();
        String first = it.next();
        it.remove();
        assertThrows(IllegalStateException.class, it::remove);
        assertFalse(map.containsKey(first));
        assertEquals(5, map.size());
        Map<String, Integer> expected = new HashMap<>(Map.of("k3", 30, "k6", 60, "k7", 70, "k8", 80, "k10", 100, "k11", 110));
        expected.remove(first);
        assertEquals(expected, map);
        assertEquals(map, expected);
        assertEquals(expected.hashCode(), map.hashCode());
        StringBuilder text = new StringBuilder("{");
        map.forEach((k, v) -> text.append(text.length() > 1 ? ", " : "").append(k).append('=').append(v));
        assertEquals(text.append('}').toString(), map.toString());
        map.keySet().clear();
        assertTrue(map.isEmpty());
        assertTrue(map.keySet().spliterator().hasCharacteristics(Spliterator.DISTINCT | Spliterator.SIZED));
    }

    /** A user class extending HashMap, rebased by the weaver. */
    static class Sub extends TrackedHashMap<String, String> {
        private static final long serialVersionUID = 1L;
        String tag = "tag";
    }

    @Test
    void aSubclassSerializesWithItsEntriesAndFields() throws Exception {
        Sub map = new Sub();
        map.put("a", "1");
        map.put(null, null);
        Sub back = (Sub) roundTrip(map);
        assertEquals(map, back);
        assertEquals("tag", back.tag);
        back.put("b", "2");
        assertEquals(3, back.size());
    }

    @Test
    void cloneIsAnIndependentTrackedHashMapOfTheSameClass() {
        Sub map = new Sub();
        map.put("a", "1");
        map.put(null, null);
        Object copy = map.clone();
        assertSame(Sub.class, copy.getClass());
        @SuppressWarnings("unchecked")
        Map<String, String> clone = (Map<String, String>) copy;
        assertEquals(map, clone);
        clone.put("b", "2");
        map.remove("a");
        Map<String, String> expected = new HashMap<>(Map.of("b", "2", "a", "1"));
        expected.put(null, null);
        assertEquals(expected, clone);
        assertEquals(1, map.size());
        assertNotSame(map.keySet(), clone.keySet());
    }

    @Test
    void serializesAsAPlainHashMap() throws Exception {
        TrackedHashMap<String, Integer> map = new TrackedHashMap<>();
        map.put("a", 1);
        map.put(null, 2);
        map.put("c", null);
        Object back = roundTrip(map);
        assertSame(HashMap.class, back.getClass());
        assertEquals(map, back);
    }

    static Object roundTrip(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    // ------------------------------------------------------------------ rollback

    private static TrackedHashMap<Integer, String> filled(int n) {
        TrackedHashMap<Integer, String> map = new TrackedHashMap<>();
        for (int i = 0; i < n; i++) {
            map.put(i, "v" + i);
        }
        return map;
    }

    /** Every mutator and view of the map, including ones that resize the table. */
    static void mutateEverything(Map<Integer, String> map) {
        for (int i = 1000; i < 1300; i++) {
            map.put(i, "new" + i);                   // resizes
        }
        map.put(3, "changed");
        map.remove(4);
        map.remove(5, "v5");
        map.putIfAbsent(6, "no");
        map.putIfAbsent(-6, "yes");
        map.replace(7, "replaced");
        map.replace(8, "v8", "replaced");
        map.computeIfAbsent(-9, k -> "computed");
        map.computeIfPresent(9, (k, v) -> null);
        map.compute(10, (k, v) -> v + "!");
        map.merge(11, "x", String::concat);
        map.merge(12, "x", (a, b) -> null);
        map.replaceAll((k, v) -> k % 3 == 0 ? v + "*" : v);
        map.keySet().remove(13);
        map.values().remove("v14");
        map.entrySet().remove(Map.entry(15, "v15"));
        map.keySet().removeIf(k -> k == 16);
        map.values().removeIf(v -> v.equals("v17"));
        map.entrySet().removeIf(e -> e.getKey() == 18);
        for (Map.Entry<Integer, String> e : map.entrySet()) {
            if (e.getKey() % 5 == 0) {
                e.setValue("set");
            }
        }
        Iterator<Integer> it = map.keySet().iterator();
        it.next();
        it.remove();
        map.putAll(Map.of(-100, "a", -200, "b", 19, "c"));
        map.keySet().retainAll(List.of(1, 2, 3, 1000, -6));
        map.put(null, "null key");
        map.clear();
        map.put(77, "after clear");
    }

    @Test
    void rollsBackEveryMutatorAndView() {
        TrackedHashMap<Integer, String> map = filled(100);
        List<Map.Entry<Object, Object>> before = entries(map);
        Worlds.push();
        mutateEverything(map);
        assertEquals(Map.of(77, "after clear"), map);
        Worlds.pop();
        assertEquals(before, entries(map));
        assertEquals(100, map.size());
        for (int i = 0; i < 100; i++) {
            assertEquals("v" + i, map.get(i));
        }
        assertNull(map.get(77 + 1000));
        assertFalse(map.containsKey(null));
        // the restored table still works: same order as a HashMap given the same operations
        HashMap<Integer, String> jdk = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            jdk.put(i, "v" + i);
        }
        mutateEverything(jdk);
        mutateEverything(map);
        assertEquals(entries(jdk), entries(map));
    }

    @Test
    void nestedWorldsCommitIntoTheParentAndRollBackWithIt() {
        TrackedHashMap<Integer, String> map = filled(10);
        List<Map.Entry<Object, Object>> before = entries(map);
        Worlds.push();
        map.put(100, "outer");
        List<Map.Entry<Object, Object>> outer = entries(map);
        Worlds.push();
        map.remove(1);
        map.put(101, "inner");
        Worlds.pop();
        assertEquals(outer, entries(map));
        Worlds.push();
        map.remove(2);
        for (int i = 200; i < 300; i++) {
            map.put(i, "inner");
        }
        Worlds.commit();
        assertEquals(110, map.size());
        Worlds.pop();
        assertEquals(before, entries(map));
    }

    @Test
    void aMapCreatedInAWorldRollsBackInAWorldNestedInIt() {
        Worlds.push();
        TrackedHashMap<Integer, String> map = filled(50);
        List<Map.Entry<Object, Object>> before = entries(map);
        Worlds.push();
        mutateEverything(map);
        Worlds.pop();
        assertEquals(before, entries(map));
        Worlds.commit();
        assertEquals(before, entries(map));
    }

    @Test
    void anotherThreadMayReadAMapAWorldOwns() throws Exception {
        TrackedHashMap<Integer, String> map = filled(100);
        Worlds.push();
        map.put(-1, "in the world");
        Throwable[] thrown = new Throwable[1];
        Object[] read = new Object[1];
        Thread reader = new Thread(() -> {
            try {
                read[0] = new java.util.ArrayList<>(map.keySet()).size() + map.values().size()
                        + map.entrySet().size() + map.toString().length() + map.hashCode()
                        + (map.equals(new HashMap<>(map)) ? 1 : 0) + map.get(-1).length();
            } catch (Throwable t) {
                thrown[0] = t;
            }
        });
        reader.start();
        reader.join();
        assertNull(thrown[0], () -> String.valueOf(thrown[0]));
        Worlds.pop();
        assertEquals(100, map.size());
    }

    @Test
    void oneChangeToALargeMapRollsBack() {
        TrackedHashMap<Integer, String> map = filled(100_000);
        List<Object> keys = new java.util.ArrayList<>(map.keySet());
        Worlds.push();
        map.put(-1, "one");
        map.remove(500);
        Worlds.pop();
        assertEquals(100_000, map.size());
        assertFalse(map.containsKey(-1));
        assertEquals("v500", map.get(500));
        assertEquals(keys, new java.util.ArrayList<>(map.keySet()));
    }
}
