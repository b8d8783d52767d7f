package dev.worlds.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * Differences from the JDK that {@link CollectionsPropertyTest} found, each reduced to a minimal
 * reproduction, kept as a regression test. One not fixed yet is disabled, and the property leaves
 * its step out (see CollectionKind.without) until it is.
 */
class CollectionsPropertyFindingsTest {
    private static void serialize(Object o) throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(o);
        }
    }

    /**
     * java.util.BitSet.writeObject calls trimToSize() unless the size is sticky (set by the
     * BitSet(int) constructor), so size() shrinks when a set is serialized; TrackedBitSet writes a
     * plain copy through writeReplace and kept its words array: plain 0, tracked 128.
     */
    @Test
    void serializingTrimsTheWordsArrayLikeBitSet() throws IOException {
        BitSet plain = new BitSet();
        BitSet tracked = new TrackedBitSet();
        for (BitSet set : new BitSet[] {plain, tracked}) {
            set.set(100);
            set.clear(100);
            serialize(set);
        }
        assertEquals(plain.size(), tracked.size());
    }

    private static Object roundTrip(Object o) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    /**
     * A HashSet read back iterates in the order its elements were written (its original order)
     * within a table sized by HashSet.readObject from the size (12 elements: 16 bins). TrackedHashSet
     * writes a {@code new HashSet<>(this)} copy, whose table is sized by the copy constructor (32
     * bins), so the copy writes its elements in another order and keys sharing a bin (16 and 0)
     * come back swapped: plain [16, 0, 1, ..., 10], tracked [0, 16, 1, ..., 10]. (Maps agree:
     * HashMap's copy constructor and readObject size the table alike.) Writing a copy made with
     * the tracked set's own capacity and load factor would keep the order.
     */
    @Test
    void aHashSetReadBackIteratesLikeHashSet() throws Exception {
        Set<Integer> plain = new HashSet<>();
        Set<Integer> tracked = new TrackedHashSet<>();
        for (Set<Integer> set : List.of(plain, tracked)) {
            set.add(16);
            for (int i = 0; i <= 10; i++) {
                set.add(i);
            }
        }
        assertEquals(new ArrayList<>(plain), new ArrayList<>(tracked));
        assertEquals(new ArrayList<>((Set<?>) roundTrip(plain)), new ArrayList<>((Set<?>) roundTrip(tracked)));
    }

    /**
     * JDK 17's ArrayDeque.addAll appends through {@code c.forEach(this::addLast)}; with the deque
     * itself as {@code c}, forEach sees its tail move and throws ConcurrentModificationException
     * after appending every element. TrackedArrayDeque appends the same elements and returns true.
     * (ArrayList and LinkedList return true on both sides.)
     */
    @Test
    void anArrayDequeAddingItselfThrowsLikeArrayDeque() {
        ArrayDeque<Integer> plain = new ArrayDeque<>(List.of(1, 2));
        ArrayDeque<Integer> tracked = new TrackedArrayDeque<>(List.of(1, 2));
        assertThrows(ConcurrentModificationException.class, () -> plain.addAll(plain));
        assertEquals(List.of(1, 2, 1, 2), new ArrayList<>(plain));
        assertThrows(ConcurrentModificationException.class, () -> tracked.addAll(tracked));
        assertEquals(List.of(1, 2, 1, 2), new ArrayList<>(tracked));
    }

    /**
     * Since JDK 19 (JDK-8281631) HashMap.readObject sizes its table as {@code ceil(n / loadFactor)}:
     * 16 bins for 12 entries. TrackedHashMap.writeReplace sizes its copy as JDK 17 did,
     * {@code n / loadFactor + 1}: 32 bins, so the copy writes 55 and -8 (one bin of 16, two bins of
     * 32) in another order, and they come back swapped. Passes on JDK 17, fails on JDK 25:
     * plain [0..6, 55, -8, 7, 8, 9], tracked [0..6, -8, 7, 55, 8, 9]. (Writing a copy made with
     * the tracked map's own capacity would keep the order on every JDK.)
     */
    @Test
    @EnabledForJreRange(min = JRE.JAVA_19)
    void aHashMapReadBackIteratesLikeHashMap() throws Exception {
        Map<Integer, Integer> plain = new HashMap<>();
        Map<Integer, Integer> tracked = new TrackedHashMap<>();
        for (Map<Integer, Integer> map : List.of(plain, tracked)) {
            map.put(55, 0);
            map.put(-8, 0);
            for (int i = 0; i < 10; i++) {
                map.put(i, i);
            }
        }
        assertEquals(new ArrayList<>(plain.keySet()), new ArrayList<>(tracked.keySet()));
        assertEquals(new ArrayList<>(((Map<?, ?>) roundTrip(plain)).keySet()),
                new ArrayList<>(((Map<?, ?>) roundTrip(tracked)).keySet()));
    }
}
