package dev.worlds.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.worlds.Worlds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Parallel streams over the tracked hash collections while a world is open: the iterator a stream
 * advances belongs to that world, so the stream must not hand it to worker threads (they would get
 * a WorldConflictException); with no world open, streams split as usual.
 */
class TrackedHashParallelStreamTest {
    @AfterEach
    void closeWorlds() {
        Worlds.popUntil(0);
    }

    @Test
    void parallelStreamsInAWorld() {
        TrackedHashSet<Integer> set = new TrackedHashSet<>();
        TrackedLinkedHashMap<Integer, Integer> map = new TrackedLinkedHashMap<>();
        for (int i = 0; i < 200_000; i++) {
            set.add(i);
            map.put(i, i);
        }
        for (int round = 0; round < 5; round++) {
            Worlds.push();
            set.add(-1);
            map.put(-1, -1);
            assertEquals(200_001L, set.parallelStream().map(x -> x + 1).filter(x -> x != 0).count() + 1);
            assertEquals(200_001L, map.keySet().parallelStream().map(x -> x + 1).filter(x -> x != 0).count() + 1);
            assertEquals(200_001L, map.entrySet().parallelStream().filter(e -> e.getValue() != null).count());
            assertEquals(200_001L, map.values().parallelStream().mapToLong(x -> x).filter(x -> x > -2).count());
            assertEquals(200_001L, map.reversedKeySetView().parallelStream().filter(x -> x != null).count());
            TrackedLinkedHashSet<Integer> linked = new TrackedLinkedHashSet<>(set);
            assertEquals(200_001L, linked.reversedSet().parallelStream().filter(x -> x != null).count());
            assertEquals(200_001L, linked.parallelStream().filter(x -> x != null).count());
            Worlds.pop();
        }
        assertEquals(200_000L, set.parallelStream().filter(x -> x != null).count());
        assertEquals(200_000L, map.entrySet().parallelStream().filter(x -> x != null).count());
    }
}
