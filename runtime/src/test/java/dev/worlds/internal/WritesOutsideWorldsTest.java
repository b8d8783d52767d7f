package dev.worlds.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import dev.worlds.internal.UndoActionsTest.Box;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * While a watch is open, a thread with no world open that writes what existed before is noted
 * once per object or array; what it creates, and what threads with worlds write, is not.
 */
@Timeout(60)
class WritesOutsideWorldsTest {
    private WritesOutsideWorlds.Watch watch;

    @AfterEach
    void cleanUp() {
        if (watch != null) {
            watch.end();
        }
        Worlds.popUntil(0);      // each test's own world, pushed for the watch
        assertNull(WritesOutsideWorlds.stampWithoutWorlds(), "a test left a watch open");
    }

    @Test
    void aThreadWithoutWorldsWritingAnObjectThatExistedBeforeIsNotedOnceWithWhereItWrote() {
        Box box = new Box();
        Worlds.push();
        watch = WritesOutsideWorlds.watch();

        EndedThread.run("outsider", () -> {
            box.set(1);
            box.set(2);
        });

        List<String> writes = watch.end();
        assertEquals(1, writes.size(), writes.toString());
        assertTrue(writes.get(0).startsWith("thread 'outsider' wrote an object of " + Box.class.getName() + " at "
                + Box.class.getName() + ".set(UndoActionsTest.java:"), writes.get(0));
        Worlds.pop();
        assertEquals(2, box.value, "no world saved it: the rollback cannot restore it");
        Worlds.push();
    }

    @Test
    void anArrayThatExistedBeforeIsNotedOnceWhateverWritesIt() {
        int[] small = new int[10];
        int[] large = new int[3 * ArrayStamps.CHUNK];
        long[] filled = new long[10];
        int[] looped = new int[10];
        Worlds.push();
        watch = WritesOutsideWorlds.watch();

        EndedThread.run("array-writer", () -> {
            ArrayWrites.storeInt(small, 0, 1);
            ArrayWrites.storeInt(small, 1, 1);
            ArrayWrites.storeInt(large, 1000, 1);
            ArrayWrites.beforeWholeWrite(filled);
            LoopArrayWrites.storeInt(looped, 3, 1);
        });

        List<String> writes = watch.end();
        assertEquals(List.of("an array int[] of length 10", "an array int[] of length 1536",
                "an array long[] of length 10", "an array int[] of length 10"),
                writes.stream().map(write -> write.substring("thread 'array-writer' wrote ".length(),
                        write.indexOf(" at "))).toList());
    }

    @Test
    void whatTheThreadCreatesWhileWatchedIsNotNoted() {
        Worlds.push();
        watch = WritesOutsideWorlds.watch();

        EndedThread.run("creator", () -> {
            Box box = new Box();
            box.set(1);
            int[] cells = new int[4];
            ArrayWrites.created(cells);
            ArrayWrites.storeInt(cells, 0, 1);
        });

        assertEquals(List.of(), watch.end());
    }

    @Test
    void aThreadWithItsOwnWorldIsNotWatched() {
        Box box = new Box();
        int[] cells = new int[4];
        Worlds.push();
        watch = WritesOutsideWorlds.watch();

        EndedThread.run("with-world", () -> {
            Worlds.push();
            box.set(1);
            ArrayWrites.storeInt(cells, 0, 1);
            Worlds.pop();
        });

        assertEquals(List.of(), watch.end());
        assertEquals(0, box.value);
    }

    @Test
    void aWriteIsReportedByTheFirstWatchToEndAndTheOuterReportsOnlyWhatCameAfter() {
        Box first = new Box();
        Box second = new Box();
        Worlds.push();
        watch = WritesOutsideWorlds.watch();
        WritesOutsideWorlds.Watch inner = WritesOutsideWorlds.watch();

        EndedThread.run("first", () -> first.set(1));
        List<String> innerWrites = inner.end();
        EndedThread.run("second", () -> second.set(1));
        List<String> outerWrites = watch.end();

        assertEquals(1, innerWrites.size(), innerWrites.toString());
        assertTrue(innerWrites.get(0).startsWith("thread 'first' wrote"), innerWrites.get(0));
        assertEquals(1, outerWrites.size(), outerWrites.toString());
        assertTrue(outerWrites.get(0).startsWith("thread 'second' wrote"), outerWrites.get(0));
        assertEquals(List.of(), inner.end(), "an ended watch reports nothing more");
    }

    @Test
    void manyWritesAreDescribedUpToTheLimitAndCountedBeyondIt() {
        Box[] boxes = new Box[WritesOutsideWorlds.MAX_DESCRIBED + 5];
        for (int i = 0; i < boxes.length; i++) {
            boxes[i] = new Box();
        }
        Worlds.push();
        watch = WritesOutsideWorlds.watch();

        EndedThread.run("busy", () -> {
            for (Box box : boxes) {
                box.set(1);
            }
        });

        List<String> writes = watch.end();
        assertEquals(WritesOutsideWorlds.MAX_DESCRIBED + 1, writes.size());
        assertEquals("and 5 more", writes.get(writes.size() - 1));
    }

    @Test
    void afterTheWatchEndsAThreadWithoutWorldsWritesOnTheFastPathAgain() {
        Box box = new Box();
        Worlds.push();
        watch = WritesOutsideWorlds.watch();
        EndedThread.run("during", () -> box.set(1));
        watch.end();
        watch = null;

        Object[] stampAfter = new Object[1];
        EndedThread.run("after", () -> {
            box.set(2);
            stampAfter[0] = box.$worlds$stamp();
        });

        assertNull(stampAfter[0], "the watch's token is cleared by the next write, as any stale stamp");
        Worlds.pop();
    }
}
