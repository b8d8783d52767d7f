package dev.worlds.collections;

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
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What Guava's suites do not cover: JDK method coverage, constructors, Java 21 methods, clone, serialization, rollback. */
class TrackedTreeMapTest {

    @AfterEach
    void closeWorlds() {
        Worlds.popUntil(0);
    }


    // ------------------------------------------------------------------ constructors and exceptions

    @Test
    void constructorsMatchTheJdk() {
        assertThrows(NullPointerException.class, () -> new TrackedTreeMap<String, String>((Map<String, String>) null));
        assertThrows(NullPointerException.class,
                () -> new TrackedTreeMap<String, String>((SortedMap<String, String>) null));
        assertNull(new TrackedTreeMap<String, String>((Comparator<String>) null).comparator());

        TreeMap<String, Integer> source = new TreeMap<>(Comparator.reverseOrder());
        source.put("a", 1);
        source.put("c", 3);
        source.put("b", 2);
        TrackedTreeMap<String, Integer> copy = new TrackedTreeMap<>(source);
        assertSame(source.comparator(), copy.comparator());
        assertEquals(List.of("c", "b", "a"), new ArrayList<>(copy.keySet()));

        TrackedTreeMap<String, Integer> natural = new TrackedTreeMap<>(new HashMap<>(source));
        assertNull(natural.comparator());
        assertEquals(List.of("a", "b", "c"), new ArrayList<>(natural.keySet()));
    }

    @Test
    void keysAreCheckedLikeTheJdk() {
        TrackedTreeMap<Object, String> map = new TrackedTreeMap<>();
        assertThrows(NullPointerException.class, () -> map.put(null, "x"));
        assertThrows(ClassCastException.class, () -> map.put(new Object(), "x"));
        assertThrows(NullPointerException.class, () -> map.get(null));
        assertThrows(NullPointerException.class, () -> map.containsKey(null));
        assertTrue(map.isEmpty());
        map.put("a", "x");
        assertThrows(ClassCastException.class, () -> map.put(1, "y"));
        assertThrows(NullPointerException.class, () -> map.computeIfAbsent(null, k -> "v"));
        assertEquals(1, map.size());

        TrackedTreeMap<String, String> nulls = new TrackedTreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        nulls.put(null, "n");
        nulls.put("a", "x");
        assertEquals("n", nulls.get(null));
        assertNull(nulls.firstKey());
    }

    @Test
    void subMapsCheckTheirRanges() {
        TrackedTreeMap<Integer, String> map = new TrackedTreeMap<>();
        for (int i = 0; i < 10; i++) {
            map.put(i, "v" + i);
        }
        NavigableMap<Integer, String> sub = map.subMap(2, true, 6, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sub.put(6, "x"));
        assertEquals("key out of range", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sub.putIfAbsent(1, "x"));
        assertThrows(IllegalArgumentException.class, () -> sub.merge(7, "x", (a, b) -> a));
        assertNull(sub.computeIfAbsent(9, k -> null));
        assertThrows(IllegalArgumentException.class, () -> sub.computeIfAbsent(9, k -> "x"));
        assertThrows(IllegalArgumentException.class, () -> sub.subMap(1, 4));
        assertThrows(IllegalArgumentException.class, () -> map.subMap(5, 2));
        assertThrows(IllegalArgumentException.class, () -> sub.descendingMap().subMap(3, 4));
        assertEquals(List.of(5, 4, 3), new ArrayList<>(sub.descendingMap().subMap(5, true, 2, false).keySet()));
        sub.put(4, "four");
        assertEquals("four", map.get(4));
        sub.descendingMap().headMap(4, false).clear();
        assertEquals(List.of(0, 1, 2, 3, 4, 6, 7, 8, 9), new ArrayList<>(map.keySet()));
        assertEquals(Map.entry(9, "v9"), map.tailMap(8, false).pollFirstEntry());
        assertEquals(3, sub.size());
    }

    @Test
    void snapshotEntriesAreImmutableAndEntrySetEntriesWriteThrough() {
        TrackedTreeMap<String, Integer> map = new TrackedTreeMap<>();
        map.put("a", 1);
        map.put("b", 2);
        assertThrows(UnsupportedOperationException.class, () -> map.firstEntry().setValue(5));
        assertThrows(UnsupportedOperationException.class, () -> map.floorEntry("b").setValue(5));
        Map.Entry<String, Integer> first = map.firstEntry();
        map.put("a", 7);
        assertEquals(1, first.getValue());
        map.entrySet().iterator().next().setValue(9);
        assertEquals(9, map.get("a"));
        map.descendingMap().entrySet().iterator().next().setValue(8);
        assertEquals(8, map.get("b"));
    }

    @Test
    void javaTwentyOneMethods() {
        TrackedTreeMap<String, Integer> map = new TrackedTreeMap<>();
        map.put("a", 1);
        map.put("b", 2);
        assertThrows(UnsupportedOperationException.class, () -> map.putFirst("c", 3));
        assertThrows(UnsupportedOperationException.class, () -> map.putLast("c", 3));
        assertEquals(List.of("b", "a"), new ArrayList<>(map.reversed().keySet()));
        map.reversed().pollFirstEntry();
        assertEquals(List.of("a"), new ArrayList<>(map.sequencedKeySetView()));
        assertEquals(List.of(1), new ArrayList<>(map.sequencedValuesView()));
        assertEquals(1, map.sequencedEntrySetView().size());
    }

    @Test
    void iteratorsFailFast() {
        TrackedTreeMap<Integer, Integer> map = new TrackedTreeMap<>();
        map.put(1, 1);
        map.put(2, 2);
        Iterator<Integer> it = map.keySet().iterator();
        it.next();
        map.put(3, 3);
        assertThrows(ConcurrentModificationException.class, it::next);
        assertThrows(ConcurrentModificationException.class, () -> map.computeIfAbsent(4, k -> {
            map.put(5, 5);
            return 4;
        }));
        Iterator<Integer> empty = new TrackedTreeMap<Integer, Integer>().keySet().iterator();
        assertThrows(NoSuchElementException.class, empty::next);
        assertThrows(IllegalStateException.class, empty::remove);
    }

    // ------------------------------------------------------------------ against java.util.TreeMap

    @Test
    void randomOperationsMatchTreeMap() {
        Random random = new Random(42);
        for (Comparator<Integer> order : List.<Comparator<Integer>>of(Comparator.naturalOrder(), Comparator.reverseOrder())) {
            TrackedTreeMap<Integer, Integer> tracked = new TrackedTreeMap<>(order);
            TreeMap<Integer, Integer> jdk = new TreeMap<>(order);
            for (int step = 0; step < 20_000; step++) {
                int key = random.nextInt(300);
                int op = random.nextInt(12);
                switch (op) {
                    case 0, 1, 2 -> assertEquals(jdk.put(key, step), tracked.put(key, step));
                    case 3 -> assertEquals(jdk.remove(key), tracked.remove(key));
                    case 4 -> assertEquals(jdk.pollFirstEntry(), tracked.pollFirstEntry());
                    case 5 -> assertEquals(jdk.merge(key, 1, Integer::sum), tracked.merge(key, 1, Integer::sum));
                    case 6 -> assertEquals(jdk.compute(key, (k, v) -> v == null ? 1 : null),
                            tracked.compute(key, (k, v) -> v == null ? 1 : null));
                    case 7 -> {
                        int other = key + random.nextInt(40);
                        int lo = order.compare(key, other) <= 0 ? key : other;
                        int hi = lo == key ? other : key;
                        boolean inclusive = random.nextBoolean();
                        removeEvery(jdk.subMap(lo, true, hi, inclusive).descendingMap(), 3);
                        removeEvery(tracked.subMap(lo, true, hi, inclusive).descendingMap(), 3);
                    }
                    case 8 -> {
                        removeEvery(jdk.tailMap(key, false), 4);
                        removeEvery(tracked.tailMap(key, false), 4);
                    }
                    case 9 -> assertEquals(jdk.ceilingEntry(key), tracked.ceilingEntry(key));
                    case 10 -> assertEquals(jdk.headMap(key, false).lastEntry(), tracked.headMap(key, false).lastEntry());
                    default -> assertEquals(jdk.computeIfAbsent(key, k -> -k), tracked.computeIfAbsent(key, k -> -k));
                }
                if (step % 97 == 0) {
                    assertEquals(new ArrayList<>(jdk.entrySet()), new ArrayList<>(tracked.entrySet()));
                    assertEquals(jdk.size(), tracked.size());
                    assertRedBlack(tracked);
                }
            }
            assertEquals(jdk, tracked);
            assertEquals(jdk.hashCode(), tracked.hashCode());
            assertEquals(jdk.toString(), tracked.toString());
            assertRedBlack(tracked);
        }
    }

    private static void removeEvery(Map<Integer, Integer> map, int n) {
        int i = 0;
        for (Iterator<Integer> it = map.keySet().iterator(); it.hasNext(); i++) {
            it.next();
            if (i % n == 0) {
                it.remove();
            }
        }
    }

    /** Checks the tree's links, order, colours and size. */
    static <K, V> void assertRedBlack(TrackedTreeMap<K, V> map) {
        TrackedTreeMap.Node<K, V> root = map.root;
        if (root == null) {
            assertEquals(0, map.size);
            return;
        }
        assertNull(root.parent);
        assertFalse(root.red, "red root");
        int[] count = new int[1];
        blackHeight(map, root, count);
        assertEquals(map.size, count[0], "size");
    }

    private static <K, V> int blackHeight(TrackedTreeMap<K, V> map, TrackedTreeMap.Node<K, V> n, int[] count) {
        if (n == null) {
            return 1;
        }
        count[0]++;
        if (n.left != null) {
            assertSame(n, n.left.parent);
            assertTrue(map.compare(n.left.key, n.key) < 0);
            assertFalse(n.red && n.left.red, "red child of a red node");
        }
        if (n.right != null) {
            assertSame(n, n.right.parent);
            assertTrue(map.compare(n.right.key, n.key) > 0);
            assertFalse(n.red && n.right.red, "red child of a red node");
        }
        int left = blackHeight(map, n.left, count);
        int right = blackHeight(map, n.right, count);
        assertEquals(left, right, "black heights");
        return left + (n.red ? 0 : 1);
    }

    @Test
    void buildingFromSortedMapsGivesValidTrees() {
        for (int n = 0; n < 70; n++) {
            TreeMap<Integer, Integer> source = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                source.put(i, i);
            }
            TrackedTreeMap<Integer, Integer> copy = new TrackedTreeMap<>(source);
            assertRedBlack(copy);
            assertEquals(source, copy);
            TrackedTreeMap<Integer, Integer> viaPutAll = new TrackedTreeMap<>();
            viaPutAll.putAll(source);
            assertRedBlack(viaPutAll);
            assertEquals(source, viaPutAll);
        }
    }

    // ------------------------------------------------------------------ clone and serialization

    static final class Sub<K, V> extends TrackedTreeMap<K, V> {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void cloneCopiesTheTree() {
        TrackedTreeMap<String, Integer> map = new TrackedTreeMap<>(Comparator.reverseOrder());
        for (int i = 0; i < 50; i++) {
            map.put("k" + i, i);
        }
        map.keySet();
        @SuppressWarnings("unchecked")
        TrackedTreeMap<String, Integer> clone = (TrackedTreeMap<String, Integer>) map.clone();
        assertEquals(map, clone);
        assertEquals(new ArrayList<>(map.entrySet()), new ArrayList<>(clone.entrySet()));
        assertSame(map.comparator(), clone.comparator());
        assertNotSame(map.keySet(), clone.keySet());
        clone.remove("k3");
        clone.put("new", 1);
        assertTrue(map.containsKey("k3"));
        assertFalse(map.containsKey("new"));
        assertRedBlack(clone);
        Sub<String, Integer> sub = new Sub<>();
        sub.put("a", 1);
        Object subClone = sub.clone();
        assertEquals(Sub.class, subClone.getClass());
        assertEquals(sub, subClone);
    }

    @Test
    void serializationWritesAJdkTreeMap() throws Exception {
        TrackedTreeMap<String, Integer> map = new TrackedTreeMap<>(Collections.reverseOrder());
        map.put("a", 1);
        map.put("b", null);
        map.put("c", 3);
        Object copy = roundTrip(map);
        assertEquals(TreeMap.class, copy.getClass());
        assertEquals(map, copy);
        assertEquals(List.of("c", "b", "a"), new ArrayList<>(((TreeMap<?, ?>) copy).keySet()));
        Object sub = roundTrip(map.headMap("b", true).descendingMap());
        assertEquals(map.headMap("b", true), sub);
        assertEquals(List.of("b", "c"), new ArrayList<>(((Map<?, ?>) sub).keySet()));
    }

    @Test
    void subclassesSerializeAsThemselves() throws Exception {
        Sub<String, Integer> sub = new Sub<>();
        for (int i = 0; i < 30; i++) {
            sub.put("k" + i, i % 3 == 0 ? null : i);
        }
        Object copy = roundTrip(sub);
        assertEquals(Sub.class, copy.getClass());
        assertEquals(sub, copy);
        assertEquals(new ArrayList<>(sub.entrySet()), new ArrayList<>(((Sub<?, ?>) copy).entrySet()));
        assertRedBlack((Sub<?, ?>) copy);
        ((Sub<String, Integer>) copy).put("new", 1);
        assertEquals(31, ((Sub<?, ?>) copy).size());
    }

    static Object roundTrip(Object o) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    // ------------------------------------------------------------------ rollback

    private static TrackedTreeMap<Integer, String> filled(int n) {
        TrackedTreeMap<Integer, String> map = new TrackedTreeMap<>();
        for (int i = 0; i < n; i++) {
            map.put(i * 2, "v" + i);
        }
        return map;
    }

    @Test
    void rollbackUndoesEveryMutator() {
        TrackedTreeMap<Integer, String> map = filled(40);
        List<Map.Entry<Integer, String>> before = new ArrayList<>(new TreeMap<>(map).entrySet());
        String text = map.toString();
        Worlds.push();
        map.put(1, "one");
        map.put(2, "two");
        map.remove(4);
        map.putIfAbsent(3, "three");
        map.computeIfAbsent(5, k -> "five");
        map.computeIfPresent(6, (k, v) -> null);
        map.compute(8, (k, v) -> v + "!");
        map.merge(10, "x", String::concat);
        map.replace(12, "twelve");
        map.replace(14, "v7", "fourteen");
        map.remove(16, "v8");
        map.pollFirstEntry();
        map.pollLastEntry();
        map.replaceAll((k, v) -> v + "?");
        map.entrySet().iterator().next().setValue("set");
        map.headMap(30).entrySet().removeIf(e -> e.getKey() % 3 == 0);
        map.tailMap(60, true).descendingMap().clear();
        map.navigableKeySet().pollFirst();
        map.descendingKeySet().remove(50);
        map.values().remove("v20");
        Iterator<Integer> it = map.subMap(40, 50).keySet().iterator();
        it.next();
        it.remove();
        map.subMap(40, true, 58, true).put(41, "41");
        map.keySet().retainAll(List.of(41, 42, 44));
        map.putAll(Map.of(100, "a", 101, "b"));
        Worlds.pop();
        assertEquals(before, new ArrayList<>(map.entrySet()));
        assertEquals(text, map.toString());
        assertRedBlack(map);
        map.clear();
        assertTrue(map.isEmpty());
    }

    @Test
    void clearAndRebuildRollBack() {
        TrackedTreeMap<Integer, String> map = filled(10);
        String text = map.toString();
        Worlds.push();
        map.clear();
        map.put(-1, "x");
        Worlds.pop();
        assertEquals(text, map.toString());
        assertRedBlack(map);
    }

    @Test
    void nestedWorldsCommitAndPop() {
        TrackedTreeMap<Integer, String> map = filled(10);
        String outerBefore = map.toString();
        Worlds.push();
        map.put(1, "a");
        String afterOuter = map.toString();
        Worlds.push();
        map.remove(2);
        map.put(3, "b");
        Worlds.push();
        map.clear();
        Worlds.pop();
        Worlds.commit();
        assertEquals(List.of(0, 1, 3, 4), new ArrayList<>(map.headMap(6).keySet()));
        Worlds.push();
        map.put(99, "z");
        Worlds.pop();
        assertFalse(map.containsKey(99));
        Worlds.pop();
        assertEquals(outerBefore, map.toString());
        assertRedBlack(map);
        Worlds.push();
        map.put(1, "a");
        assertEquals(afterOuter, map.toString());
        Worlds.commit();
        assertEquals(afterOuter, map.toString());
    }

    @Test
    void aMapCreatedInsideAWorldWorks() {
        Worlds.push();
        TrackedTreeMap<Integer, String> map = filled(100);
        Worlds.push();
        map.remove(10);
        map.put(11, "x");
        Worlds.pop();
        assertEquals(filled(100), map);
        assertRedBlack(map);
        Worlds.pop();
    }

    @Test
    void anotherThreadReadsAMapAWorldOwns() throws Exception {
        TrackedTreeMap<Integer, String> map = filled(100);
        Worlds.push();
        map.put(1, "one"); // the map now belongs to this thread's world
        java.util.concurrent.atomic.AtomicReference<Object> seen = new java.util.concurrent.atomic.AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                long sum = 0;
                for (Map.Entry<Integer, String> e : map.entrySet()) {
                    sum += e.getKey();
                }
                for (int k : map.descendingKeySet()) {
                    sum += k;
                }
                sum += map.headMap(50).size() + map.tailMap(50).keySet().size() + map.values().size();
                sum += map.firstKey() + map.ceilingKey(3) + map.get(1).length();
                seen.set(sum);
            } catch (Throwable t) {
                seen.set(t);
            }
        });
        reader.start();
        reader.join();
        long expected = 2 * (9900 + 1) + 26 + 75 + 101 + 0 + 4 + 3;
        assertEquals(expected, seen.get());
        Worlds.pop();
    }

    @Test
    void parallelStreamsWorkInAWorld() {
        TrackedTreeMap<Integer, String> map = filled(50_000);
        long expected = map.keySet().stream().mapToLong(Integer::longValue).sum();
        Worlds.push();
        map.put(-2, "x");
        assertEquals(expected - 2, map.keySet().parallelStream().mapToLong(Integer::longValue).sum());
        assertEquals(50_001, map.entrySet().parallelStream().filter(e -> e.getValue() != null).count());
        assertEquals(50_001, map.descendingMap().values().parallelStream().count());
        assertEquals(expected - 2, map.headMap(1 << 30).keySet().parallelStream().mapToLong(Integer::longValue).sum());
        TrackedTreeMap<Integer, String> inner = filled(50_000);
        assertEquals(expected, inner.keySet().parallelStream().mapToLong(Integer::longValue).sum());
        Worlds.pop();
        assertEquals(expected, map.keySet().parallelStream().mapToLong(Integer::longValue).sum());
    }

    @Test
    void oneChangeToALargeMapRollsBack() {
        TrackedTreeMap<Integer, String> map = filled(100_000);
        Worlds.push();
        map.remove(100_000);
        map.put(3, "three");
        Worlds.pop();
        assertEquals(100_000, map.size());
        assertEquals("v50000", map.get(100_000));
        assertFalse(map.containsKey(3));
        assertRedBlack(map);
        int expected = 0;
        for (int key : map.keySet()) {
            assertEquals(expected, key);
            expected += 2;
        }
    }
}
