package dev.worlds.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrackedLinkedHashSetTest {
    @AfterEach
    void closeWorlds() {
        Worlds.popUntil(0);
    }


    @Test
    void constructorsRefuseWhatLinkedHashSetRefuses() {
        assertThrows(IllegalArgumentException.class, () -> new TrackedLinkedHashSet<>(-1));
        assertThrows(IllegalArgumentException.class, () -> new TrackedLinkedHashSet<>(16, 0f));
        assertThrows(NullPointerException.class, () -> new TrackedLinkedHashSet<>(null));
        Object set = new TrackedLinkedHashSet<>(List.of(3, 1, 2));
        assertTrue(set instanceof LinkedHashSet);
        assertEquals(List.of(3, 1, 2), new ArrayList<>((Set<?>) set));
    }

    @Test
    void iteratesInLinkedHashSetsOrderForTheSameOperations() {
        for (long seed = 0; seed < 20; seed++) {
            TrackedHashSetTest.differential(new LinkedHashSet<>(), new TrackedLinkedHashSet<>(), seed);
        }
        assertTrue(new TrackedLinkedHashSet<>().spliterator().hasCharacteristics(Spliterator.ORDERED | Spliterator.DISTINCT));
    }

    @Test
    void sequencedMethods() {
        TrackedLinkedHashSet<String> set = new TrackedLinkedHashSet<>();
        assertThrows(NoSuchElementException.class, set::getFirst);
        assertThrows(NoSuchElementException.class, set::getLast);
        assertThrows(NoSuchElementException.class, set::removeFirst);
        assertThrows(NoSuchElementException.class, set::removeLast);
        set.addAll(List.of("a", "b", "c"));
        set.addFirst("z");
        set.addLast("a");
        set.addFirst("c");
        assertEquals(List.of("c", "z", "b", "a"), new ArrayList<>(set));
        assertEquals("c", set.getFirst());
        assertEquals("a", set.getLast());
        assertEquals("c", set.removeFirst());
        assertEquals("a", set.removeLast());
        assertEquals(List.of("z", "b"), new ArrayList<>(set));
        Set<String> reversed = set.reversedSet();
        assertEquals(List.of("b", "z"), new ArrayList<>(reversed));
        reversed.add("y");                           // as on JDK 21: added to the set's end
        assertEquals(List.of("z", "b", "y"), new ArrayList<>(set));
        assertEquals(List.of("y", "b", "z"), new ArrayList<>(reversed));
        assertTrue(reversed.remove("b"));
        assertEquals("[y, z]", reversed.toString());
    }

    @Test
    void cloneAndSerializationKeepTheOrder() throws Exception {
        TrackedLinkedHashSet<String> set = new TrackedLinkedHashSet<>(Arrays.asList("q", null, "a"));
        @SuppressWarnings("unchecked")
        TrackedLinkedHashSet<String> clone = (TrackedLinkedHashSet<String>) set.clone();
        clone.add("b");
        set.remove("q");
        assertEquals(Arrays.asList("q", null, "a", "b"), new ArrayList<>(clone));
        assertEquals(Arrays.asList(null, "a"), new ArrayList<>(set));
        Object back = TrackedHashMapTest.roundTrip(clone);
        assertSame(LinkedHashSet.class, back.getClass());
        assertEquals(new ArrayList<>(clone), new ArrayList<>((Set<?>) back));
        assertEquals(new HashSet<>(clone), back);
    }

    @Test
    void rollsBackEveryMutator() {
        TrackedLinkedHashSet<Integer> set = new TrackedLinkedHashSet<>();
        for (int i = 100; i > 0; i--) {
            set.add(i * 13);
        }
        List<Integer> before = new ArrayList<>(set);
        Worlds.push();
        TrackedHashSetTest.mutateEverything(set);
        set.addFirst(5);
        set.addLast(42);
        set.addFirst(6);
        set.removeLast();
        set.reversedSet().add(9);
        Worlds.pop();
        assertEquals(before, new ArrayList<>(set));
        LinkedHashSet<Integer> jdk = new LinkedHashSet<>(before);
        TrackedHashSetTest.mutateEverything(jdk);
        TrackedHashSetTest.mutateEverything(set);
        assertEquals(new ArrayList<>(jdk), new ArrayList<>(set));
    }

    @Test
    void nestedWorldsAndOneChangeToALargeSet() {
        TrackedLinkedHashSet<Integer> set = new TrackedLinkedHashSet<>();
        for (int i = 0; i < 100_000; i++) {
            set.add(100_000 - i);
        }
        List<Integer> before = new ArrayList<>(set);
        Worlds.push();
        set.addFirst(0);
        Worlds.push();
        set.remove(5);
        Worlds.commit();
        TrackedLinkedHashSet<Integer> inner = new TrackedLinkedHashSet<>(List.of(1, 2));
        Worlds.push();
        inner.addFirst(2);
        Worlds.pop();
        assertEquals(List.of(1, 2), new ArrayList<>(inner));
        assertEquals(0, set.getFirst());
        Worlds.pop();
        assertEquals(before, new ArrayList<>(set));
    }
}
