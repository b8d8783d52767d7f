package dev.worlds.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.worlds.Worlds;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Parallel streams over the tracked lists and deque (and their views) while a world is open: the
 * spliterators and iterators a stream advances belong to that world, so they must not be handed
 * to worker threads (whose writes to them would be a WorldConflictException); with no world open,
 * streams split as usual.
 */
class TrackedSequencesParallelStreamTest {
    private static final int N = 200_000;

    @AfterEach
    void closeWorlds() {
        Worlds.popUntil(0);
    }

    @Test
    void parallelStreamsInAWorld() {
        TrackedArrayList<Integer> arrayList = new TrackedArrayList<>();
        TrackedLinkedList<Integer> linkedList = new TrackedLinkedList<>();
        TrackedArrayDeque<Integer> deque = new TrackedArrayDeque<>();
        for (int i = 0; i < N; i++) {
            arrayList.add(i);
            linkedList.add(i);
            deque.add(i);
        }
        List<Supplier<Collection<Integer>>> sources = List.of(
                () -> arrayList, () -> arrayList.subList(0, N), () -> arrayList.reversed(),
                () -> linkedList, () -> linkedList.subList(0, N), () -> linkedList.reversed(),
                () -> deque, () -> deque.reversed());
        for (int round = 0; round < 3; round++) {
            Worlds.push();
            arrayList.set(0, -1);
            linkedList.set(0, -1);
            deque.addFirst(-1);
            deque.pollFirst();
            for (Supplier<Collection<Integer>> source : sources) {
                Collection<Integer> c = source.get();
                assertEquals(N, c.parallelStream().filter(x -> x != null).count(), c.getClass().getName());
                assertEquals(N, c.stream().parallel().mapToInt(x -> 1).sum(), c.getClass().getName());
            }
            Worlds.pop();
        }
        for (Supplier<Collection<Integer>> source : sources) {
            Collection<Integer> c = source.get();
            assertEquals((long) N * (N - 1) / 2, c.parallelStream().mapToLong(x -> x).sum(), c.getClass().getName());
        }
    }

    /** Reading makes only new objects (iterators, views), so another thread may read what a world owns. */
    @Test
    void anotherThreadReadsCollectionsAWorldOwns() throws Exception {
        TrackedArrayList<Integer> arrayList = new TrackedArrayList<>(List.of(1, 2, 3));
        TrackedLinkedList<Integer> linkedList = new TrackedLinkedList<>(List.of(1, 2, 3));
        TrackedArrayDeque<Integer> deque = new TrackedArrayDeque<>(List.of(1, 2, 3));
        Worlds.push();
        arrayList.add(4);
        linkedList.add(4);
        deque.add(4);
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicLong sum = new java.util.concurrent.atomic.AtomicLong();
        Thread reader = new Thread(() -> {
            try {
                for (Collection<Integer> c : List.<Collection<Integer>>of(arrayList, arrayList.subList(1, 3),
                        arrayList.reversed(), linkedList, linkedList.subList(1, 3), linkedList.reversed(),
                        deque, deque.reversed())) {
                    for (int x : c) {
                        sum.addAndGet(x);
                    }
                    sum.addAndGet(c.stream().mapToInt(x -> x).sum());
                    sum.addAndGet(c.hashCode() == 0 ? 1 : 0);
                    sum.addAndGet(c.toString().length() == 0 ? 1 : 0);
                }
                java.util.Iterator<Integer> down = deque.descendingIterator();
                sum.addAndGet(down.next());
                sum.addAndGet(linkedList.listIterator(2).previous());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        reader.start();
        reader.join();
        if (failure.get() != null) {
            throw new AssertionError("a reading thread failed", failure.get());
        }
        assertEquals(2 * (10 + 5 + 10 + 10 + 5 + 10 + 10 + 10) + 4 + 2, sum.get());
        Worlds.pop();
    }
}
