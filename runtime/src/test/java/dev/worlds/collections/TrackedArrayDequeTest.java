package dev.worlds.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrackedArrayDequeTest {
    @AfterEach
    void closeWorlds() {
        Worlds.popUntil(0);
    }

    static TrackedArrayDeque<String> of(String... elements) {
        return new TrackedArrayDeque<>(Arrays.asList(elements));
    }

    static List<Object> order(Iterable<?> deque) {
        List<Object> order = new ArrayList<>();
        deque.forEach(order::add);
        return order;
    }


    @Test
    void constructorsAcceptWhatArrayDequeAccepts() {
        assertTrue(new TrackedArrayDeque<>(-5).isEmpty());
        assertTrue(new TrackedArrayDeque<>(0).isEmpty());
        assertThrows(NullPointerException.class, () -> new TrackedArrayDeque<>(null));
        assertThrows(NullPointerException.class, () -> new TrackedArrayDeque<>(Arrays.asList("a", null)));
    }

    @Test
    void refusesNullsAsArrayDequeDoes() {
        TrackedArrayDeque<String> deque = of("a");
        assertThrows(NullPointerException.class, () -> deque.add(null));
        assertThrows(NullPointerException.class, () -> deque.addFirst(null));
        assertThrows(NullPointerException.class, () -> deque.offerLast(null));
        assertThrows(NullPointerException.class, () -> deque.push(null));
        assertFalse(deque.contains(null));
        assertFalse(deque.remove(null));
        assertEquals(List.of("a"), order(deque));
    }

    @Test
    void everyDequeMethod() {
        TrackedArrayDeque<String> deque = new TrackedArrayDeque<>();
        assertNull(deque.peek());
        assertNull(deque.pollFirst());
        assertNull(deque.pollLast());
        assertNull(deque.peekLast());
        assertThrows(NoSuchElementException.class, deque::element);
        assertThrows(NoSuchElementException.class, deque::getLast);
        assertThrows(NoSuchElementException.class, deque::pop);
        assertThrows(NoSuchElementException.class, deque::removeLast);
        assertThrows(NoSuchElementException.class, deque::remove);
        deque.offerFirst("b");
        deque.offerLast("c");
        deque.push("a");
        deque.offer("d");
        deque.add("b");
        assertEquals(List.of("a", "b", "c", "d", "b"), order(deque));
        assertEquals("a", deque.peekFirst());
        assertEquals("b", deque.peekLast());
        assertEquals("a", deque.getFirst());
        assertEquals("b", deque.getLast());
        assertTrue(deque.removeLastOccurrence("b"));
        assertEquals(List.of("a", "b", "c", "d"), order(deque));
        assertTrue(deque.removeFirstOccurrence("c"));
        assertFalse(deque.removeFirstOccurrence("x"));
        assertEquals("a", deque.pop());
        assertEquals("d", deque.pollLast());
        assertEquals("b", deque.remove());
        assertTrue(deque.isEmpty());
        assertEquals("[]", deque.toString());
    }

    @Test
    void descendingIteratorRemoves() {
        TrackedArrayDeque<Integer> deque = new TrackedArrayDeque<>(4);
        for (int i = 0; i < 10; i++) {
            deque.addFirst(i);   // wraps around
        }
        List<Object> seen = new ArrayList<>();
        for (Iterator<Integer> it = deque.descendingIterator(); it.hasNext();) {
            Integer i = it.next();
            seen.add(i);
            if (i % 3 == 0) {
                it.remove();
            }
        }
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), seen);
        assertEquals(List.of(8, 7, 5, 4, 2, 1), order(deque));
        Iterator<Integer> it = deque.iterator();
        deque.clear();
        assertThrows(ConcurrentModificationException.class, it::next);
    }

    @Test
    void behavesAsArrayDequeUnderRandomOperations() {
        Random random = new Random(42);
        ArrayDeque<Integer> expected = new ArrayDeque<>();
        TrackedArrayDeque<Integer> actual = new TrackedArrayDeque<>(1);
        for (int step = 0; step < 20_000; step++) {
            int v = random.nextInt(20);
            switch (random.nextInt(10)) {
                case 0: expected.addFirst(v); actual.addFirst(v); break;
                case 1: expected.addLast(v); actual.addLast(v); break;
                case 2: assertEquals(expected.pollFirst(), actual.pollFirst()); break;
                case 3: assertEquals(expected.pollLast(), actual.pollLast()); break;
                case 4: assertEquals(expected.removeFirstOccurrence(v), actual.removeFirstOccurrence(v)); break;
                case 5: assertEquals(expected.removeLastOccurrence(v), actual.removeLastOccurrence(v)); break;
                case 6: assertEquals(expected.removeIf(x -> x == v), actual.removeIf(x -> x == v)); break;
                case 7: {
                    Iterator<Integer> e = expected.descendingIterator();
                    Iterator<Integer> a = actual.descendingIterator();
                    while (e.hasNext()) {
                        Integer x = e.next();
                        assertEquals(x, a.next());
                        if (x % 4 == v % 4) {
                            e.remove();
                            a.remove();
                        }
                    }
                    assertFalse(a.hasNext());
                    break;
                }
                case 8: {
                    Iterator<Integer> e = expected.iterator();
                    Iterator<Integer> a = actual.iterator();
                    while (e.hasNext()) {
                        Integer x = e.next();
                        assertEquals(x, a.next());
                        if (x % 5 == v % 5) {
                            e.remove();
                            a.remove();
                        }
                    }
                    break;
                }
                default: {   // rotate, so that the head and tail wrap around the array
                    Integer x = expected.pollFirst();
                    assertEquals(x, actual.pollFirst());
                    if (x != null) {
                        expected.addLast(x);
                        actual.addLast(x);
                    }
                    break;
                }
            }
            assertEquals(expected.size(), actual.size());
            if (step % 7 == 0) {
                assertEquals(order(expected), order(actual));
                assertEquals(Arrays.asList(expected.toArray()), Arrays.asList(actual.toArray()));
                assertEquals(expected.toString(), actual.toString());
            }
        }
    }

    @Test
    void spliteratorsBindLateSplitAndWrapAround() {
        TrackedArrayDeque<Integer> deque = new TrackedArrayDeque<>(8);
        for (int i = 0; i < 6; i++) {
            deque.addLast(i);
        }
        for (int i = 0; i < 4; i++) {
            deque.addLast(deque.pollFirst());   // 4, 5, 0, 1, 2, 3 around the array's end
        }
        java.util.Spliterator<Integer> whole = deque.spliterator();
        deque.addFirst(-1);   // not bound yet: seen
        java.util.Spliterator<Integer> prefix = whole.trySplit();
        List<Integer> seen = new ArrayList<>();
        prefix.forEachRemaining(seen::add);
        while (whole.tryAdvance(seen::add)) {
            // one by one
        }
        assertEquals(List.of(-1, 4, 5, 0, 1, 2, 3), seen);
        assertEquals(14, deque.parallelStream().mapToInt(Integer::intValue).sum());
        assertEquals(7, deque.spliterator().estimateSize());
        assertTrue(deque.spliterator().hasCharacteristics(java.util.Spliterator.NONNULL));
        java.util.Spliterator<Integer> bound = deque.spliterator();
        bound.tryAdvance(i -> { });
        deque.clear();
        assertThrows(ConcurrentModificationException.class, () -> bound.forEachRemaining(i -> { }));
    }

    @Test
    void reversedWritesThrough() {
        TrackedArrayDeque<String> deque = of("a", "b", "c");
        Deque<String> reversed = deque.reversed();
        assertEquals(List.of("c", "b", "a"), order(reversed));
        reversed.addFirst("d");
        reversed.add("z");
        assertEquals(List.of("z", "a", "b", "c", "d"), order(deque));
        assertEquals("d", reversed.pollFirst());
        assertEquals("z", reversed.removeLast());
        assertEquals("c", reversed.peek());
        assertEquals("[c, b, a]", reversed.toString());
        assertSame(deque, ((ReversedDequeView<String>) reversed).reversed());
    }

    @Test
    void clonesAreIndependentAndOfTheSameClass() {
        TrackedArrayDeque<String> deque = of("a", "b");
        TrackedArrayDeque<String> copy = deque.clone();
        assertSame(TrackedArrayDeque.class, copy.getClass());
        copy.addFirst("z");
        assertEquals(List.of("a", "b"), order(deque));
        assertEquals(List.of("z", "a", "b"), order(copy));
    }

    @Test
    void serializesAsAPlainArrayDeque() throws Exception {
        TrackedArrayDeque<String> deque = of("a", "b", "c");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(deque);
        }
        Object back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = in.readObject();
        }
        assertSame(ArrayDeque.class, back.getClass());
        assertEquals(order(deque), order((ArrayDeque<?>) back));
    }

    static final class Jobs extends TrackedArrayDeque<String> {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aSubclassRefusesToSerializeWithAReason() {
        Jobs jobs = new Jobs();
        jobs.add("a");
        java.io.NotSerializableException refused = assertThrows(java.io.NotSerializableException.class,
                () -> SerialRoundTrip.roundTrip(jobs));
        assertTrue(refused.getMessage().contains("writeReplace"), refused.getMessage());
    }

    // ------------------------------------------------------------------ rollback

    @Test
    void rollsBackEveryMutatorAndView() {
        TrackedArrayDeque<String> deque = new TrackedArrayDeque<>(4);
        for (String e : List.of("c", "b", "a")) {
            deque.addFirst(e);   // the head wraps
        }
        deque.addLast("d");
        List<Object> before = order(deque);
        String text = deque.toString();
        Worlds.push();
        deque.add("e");
        deque.addFirst("z");
        deque.offerFirst("y");
        deque.offerLast("f");
        deque.push("x");
        deque.pop();
        deque.poll();
        deque.pollLast();
        deque.removeFirst();
        deque.removeLast();
        deque.remove("b");
        deque.removeFirstOccurrence("c");
        deque.removeLastOccurrence("d");
        deque.addAll(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"));   // grows
        deque.removeIf("5"::equals);
        deque.removeAll(List.of("6"));
        deque.retainAll(List.of("a", "1", "2", "3", "7", "8"));
        Iterator<String> it = deque.iterator();
        it.next();
        it.remove();
        Iterator<String> down = deque.descendingIterator();
        down.next();
        down.remove();
        deque.reversed().addFirst("r");
        deque.reversed().pollLast();
        assertFalse(order(deque).equals(before));
        deque.clear();
        Worlds.pop();
        assertEquals(before, order(deque));
        assertEquals(text, deque.toString());
        assertEquals(4, deque.size());
        assertEquals("a", deque.peekFirst());
        assertEquals("d", deque.peekLast());
    }

    @Test
    void nestedWorldsCommitIntoTheParentAndRollBackWithIt() {
        TrackedArrayDeque<String> deque = of("a");
        Worlds.push();
        deque.addLast("b");
        Worlds.push();
        deque.addFirst("z");
        Worlds.commit();
        assertEquals(List.of("z", "a", "b"), order(deque));
        Worlds.push();
        deque.clear();
        Worlds.pop();
        assertEquals(List.of("z", "a", "b"), order(deque));
        Worlds.pop();
        assertEquals(List.of("a"), order(deque));
    }

    @Test
    void aDequeCreatedInAWorldNeedsNoSaving() {
        Worlds.push();
        TrackedArrayDeque<String> deque = of("a");
        deque.add("b");
        Worlds.push();
        deque.add("c");
        Worlds.pop();
        assertEquals(List.of("a", "b"), order(deque));
        Worlds.commit();
        assertEquals(List.of("a", "b"), order(deque));
    }

    @Test
    void oneChangeToALargeDequeRollsBack() {
        TrackedArrayDeque<Integer> deque = new TrackedArrayDeque<>();
        for (int i = 0; i < 100_000; i++) {
            deque.addLast(i);
        }
        Worlds.push();
        deque.removeFirstOccurrence(54_321);
        assertEquals(99_999, deque.size());
        Worlds.pop();
        assertEquals(100_000, deque.size());
        int expected = 0;
        for (int i : deque) {
            assertEquals(expected++, i);
        }
    }
}
