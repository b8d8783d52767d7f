package dev.worlds.collections;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.testing.SpliteratorTester;
import dev.worlds.Worlds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What Guava's queue suite does not cover: constructors, array order against the JDK, streams, serialization, rollback. */
class TrackedPriorityQueueTest {
    @AfterEach
    void closeWorlds() {
        Worlds.popUntil(0);
    }


    @Test
    void constructorsRejectWhatTheJdkRejects() {
        assertThrows(IllegalArgumentException.class, () -> new TrackedPriorityQueue<>(0));
        assertThrows(IllegalArgumentException.class, () -> new TrackedPriorityQueue<>(-1));
        assertThrows(IllegalArgumentException.class, () -> new TrackedPriorityQueue<>(0, Comparator.naturalOrder()));
        assertThrows(NullPointerException.class, () -> new TrackedPriorityQueue<>((Collection<String>) null));
        assertThrows(NullPointerException.class, () -> new TrackedPriorityQueue<>((PriorityQueue<String>) null));
        assertThrows(NullPointerException.class, () -> new TrackedPriorityQueue<>((SortedSet<String>) null));
        assertThrows(NullPointerException.class, () -> new TrackedPriorityQueue<>(Arrays.asList("a", null)));
        assertThrows(NullPointerException.class, () -> new TrackedPriorityQueue<>(Collections.singletonList(null)));
        assertThrows(ClassCastException.class, () -> new TrackedPriorityQueue<>(List.of(new Object(), new Object())));
        assertThrows(ClassCastException.class, () -> new TrackedPriorityQueue<Object>().add(new Object()));
        assertThrows(NullPointerException.class, () -> new TrackedPriorityQueue<String>().offer(null));
        new TrackedPriorityQueue<>(1);   // 1 is the least allowed capacity
    }

    @Test
    void constructorsTakeTheOrderingOfSortedSetsAndPriorityQueues() {
        Comparator<String> reverse = Collections.reverseOrder();
        TreeSet<String> sorted = new TreeSet<>(reverse);
        sorted.addAll(List.of("a", "c", "b"));
        PriorityQueue<String> jdk = new PriorityQueue<>(reverse);
        jdk.addAll(List.of("a", "d", "b", "c"));
        TrackedPriorityQueue<String> tracked = new TrackedPriorityQueue<>(reverse);
        tracked.addAll(List.of("a", "d", "b", "c"));

        assertSame(reverse, new TrackedPriorityQueue<>(sorted).comparator());
        assertSame(reverse, new TrackedPriorityQueue<>((Collection<String>) sorted).comparator());
        assertEquals(List.of("c", "b", "a"), List.of(new TrackedPriorityQueue<>(sorted).toArray()));
        for (PriorityQueue<String> source : List.of(jdk, tracked)) {
            assertSame(reverse, new TrackedPriorityQueue<>(source).comparator());
            assertSame(reverse, new TrackedPriorityQueue<>((Collection<String>) source).comparator());
            assertArrayEquals(jdk.toArray(), new TrackedPriorityQueue<>(source).toArray());
            assertArrayEquals(new PriorityQueue<>(source).toArray(), new TrackedPriorityQueue<>(source).toArray());
        }
        assertNull(new TrackedPriorityQueue<>(List.of("b", "a")).comparator());
        List<Integer> unordered = List.of(5, 3, 9, 1, 7, 2, 8);
        assertArrayEquals(new PriorityQueue<>(unordered).toArray(), new TrackedPriorityQueue<>(unordered).toArray());
        assertThrows(NullPointerException.class,
                () -> new TrackedPriorityQueue<>(new TreeSet<>(Comparator.nullsFirst(Comparator.<String>naturalOrder())) {
                    {
                        add(null);
                        add("a");
                    }
                }));
    }

    /** The same operations give the same array (iteration) order as java.util.PriorityQueue. */
    @Property(tries = 200)
    void arrayOrderIsTheJdksAfterRandomOperations(@ForAll long seed) {
        Random random = new Random(seed);
        boolean reversed = random.nextBoolean();
        Comparator<Integer> cmp = reversed ? Comparator.reverseOrder() : null;
        PriorityQueue<Integer> jdk = new PriorityQueue<>(1 + random.nextInt(4), cmp);
        TrackedPriorityQueue<Integer> tracked = new TrackedPriorityQueue<>(1 + random.nextInt(4), cmp);
        for (int step = 0; step < 300; step++) {
            applyRandomOperation(random, jdk, tracked);
            assertArrayEquals(jdk.toArray(), tracked.toArray(), "after step " + step + " of seed " + seed);
            assertEquals(jdk.size(), tracked.size());
            assertEquals(jdk.peek(), tracked.peek());
        }
    }

    private static void applyRandomOperation(Random random, PriorityQueue<Integer> jdk, PriorityQueue<Integer> tracked) {
        int value = random.nextInt(40);
        switch (random.nextInt(11)) {
            case 0:
            case 1:
            case 2:
                assertEquals(jdk.offer(value), tracked.offer(value));
                break;
            case 3:
                assertEquals(jdk.poll(), tracked.poll());
                break;
            case 4:
                assertEquals(jdk.remove((Object) value), tracked.remove((Object) value));
                break;
            case 5:
                assertEquals(jdk.removeIf(e -> e % 7 == value % 7), tracked.removeIf(e -> e % 7 == value % 7));
                break;
            case 6: {
                Set<Integer> some = IntStream.range(0, 5).map(i -> random.nextInt(40)).boxed().collect(Collectors.toSet());
                if (random.nextBoolean()) {
                    assertEquals(jdk.removeAll(some), tracked.removeAll(some));
                } else {
                    Set<Integer> many = IntStream.range(0, 30).boxed().collect(Collectors.toSet());
                    many.removeAll(some);
                    assertEquals(jdk.retainAll(many), tracked.retainAll(many));
                }
                break;
            }
            case 7: {   // iterator removal, with the JDK's moved-element subtlety
                Iterator<Integer> a = jdk.iterator();
                Iterator<Integer> b = tracked.iterator();
                int threshold = random.nextInt(40);
                while (a.hasNext()) {
                    assertTrue(b.hasNext());
                    Integer x = a.next();
                    assertEquals(x, b.next());
                    if (x < threshold && random.nextInt(3) == 0) {
                        a.remove();
                        b.remove();
                    }
                }
                assertFalse(b.hasNext());
                break;
            }
            case 8:
                if (random.nextInt(10) == 0) {
                    jdk.clear();
                    tracked.clear();
                }
                break;
            case 9: {
                List<Integer> more = IntStream.range(0, random.nextInt(20)).map(i -> random.nextInt(40)).boxed()
                        .collect(Collectors.toList());
                assertEquals(jdk.addAll(more), tracked.addAll(more));
                break;
            }
            default:
                assertEquals(jdk.contains(value), tracked.contains(value));
                assertEquals(jdk.toString(), tracked.toString());
                assertEquals(Arrays.asList(jdk.toArray(new Integer[0])), Arrays.asList(tracked.toArray(new Integer[0])));
                assertEquals(jdk.stream().collect(Collectors.toList()), tracked.stream().collect(Collectors.toList()));
                break;
        }
    }

    @Test
    void iteratorVisitsAnElementMovedBeforeTheCursorOnceAndCanRemoveIt() {
        // Removing 8 (index 3) moves the last element 4 to index 3, then up before the cursor.
        List<Integer> start = List.of(0, 1, 10, 8, 2, 11, 12, 9, 13, 4);
        PriorityQueue<Integer> jdk = new PriorityQueue<>();
        TrackedPriorityQueue<Integer> tracked = new TrackedPriorityQueue<>();
        for (Integer e : start) {
            jdk.add(e);
            tracked.add(e);
        }
        assertArrayEquals(jdk.toArray(), tracked.toArray());
        List<Integer> seenJdk = new ArrayList<>();
        List<Integer> seenTracked = new ArrayList<>();
        Iterator<Integer> a = jdk.iterator();
        Iterator<Integer> b = tracked.iterator();
        while (a.hasNext()) {
            Integer x = a.next();
            seenJdk.add(x);
            seenTracked.add(b.next());
            if (x == 8 || x == 4 || x == 9) {
                a.remove();
                b.remove();
            }
        }
        assertFalse(b.hasNext());
        assertThrows(NoSuchElementException.class, b::next);
        assertEquals(seenJdk, seenTracked);
        assertEquals(start.size(), seenTracked.size());
        assertEquals(Set.copyOf(start), Set.copyOf(seenTracked));
        assertArrayEquals(jdk.toArray(), tracked.toArray());
    }

    @Test
    void iteratorFailsFastAndRejectsSecondRemove() {
        TrackedPriorityQueue<String> queue = new TrackedPriorityQueue<>(List.of("a", "b", "c"));
        Iterator<String> it = queue.iterator();
        assertThrows(IllegalStateException.class, it::remove);
        it.next();
        it.remove();
        assertThrows(IllegalStateException.class, it::remove);
        queue.add("d");
        assertThrows(ConcurrentModificationException.class, it::next);
        Iterator<String> other = queue.iterator();
        queue.removeIf(e -> false);   // like the JDK, a bulk removal counts as a modification
        assertThrows(ConcurrentModificationException.class, other::next);
        assertThrows(ConcurrentModificationException.class, () -> queue.forEach(e -> queue.add("x" + e)));
    }

    @Test
    void queueMethodsOnEmptyAndFullQueues() {
        TrackedPriorityQueue<String> queue = new TrackedPriorityQueue<>();
        assertNull(queue.peek());
        assertNull(queue.poll());
        assertThrows(NoSuchElementException.class, queue::element);
        assertThrows(NoSuchElementException.class, queue::remove);
        assertThrows(IllegalArgumentException.class, () -> queue.addAll(queue));
        assertThrows(NullPointerException.class, () -> queue.addAll(null));
        assertFalse(queue.contains(null));
        assertFalse(queue.remove(null));
        queue.addAll(List.of("c", "a", "b"));
        assertEquals("a", queue.element());
        assertEquals("a", queue.remove());
        assertTrue(queue.containsAll(List.of("b", "c")));
        assertFalse(queue.containsAll(List.of("b", "z")));
        assertEquals("[b, c]", queue.toString());
        assertArrayEquals(new String[] {"b", "c"}, queue.toArray(String[]::new));
        String[] big = {"x", "x", "x", "x"};
        assertSame(big, queue.toArray(big));
        assertArrayEquals(new String[] {"b", "c", null, "x"}, big);
    }

    @Test
    void growsPastTheInitialCapacityLikeTheJdk() {
        TrackedPriorityQueue<Integer> queue = new TrackedPriorityQueue<>(1);
        PriorityQueue<Integer> jdk = new PriorityQueue<>(1);
        for (int i = 1000; i > 0; i--) {
            queue.add(i * 7919 % 1009);
            jdk.add(i * 7919 % 1009);
        }
        assertArrayEquals(jdk.toArray(), queue.toArray());
        List<Integer> drained = new ArrayList<>();
        while (!queue.isEmpty()) {
            drained.add(queue.poll());
        }
        List<Integer> sorted = new ArrayList<>(drained);
        Collections.sort(sorted);
        assertEquals(sorted, drained);
    }

    @Test
    void streamsUseTheQueuesOwnHeap() {
        TrackedPriorityQueue<Integer> queue = new TrackedPriorityQueue<>(List.of(5, 1, 4, 2, 3));
        PriorityQueue<Integer> jdk = new PriorityQueue<>(List.of(5, 1, 4, 2, 3));
        assertEquals(jdk.stream().collect(Collectors.toList()), queue.stream().collect(Collectors.toList()));
        assertEquals(15, queue.parallelStream().mapToInt(Integer::intValue).sum());
        SpliteratorTester.of(queue::trackedSpliterator).expect(Arrays.asList(jdk.toArray()));
        assertEquals(jdk.spliterator().characteristics(), queue.trackedSpliterator().characteristics());
    }

    /** Inside a world the spliterator does not split (its cursor is owned by the world): same results. */
    @Test
    void parallelStreamsWorkInsideAWorld() {
        TrackedPriorityQueue<Integer> queue = new TrackedPriorityQueue<>();
        for (int i = 0; i < 10_000; i++) {
            queue.add(i * 7 % 10_000);
        }
        long sum = 10_000L * 9_999 / 2;
        Worlds.push();
        assertEquals(sum, queue.parallelStream().mapToLong(Integer::longValue).sum());
        TrackedPriorityQueue<Integer> inside = new TrackedPriorityQueue<>(queue);
        assertEquals(sum, inside.stream().parallel().mapToLong(Integer::longValue).sum());
        assertEquals(queue.stream().collect(Collectors.toList()), inside.parallelStream().collect(Collectors.toList()));
        Worlds.pop();
        assertEquals(sum, queue.parallelStream().mapToLong(Integer::longValue).sum());
    }

    /**
     * {@code PriorityQueue.spliterator()} is final: on a tracked queue it runs over the JDK
     * superclass's empty heap. This test pins that known limitation; if it fails, the JDK or the
     * weaver changed and the class doc must say so.
     */
    @Test
    void theFinalJdkSpliteratorSeesNoElements() {
        TrackedPriorityQueue<Integer> queue = new TrackedPriorityQueue<>(List.of(5, 1, 4));
        assertEquals(0, queue.spliterator().estimateSize());
    }

    @Test
    void serializesAsAPlainPriorityQueueWithTheSameComparatorAndOrder() throws Exception {
        TrackedPriorityQueue<String> queue = new TrackedPriorityQueue<>(Collections.reverseOrder());
        queue.addAll(List.of("b", "e", "a", "d", "c"));
        queue.remove("d");
        Object copy = roundTrip(queue);
        assertEquals(PriorityQueue.class, copy.getClass());
        PriorityQueue<?> plain = (PriorityQueue<?>) copy;
        assertEquals(Collections.reverseOrder(), plain.comparator());
        assertArrayEquals(queue.toArray(), plain.toArray());
        assertEquals(PriorityQueue.class, roundTrip(new TrackedPriorityQueue<String>()).getClass());
    }

    /** A woven class that extends PriorityQueue is rebased onto the tracked one: it serializes as itself. */
    static final class Jobs extends TrackedPriorityQueue<String> {
        private static final long serialVersionUID = 1L;
        String owner = "ops";

        Jobs() {
            super(Collections.reverseOrder());
        }
    }

    @Test
    void aSubclassSerializesAsItselfWithItsElements() throws Exception {
        Jobs jobs = new Jobs();
        jobs.addAll(List.of("b", "e", "a", "d"));
        Jobs copy = (Jobs) roundTrip(jobs);
        assertEquals("ops", copy.owner);
        assertEquals(Collections.reverseOrder(), copy.comparator());
        assertArrayEquals(jobs.toArray(), copy.toArray());
        copy.add("z");
        assertEquals("z", copy.poll());
        assertEquals("e", copy.poll());
    }

    private static Object roundTrip(Object object) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    // ---- rollback ---------------------------------------------------------------------------

    private static TrackedPriorityQueue<Integer> sample() {
        TrackedPriorityQueue<Integer> queue = new TrackedPriorityQueue<>(2);
        for (int i : new int[] {50, 20, 80, 10, 30, 70, 90, 60, 40, 0, 100, 55}) {
            queue.add(i);
        }
        return queue;
    }

    @Test
    void rollbackUndoesEveryMutator() {
        TrackedPriorityQueue<Integer> queue = sample();
        Object[] before = queue.toArray();
        Worlds.push();
        queue.add(5);
        queue.offer(200);
        queue.poll();
        queue.remove();
        queue.remove((Object) 70);
        queue.removeIf(e -> e % 20 == 0);
        queue.removeAll(List.of(30, 90));
        queue.retainAll(List.of(5, 10, 50, 55, 100, 200));
        queue.addAll(List.of(1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 13));   // grows the array
        Iterator<Integer> it = queue.iterator();
        while (it.hasNext()) {
            if (it.next() % 2 == 1) {
                it.remove();
            }
        }
        assertFalse(Arrays.equals(before, queue.toArray()));
        queue.clear();
        Worlds.pop();
        assertArrayEquals(before, queue.toArray());
        assertEquals(before.length, queue.size());
        assertEquals(0, queue.peek());
        assertEquals(Arrays.asList(before), new ArrayList<>(queue));
        queue.add(-1);   // and the restored heap still works
        assertEquals(-1, queue.poll());
        assertEquals(0, queue.poll());
    }

    @Test
    void nestedWorldsCommitIntoTheirParentAndRollBackWithIt() {
        TrackedPriorityQueue<Integer> queue = sample();
        Object[] before = queue.toArray();
        Worlds.push();
        queue.poll();
        Object[] afterOuter = queue.toArray();
        Worlds.push();
        queue.add(-5);
        queue.remove((Object) 55);
        Worlds.commit();
        Object[] afterCommit = queue.toArray();
        Worlds.push();
        queue.clear();
        Worlds.pop();
        assertArrayEquals(afterCommit, queue.toArray());
        assertFalse(Arrays.equals(afterOuter, afterCommit));
        Worlds.pop();
        assertArrayEquals(before, queue.toArray());
    }

    @Test
    void aQueueCreatedInsideAWorldIsUsableAndOneOutsideKeepsItsState() {
        TrackedPriorityQueue<Integer> outside = sample();
        Object[] before = outside.toArray();
        Worlds.push();
        TrackedPriorityQueue<Integer> inside = new TrackedPriorityQueue<>(outside);
        inside.add(-3);
        outside.add(-4);
        assertEquals(-3, inside.peek());
        Worlds.commit();
        assertEquals(-3, inside.poll());
        assertEquals(-4, outside.poll());
        Worlds.push();
        inside.add(-7);
        Worlds.pop();
        assertArrayEquals(before, inside.toArray());
        assertArrayEquals(before, outside.toArray());
    }

    @Test
    void oneChangeToALargeQueueRollsBack() {
        TrackedPriorityQueue<Integer> queue = new TrackedPriorityQueue<>();
        for (int i = 0; i < 100_000; i++) {
            queue.add(i * 48271 % 100_003);
        }
        Object[] before = queue.toArray();
        Worlds.push();
        queue.poll();
        Worlds.pop();
        assertArrayEquals(before, queue.toArray());
    }

    @Test
    void anIteratorThatChangedTheQueueInARolledBackWorldFailsFast() {
        TrackedPriorityQueue<Integer> queue = sample();
        Object[] before = queue.toArray();
        Iterator<Integer> it = queue.iterator();
        it.next();
        it.next();
        Worlds.push();
        it.next();
        it.remove();
        while (it.hasNext()) {
            it.next();
            it.remove();
        }
        Worlds.pop();
        assertArrayEquals(before, queue.toArray());
        assertThrows(ConcurrentModificationException.class, () -> it.forEachRemaining(e -> { }),
                "its position is not rolled back, its queue is: it must not go on as if nothing changed");
    }

    @Test
    void anIteratorAdvancedInsideAWorldStaysAdvancedLikeALoopVariable() {
        TrackedPriorityQueue<Integer> queue = sample();
        Object[] before = queue.toArray();
        Iterator<Integer> it = queue.iterator();
        it.next();
        Worlds.push();
        it.next();
        Worlds.pop();
        List<Integer> rest = new ArrayList<>();
        it.forEachRemaining(rest::add);
        assertEquals(Arrays.asList(before).subList(2, before.length), rest);
    }
}
