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
}
