package dev.worlds.collections;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What Guava's suites do not cover: JDK method coverage, constructors, Java 21 methods, clone, serialization, rollback. */
class TrackedTreeSetTest {

    @AfterEach
    void closeWorlds() {
        Worlds.popUntil(0);
    }


    @Test
    void constructorsMatchTheJdk() {
        assertThrows(NullPointerException.class, () -> new TrackedTreeSet<String>((Collection<String>) null));
        assertThrows(NullPointerException.class, () -> new TrackedTreeSet<String>((SortedSet<String>) null));
        assertNull(new TrackedTreeSet<String>((Comparator<String>) null).comparator());
        TreeSet<String> source = new TreeSet<>(Comparator.reverseOrder());
        source.addAll(List.of("a", "c", "b"));
        TrackedTreeSet<String> copy = new TrackedTreeSet<>(source);
        assertSame(source.comparator(), copy.comparator());
        assertEquals(List.of("c", "b", "a"), new ArrayList<>(copy));
        TrackedTreeMapTest.assertRedBlack(backing(copy));
        TrackedTreeSet<String> natural = new TrackedTreeSet<>(List.of("b", "a", "c"));
        assertNull(natural.comparator());
        assertEquals(List.of("a", "b", "c"), new ArrayList<>(natural));
        TrackedTreeSet<Object> objects = new TrackedTreeSet<>();
        assertThrows(NullPointerException.class, () -> objects.add(null));
        assertThrows(ClassCastException.class, () -> objects.add(new Object()));
        assertTrue(objects.isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static <E> TrackedTreeMap<E, Object> backing(TrackedTreeSet<E> set) {
        return (TrackedTreeMap<E, Object>) set.backingMap();
    }

    @Test
    void javaTwentyOneMethods() {
        TrackedTreeSet<Integer> set = new TrackedTreeSet<>(List.of(3, 1, 2));
        assertThrows(UnsupportedOperationException.class, () -> set.addFirst(0));
        assertThrows(UnsupportedOperationException.class, () -> set.addLast(9));
        assertEquals(1, set.getFirst());
        assertEquals(3, set.getLast());
        assertEquals(List.of(3, 2, 1), new ArrayList<>(set.reversed()));
        assertEquals(1, set.removeFirst());
        assertEquals(3, set.removeLast());
        assertEquals(List.of(2), new ArrayList<>(set));
        set.clear();
        assertThrows(NoSuchElementException.class, set::getFirst);
        assertThrows(NoSuchElementException.class, set::getLast);
        assertThrows(NoSuchElementException.class, set::removeFirst);
        assertThrows(NoSuchElementException.class, set::removeLast);
    }

    @Test
    void viewsWriteThroughAndCheckRanges() {
        TrackedTreeSet<Integer> set = new TrackedTreeSet<>();
        for (int i = 0; i < 10; i++) {
            set.add(i);
        }
        NavigableSet<Integer> sub = set.subSet(2, true, 6, false);
        assertEquals(TrackedTreeSet.class, sub.getClass());
        assertThrows(IllegalArgumentException.class, () -> sub.add(7));
        assertThrows(IllegalArgumentException.class, () -> sub.headSet(8));
        sub.remove(3);
        sub.descendingSet().pollFirst();
        assertEquals(List.of(0, 1, 2, 4, 6, 7, 8, 9), new ArrayList<>(set));
        set.tailSet(7).clear();
        assertEquals(List.of(4, 2, 1, 0), new ArrayList<>(set.descendingSet().tailSet(5)));
        Iterator<Integer> it = set.descendingIterator();
        it.next();
        it.remove();
        assertEquals(List.of(0, 1, 2, 4), new ArrayList<>(set));
        Spliterator<Integer> spliterator = set.descendingSet().spliterator();
        assertTrue(spliterator.hasCharacteristics(Spliterator.SORTED));
        assertEquals(Comparator.reverseOrder(), spliterator.getComparator());
        assertArrayEquals(new Integer[] {0, 1, 2, 4}, set.toArray(Integer[]::new));
        Integer[] big = {9, 9, 9, 9, 9, 9};
        assertSame(big, set.toArray(big));
        assertNull(big[4]);
    }

    @Test
    void randomOperationsMatchTreeSet() {
        Random random = new Random(7);
        TrackedTreeSet<Integer> tracked = new TrackedTreeSet<>();
        TreeSet<Integer> jdk = new TreeSet<>();
        for (int step = 0; step < 20_000; step++) {
            int e = random.nextInt(500);
            switch (random.nextInt(8)) {
                case 0, 1, 2 -> assertEquals(jdk.add(e), tracked.add(e));
                case 3 -> assertEquals(jdk.remove(e), tracked.remove(e));
                case 4 -> assertEquals(jdk.pollFirst(), tracked.pollFirst());
                case 5 -> assertEquals(jdk.higher(e), tracked.higher(e));
                case 6 -> assertEquals(jdk.headSet(e, true).descendingSet().pollFirst(),
                        tracked.headSet(e, true).descendingSet().pollFirst());
                default -> assertEquals(jdk.tailSet(e).removeIf(x -> x % 5 == 0), tracked.tailSet(e).removeIf(x -> x % 5 == 0));
            }
        }
        assertEquals(jdk, tracked);
        assertEquals(new ArrayList<>(jdk), new ArrayList<>(tracked));
        assertEquals(jdk.hashCode(), tracked.hashCode());
        assertEquals(jdk.toString(), tracked.toString());
    }

    static final class Sub<E> extends TrackedTreeSet<E> {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void cloneCopiesTheElements() {
        TrackedTreeSet<String> set = new TrackedTreeSet<>(Comparator.reverseOrder());
        set.addAll(List.of("a", "b", "c"));
        @SuppressWarnings("unchecked")
        TrackedTreeSet<String> clone = (TrackedTreeSet<String>) set.clone();
        assertEquals(set, clone);
        assertSame(set.comparator(), clone.comparator());
        clone.add("d");
        assertFalse(set.contains("d"));
        @SuppressWarnings("unchecked")
        TrackedTreeSet<String> viewClone = (TrackedTreeSet<String>) ((TrackedTreeSet<String>) set.headSet("b", true)).clone();
        assertEquals(List.of("c", "b"), new ArrayList<>(viewClone));
        viewClone.add("a");
        assertEquals(List.of("c", "b", "a"), new ArrayList<>(set));
        Sub<String> sub = new Sub<>();
        sub.add("x");
        assertEquals(Sub.class, sub.clone().getClass());
        assertEquals(sub, sub.clone());
    }

    @Test
    void serializationWritesAJdkTreeSet() throws Exception {
        TrackedTreeSet<String> set = new TrackedTreeSet<>(Comparator.reverseOrder());
        set.addAll(List.of("a", "b", "c"));
        Object copy = TrackedTreeMapTest.roundTrip(set);
        assertEquals(TreeSet.class, copy.getClass());
        assertEquals(set, copy);
        assertEquals(List.of("c", "b", "a"), new ArrayList<>((TreeSet<?>) copy));
        Object view = TrackedTreeMapTest.roundTrip(set.descendingSet().headSet("b"));
        assertEquals(TreeSet.class, view.getClass());
        assertEquals(List.of("a"), new ArrayList<>((TreeSet<?>) view));
    }

    @Test
    void subclassesSerializeAsThemselves() throws Exception {
        Sub<Integer> sub = new Sub<>();
        for (int i = 0; i < 30; i++) {
            sub.add(i * 7 % 31);
        }
        Object copy = TrackedTreeMapTest.roundTrip(sub);
        assertEquals(Sub.class, copy.getClass());
        assertEquals(sub, copy);
        assertEquals(new ArrayList<>(sub), new ArrayList<>((Sub<?>) copy));
        TrackedTreeMapTest.assertRedBlack(backing((Sub<?>) copy));
    }

    // ------------------------------------------------------------------ rollback

    private static TrackedTreeSet<Integer> filled(int n) {
        TrackedTreeSet<Integer> set = new TrackedTreeSet<>();
        for (int i = 0; i < n; i++) {
            set.add(i * 2);
        }
        return set;
    }

    @Test
    void rollbackUndoesEveryMutator() {
        TrackedTreeSet<Integer> set = filled(40);
        List<Integer> before = new ArrayList<>(new TreeSet<>(set));
        Worlds.push();
        set.add(1);
        set.remove(4);
        set.pollFirst();
        set.pollLast();
        set.removeFirst();
        set.removeLast();
        set.addAll(List.of(101, 103));
        set.removeAll(List.of(10, 12));
        set.removeIf(e -> e % 7 == 0);
        set.headSet(30).retainAll(List.of(16, 18));
        set.tailSet(60, false).clear();
        set.subSet(40, 50).add(41);
        set.descendingSet().pollFirst();
        Iterator<Integer> it = set.iterator();
        it.next();
        it.remove();
        Worlds.pop();
        assertEquals(before, new ArrayList<>(set));
        assertEquals(40, set.size());
        TrackedTreeMapTest.assertRedBlack(backing(set));
    }

    @Test
    void nestedWorldsCommitAndPop() {
        TrackedTreeSet<Integer> set = filled(10);
        String before = set.toString();
        Worlds.push();
        set.add(1);
        Worlds.push();
        set.remove(2);
        Worlds.push();
        set.clear();
        Worlds.pop();
        Worlds.commit();
        assertEquals(List.of(0, 1, 4), new ArrayList<>(set.headSet(6)));
        Worlds.pop();
        assertEquals(before, set.toString());
    }

    @Test
    void aSetCreatedInsideAWorldWorks() {
        Worlds.push();
        TrackedTreeSet<Integer> set = filled(100);
        Worlds.push();
        set.remove(10);
        set.add(11);
        Worlds.pop();
        assertEquals(filled(100), set);
        Worlds.pop();
    }

    @Test
    void parallelStreamsWorkInAWorld() {
        TrackedTreeSet<Integer> set = filled(50_000);
        long expected = set.stream().mapToLong(Integer::longValue).sum();
        Worlds.push();
        set.add(-2);
        assertEquals(expected - 2, set.parallelStream().mapToLong(Integer::longValue).sum());
        assertEquals(50_001, set.descendingSet().parallelStream().count());
        assertEquals(expected - 2, set.headSet(1 << 30).parallelStream().mapToLong(Integer::longValue).sum());
        Worlds.pop();
        assertEquals(expected, set.parallelStream().mapToLong(Integer::longValue).sum());
    }

    @Test
    void oneChangeToALargeSetRollsBack() {
        TrackedTreeSet<Integer> set = filled(100_000);
        Worlds.push();
        set.remove(100_000);
        set.add(3);
        Worlds.pop();
        assertEquals(100_000, set.size());
        assertTrue(set.contains(100_000));
        assertFalse(set.contains(3));
        int expected = 0;
        for (int e : set) {
            assertEquals(expected, e);
            expected += 2;
        }
    }
}
