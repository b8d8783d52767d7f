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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrackedLinkedListTest {
    @AfterEach
    void closeWorlds() {
        Worlds.popUntil(0);
    }

    static TrackedLinkedList<String> of(String... elements) {
        return new TrackedLinkedList<>(Arrays.asList(elements));
    }

    static List<Object> order(Iterable<?> list) {
        List<Object> order = new ArrayList<>();
        list.forEach(order::add);
        return order;
    }


    @Test
    void theReversedViewOverridesEveryMethodToo() {
        // anything it inherited would act on its own, always empty, node chain
        JdkMethodCoverage.assertOverridesEveryMethod(ReversedLinkedList.class, TrackedLinkedList.class);
    }

    @Test
    void constructorsRefuseWhatLinkedListRefuses() {
        assertThrows(NullPointerException.class, () -> new TrackedLinkedList<>(null));
        assertEquals(List.of(), new TrackedLinkedList<>());
        assertEquals(Arrays.asList("a", null), new TrackedLinkedList<>(Arrays.asList("a", null)));
    }

    @Test
    void everyDequeMethod() {
        TrackedLinkedList<String> list = new TrackedLinkedList<>();
        assertNull(list.peek());
        assertNull(list.poll());
        assertNull(list.pollLast());
        assertNull(list.peekLast());
        assertThrows(NoSuchElementException.class, list::element);
        assertThrows(NoSuchElementException.class, list::getLast);
        assertThrows(NoSuchElementException.class, list::pop);
        assertThrows(NoSuchElementException.class, list::removeLast);
        assertThrows(NoSuchElementException.class, list::remove);
        list.offerFirst("b");
        list.offerLast("c");
        list.push("a");
        list.offer(null);
        list.add("b");
        assertEquals(Arrays.asList("a", "b", "c", null, "b"), list);
        assertEquals("a", list.peekFirst());
        assertEquals("b", list.peekLast());
        assertTrue(list.removeLastOccurrence("b"));
        assertTrue(list.removeFirstOccurrence(null));
        assertFalse(list.removeFirstOccurrence("x"));
        assertEquals(List.of("a", "b", "c"), list);
        assertEquals("a", list.pop());
        assertEquals("c", list.pollLast());
        assertEquals("b", list.remove());
        assertTrue(list.isEmpty());
        List<String> down = new ArrayList<>();
        TrackedLinkedList<String> abc = of("a", "b", "c");
        for (Iterator<String> it = abc.descendingIterator(); it.hasNext();) {
            String s = it.next();
            down.add(s);
            if (s.equals("b")) {
                it.remove();
            }
        }
        assertEquals(List.of("c", "b", "a"), down);
        assertEquals(List.of("a", "c"), abc);
    }

    @Test
    void sortsStablyAndReplaces() {
        TrackedLinkedList<String> list = of("bb", "a", "cc", "b", "aa");
        list.sort(Comparator.comparing(String::length));
        assertEquals(List.of("a", "b", "bb", "cc", "aa"), list);
        list.sort(null);
        assertEquals(List.of("a", "aa", "b", "bb", "cc"), list);
        list.replaceAll(String::toUpperCase);
        assertEquals(List.of("A", "AA", "B", "BB", "CC"), list);
        List<String> reversed = list.reversed();
        reversed.sort(Comparator.comparing(String::length));   // stable in the view's order
        // view before: CC, BB, B, AA, A; equal lengths keep the view's order (B before A)
        assertEquals(List.of("B", "A", "CC", "BB", "AA"), reversed);
        assertEquals(List.of("AA", "BB", "CC", "A", "B"), list);
    }

    @Test
    void sequencedMethodsAndTheReversedView() {
        TrackedLinkedList<String> list = of("a", "b", "c");
        LinkedList<String> reversed = list.reversed();
        assertEquals(List.of("c", "b", "a"), reversed);
        assertEquals("c", reversed.getFirst());
        reversed.addFirst("d");
        reversed.addLast("z");
        reversed.add(1, "x");
        assertEquals(List.of("z", "a", "b", "c", "x", "d"), list);
        assertEquals(List.of("d", "x", "c", "b", "a", "z"), reversed);
        assertEquals("d", reversed.pop());
        assertEquals("z", reversed.pollLast());
        reversed.subList(0, 2).clear();   // x, c
        assertEquals(List.of("a", "b"), list);
        ListIterator<String> it = reversed.listIterator();
        assertEquals("b", it.next());
        it.add("n");
        assertEquals("a", it.next());
        it.set("A");
        assertEquals(List.of("A", "n", "b"), list);
    }

    @Test
    void theReversedViewsIteratorRefusesSetAfterAdd() {
        LinkedList<String> reversed = of("a", "b").reversed();
        ListIterator<String> it = reversed.listIterator();
        it.next();
        it.add("n");
        assertThrows(IllegalStateException.class, () -> it.set("x"));
        assertThrows(IllegalStateException.class, it::remove);
        assertSame(TrackedLinkedList.class, reversed.clone().getClass());
        assertEquals(List.of("b", "n", "a"), reversed.clone());
    }

    @Test
    void subListsNestAndFailFast() {
        TrackedLinkedList<Integer> list = new TrackedLinkedList<>();
        for (int i = 0; i < 10; i++) {
            list.add(i);
        }
        List<Integer> outer = list.subList(2, 8);
        List<Integer> inner = outer.subList(1, 4);
        inner.add(1, 99);
        inner.removeIf(i -> i % 2 == 1);
        assertEquals(List.of(4), inner);
        assertEquals(List.of(0, 1, 2, 4, 6, 7, 8, 9), list);
        list.add(10);
        assertThrows(ConcurrentModificationException.class, inner::size);
        Iterator<Integer> it = list.iterator();
        list.removeFirst();
        assertThrows(ConcurrentModificationException.class, it::next);
    }

    @Test
    void clonesAreIndependentAndOfTheSameClass() {
        TrackedLinkedList<String> list = of("a", "b");
        @SuppressWarnings("unchecked")
        TrackedLinkedList<String> copy = (TrackedLinkedList<String>) list.clone();
        assertSame(TrackedLinkedList.class, copy.getClass());
        copy.addFirst("z");
        assertEquals(List.of("a", "b"), list);
        assertEquals(List.of("z", "a", "b"), copy);
    }

    @Test
    void serializesAsAPlainLinkedList() throws Exception {
        for (List<String> list : List.of(of("a", null, "c"), of("a", "b").reversed())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(list);
            }
            Object back;
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                back = in.readObject();
            }
            assertSame(LinkedList.class, back.getClass());
            assertEquals(list, back);
        }
    }

    static final class Queue extends TrackedLinkedList<String> {
        private static final long serialVersionUID = 1L;
        String title = "queue";
    }

    @Test
    void aSubclassSerializesAsItself() throws Exception {
        Queue queue = new Queue();
        queue.add("a");
        queue.addFirst(null);
        queue.title = "t";
        Object back = SerialRoundTrip.roundTrip(queue);
        assertSame(Queue.class, back.getClass());
        assertEquals(Arrays.asList(null, "a"), back);
        assertEquals("t", ((Queue) back).title);
        ((Queue) back).addLast("b");
        assertEquals("b", ((Queue) back).getLast());
    }

    // ------------------------------------------------------------------ rollback

    @Test
    void rollsBackEveryMutatorAndView() {
        TrackedLinkedList<String> list = of("a", "b", null, "d", "e");
        List<Object> before = order(list);
        String text = list.toString();
        int hash = list.hashCode();
        List<String> sub = list.subList(1, 4);
        Worlds.push();
        list.add("f");
        list.add(0, "z");
        list.set(2, "B");
        list.remove(null);
        list.remove(0);
        list.addAll(List.of("g", "h"));
        list.addAll(1, List.of("i"));
        list.removeAll(List.of("g"));
        list.retainAll(List.of("a", "B", "d", "e", "f", "h", "i"));
        list.removeIf("h"::equals);
        list.replaceAll(String::toUpperCase);
        list.sort(Comparator.reverseOrder());
        list.addFirst("first");
        list.addLast("last");
        list.push("p");
        list.offer("o");
        list.pop();
        list.pollLast();
        list.removeFirst();
        list.removeLast();
        list.removeFirstOccurrence("A");
        list.removeLastOccurrence("D");
        ListIterator<String> it = list.listIterator();
        it.next();
        it.remove();
        it.next();
        it.set("S");
        it.add("N");
        Iterator<String> down = list.descendingIterator();
        down.next();
        down.remove();
        list.subList(0, 1).clear();
        list.reversed().add("R");
        list.reversed().addFirst("RF");
        list.subList(0, 1).add("SUB");
        assertFalse(order(list).equals(before));
        list.clear();
        Worlds.pop();
        assertEquals(before, order(list));
        assertEquals(text, list.toString());
        assertEquals(hash, list.hashCode());
        assertEquals(5, list.size());
        assertEquals("e", list.getLast());
        assertEquals("e", list.reversed().getFirst());
        assertEquals(Arrays.asList("b", null, "d"), sub);   // made before the world: valid again
        assertEquals(4, list.indexOf("e"));
    }

    @Test
    void nestedWorldsCommitIntoTheParentAndRollBackWithIt() {
        TrackedLinkedList<String> list = of("a");
        Worlds.push();
        list.add("b");
        Worlds.push();
        list.addFirst("z");
        Worlds.commit();
        assertEquals(List.of("z", "a", "b"), list);
        Worlds.push();
        list.clear();
        Worlds.pop();
        assertEquals(List.of("z", "a", "b"), list);
        Worlds.pop();
        assertEquals(List.of("a"), list);
        assertEquals(List.of("a"), list.reversed());
    }

    @Test
    void aListCreatedInAWorldNeedsNoSaving() {
        Worlds.push();
        TrackedLinkedList<String> list = of("a");
        list.add("b");
        Worlds.push();
        list.add("c");
        list.removeFirst();
        Worlds.pop();
        assertEquals(List.of("a", "b"), list);
        Worlds.commit();
        assertEquals(List.of("a", "b"), list);
    }

    @Test
    void oneChangeToALargeListRollsBack() {
        TrackedLinkedList<Integer> list = new TrackedLinkedList<>();
        for (int i = 0; i < 100_000; i++) {
            list.add(i);
        }
        Worlds.push();
        list.remove(Integer.valueOf(54_321));
        assertEquals(99_999, list.size());
        Worlds.pop();
        assertEquals(100_000, list.size());
        int expected = 0;
        for (int i : list) {
            assertEquals(expected++, i);
        }
        expected = 99_999;
        for (Iterator<Integer> it = list.descendingIterator(); it.hasNext();) {
            assertEquals(expected--, it.next());
        }
    }
}
