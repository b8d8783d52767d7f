package dev.worlds.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.World;
import dev.worlds.WorldConflictException;
import dev.worlds.Worlds;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The thread rule for arrays (see {@link ArrayOwnership}), through the calls woven code makes:
 * while an open world of this thread (the owner) holds a save of an array, another thread's write
 * into it throws before it lands, with or without worlds of its own, by every way woven code
 * writes arrays; once the worlds holding it ended, any thread may write it. Every other thread's
 * write is ordered after the owner's save by {@code Thread.start} and before the owner's next
 * step by {@code Thread.join}.
 */
@Timeout(60)
class ArrayOwnershipTest {
    private static final int LARGE = 3 * ArrayStamps.CHUNK;

    private final String owner = Thread.currentThread().getName();

    @AfterEach
    void noWorldLeftOpen() {
        int depth = Worlds.depth();
        Worlds.popUntil(0);   // a failed test must not leave its worlds to the next one
        assertEquals(0, depth);
        assertEquals(0, ThreadWorlds.current().heldArrays.size(), "claims outlive no world");
    }

    @Test
    void anElementStoreFromAThreadWithoutWorldsIntoAnArrayAWorldLoggedIsRefused() {
        int[] cells = new int[10];
        Worlds.push();
        ArrayWrites.storeInt(cells, 0, 1);
        assertEquals(1, ThreadWorlds.current().log.size(), "an element entry, no copy");
        assertConflict(writeOn("writer", () -> ArrayWrites.storeInt(cells, 1, 2)), "writer", "int[]");
        assertEquals(0, cells[1], "the refused write did not land");
        Worlds.pop();
        assertArrayEquals(new int[10], cells, "the rollback stayed exact");
        assertNull(writeOn("writer-after-rollback", () -> ArrayWrites.storeInt(cells, 1, 2)));
        assertEquals(2, cells[1]);
    }

    @Test
    void aStoreFromAThreadWithoutWorldsIntoAnArrayAWorldCopiedWholeIsRefused() {
        long[] cells = new long[10];
        Worlds.push();
        spendElementLog();
        ArrayWrites.storeLong(cells, 3, 7);
        assertEquals(1, ThreadWorlds.current().arrayStamps.size(), "copied whole, not logged");
        assertConflict(writeOn("writer", () -> ArrayWrites.storeLong(cells, 3, 9)), "writer", "long[]");
        assertConflict(writeOn("writer", () -> ArrayWrites.storeLong(cells, 4, 9)), "writer", "long[]");
        assertEquals(7, cells[3]);
        assertEquals(0, cells[4]);
        Worlds.pop();
        assertArrayEquals(new long[10], cells);
    }

    /** The write into the chunk the owner saved last would hit the owner's chunk cache. */
    @Test
    void aStoreFromAThreadWithoutWorldsIntoAnyChunkOfALargeArrayAWorldCopiedAChunkOfIsRefused() {
        int[] big = new int[LARGE];
        Worlds.push();
        spendElementLog();
        ArrayWrites.storeInt(big, 600, 1);
        assertSame(big, CurrentWorld.lastChunkedArray, "chunk 1 copied and cached for the owner");
        assertConflict(writeOn("writer", () -> ArrayWrites.storeInt(big, 601, 2)), "writer", "int[]");
        assertConflict(writeOn("writer", () -> ArrayWrites.storeInt(big, 10, 2)), "writer", "int[]");
        assertConflict(writeOn("writer", () -> LoopArrayWrites.storeInt(big, 1_200, 2)), "writer", "int[]");
        assertEquals(0, big[601]);
        assertEquals(0, big[10]);
        assertEquals(0, big[1_200]);
        ArrayWrites.storeInt(big, 601, 3);   // the owner's own writes go on
        Worlds.pop();
        assertArrayEquals(new int[LARGE], big);
    }

    /** What woven code calls before System.arraycopy, Arrays.fill and Arrays.sort, and in a filling loop. */
    @Test
    void jdkArrayWritersAndFillingLoopsOfAThreadWithoutWorldsAreRefusedBeforeTheyWrite() {
        int[] small = {5, 4, 3, 2, 1};
        int[] big = new int[LARGE];
        int[] source = {9, 9, 9};
        Worlds.push();
        ArrayWrites.storeInt(small, 0, 6);
        ArrayWrites.storeInt(big, 1_000, 6);
        assertConflict(writeOn("copier", () -> {
            ArrayWrites.beforeOffsetWrite(big, 1_400, 3);
            System.arraycopy(source, 0, big, 1_400, 3);
        }), "copier", "int[]");
        assertConflict(writeOn("filler", () -> {
            ArrayWrites.beforeRangeWrite(small, 1, 4);
            Arrays.fill(small, 1, 4, 9);
        }), "filler", "int[]");
        assertConflict(writeOn("sorter", () -> {
            ArrayWrites.beforeWholeWrite(small);
            Arrays.sort(small);
        }), "sorter", "int[]");
        assertConflict(writeOn("loop", () -> {
            LoopArrayWrites.prepare(small, 0, small.length);
            for (int i = 0; i < small.length; i++) {
                LoopArrayWrites.storeInt(small, i, -i);
            }
        }), "loop", "int[]");
        assertArrayEquals(new int[] {6, 4, 3, 2, 1}, small, "no refused write landed");
        assertEquals(0, big[1_400]);
        assertNull(writeOn("empty-copier", () -> ArrayWrites.beforeOffsetWrite(big, 1_400, 0)),
                "a copy of no elements writes nothing");
        Worlds.pop();
        assertArrayEquals(new int[] {5, 4, 3, 2, 1}, small);
        assertArrayEquals(new int[LARGE], big);
    }

    /** Saves that are no element entry: the whole range a JDK writer or a filling loop may write, copied up front. */
    @Test
    void anArrayAWorldFirstSavedThroughAJdkWriterOrAFillingLoopIsClaimed() {
        int[] filled = new int[10];
        int[] looped = new int[10];
        int[] big = new int[LARGE];
        Worlds.push();
        ArrayWrites.beforeRangeWrite(filled, 0, 10);
        Arrays.fill(filled, 1);
        ArrayWrites.beforeOffsetWrite(big, 1_500, 10);
        Arrays.fill(big, 1_500, 1_510, 1);
        LoopArrayWrites.prepare(looped, 0, looped.length);
        for (int i = 0; i < looped.length; i++) {
            LoopArrayWrites.storeInt(looped, i, 1);
        }
        assertEquals(3, ThreadWorlds.current().log.size(), "three copies, no element entry");
        for (int[] array : new int[][] {filled, looped, big}) {
            assertConflict(writeOn("writer", () -> ArrayWrites.storeInt(array, 0, 2)), "writer", "int[]");
        }
        Worlds.pop();
        assertArrayEquals(new int[10], filled);
        assertArrayEquals(new int[10], looped);
        assertArrayEquals(new int[LARGE], big);
    }

    @Test
    void aThreadWithAWorldOfItsOwnIsRefusedAtSaveTimeAndSavesNothing() {
        int[] logged = new int[10];
        int[] copied = new int[10];
        int[] big = new int[LARGE];
        Worlds.push();
        ArrayWrites.storeInt(logged, 0, 1);
        spendElementLog();
        ArrayWrites.storeInt(copied, 0, 1);
        ArrayWrites.storeInt(big, 0, 1);
        Throwable[] refused = new Throwable[5];
        int[] logGrowth = new int[2];
        int[] held = new int[1];
        assertNull(writeOn("rival", () -> {
            try (World mine = Worlds.push()) {
                WorldLog log = ThreadWorlds.current().log;
                int[] own = new int[10];
                ArrayWrites.storeInt(own, 0, 1);   // this world's own array: claimed and logged
                int before = log.size();
                refused[0] = failureOf(() -> ArrayWrites.storeInt(logged, 1, 2));      // as an element entry
                refused[1] = failureOf(() -> ArrayWrites.storeInt(copied, 1, 2));
                refused[2] = failureOf(() -> ArrayWrites.beforeRangeWrite(big, 0, 2)); // as a chunk copy
                logGrowth[0] = log.size() - before;
                spendElementLog();
                before = log.size();
                refused[3] = failureOf(() -> ArrayWrites.storeInt(logged, 1, 2));      // as a copy
                refused[4] = failureOf(() -> ArrayWrites.storeInt(big, 1, 2));
                logGrowth[1] = log.size() - before;
                held[0] = ThreadWorlds.current().heldArrays.size();
                assertEquals(1, own[0]);
            }
        }));
        for (Throwable conflict : refused) {
            assertConflict(conflict, "rival", "int[]");
        }
        assertEquals(0, logGrowth[0], "refused saves log nothing");
        assertEquals(0, logGrowth[1], "refused copies copy nothing");
        assertEquals(3, held[0], "it claimed its own array and its two scratch arrays, nothing of the owner's");
        assertEquals(0, logged[1]);
        assertEquals(0, copied[1]);
        assertEquals(1, big[0]);
        assertEquals(0, big[1]);
        Worlds.pop();
        assertArrayEquals(new int[10], logged);
        assertArrayEquals(new int[10], copied);
        assertArrayEquals(new int[LARGE], big);
    }

    @Test
    void theConflictNamesTheWriterTheOwnersWorldAndTheArray() {
        String[] names = {"a", "b"};
        Worlds.push();
        Worlds.push();
        ArrayWrites.storeRef(names, 0, "c");
        Throwable thrown = writeOn("writer", () -> ArrayWrites.storeRef(names, 1, "d"));
        assertConflict(thrown, "writer", "java.lang.String[]");
        assertEquals("Thread 'writer' wrote an array java.lang.String[] of length 2 that is owned by the open"
                + " world at depth 2 of thread '" + owner + "', which is still running. Worlds are thread-confined:"
                + " let that world commit or roll back first, or give each thread its own arrays. A world left open by"
                + " mistake (a missing pop or close) stays open while its thread runs; once the thread ends, the next"
                + " write rolls it back.", thrown.getMessage());
        Worlds.popUntil(0);
        assertArrayEquals(new String[] {"a", "b"}, names);
    }

    @Test
    void afterTheOwnersRollbackAnyThreadMayWriteAndClaimTheArray() {
        int[] big = new int[LARGE];
        Worlds.push();
        ArrayWrites.storeInt(big, 700, 1);
        spendElementLog();
        ArrayWrites.storeInt(big, 1_300, 1);
        Worlds.pop();
        assertNull(writeOn("writer", () -> ArrayWrites.storeInt(big, 700, 2)));
        assertNull(writeOn("writer-in-world", () -> {
            try (World mine = Worlds.push()) {
                ArrayWrites.storeInt(big, 1_300, 3);
                mine.commit();
            }
        }));
        assertEquals(2, big[700]);
        assertEquals(3, big[1_300]);
        Worlds.push();
        ArrayWrites.storeInt(big, 700, 4);   // claimed again by this thread
        assertConflict(writeOn("writer", () -> ArrayWrites.storeInt(big, 1_300, 5)), "writer", "int[]");
        Worlds.pop();
        assertEquals(2, big[700]);
    }

    @Test
    void afterTheOwnersOutermostCommitAnyThreadMayWrite() {
        int[] cells = new int[10];
        Worlds.push();
        ArrayWrites.storeInt(cells, 0, 1);
        ArrayWrites.storeInt(cells, 1, 1);   // copied
        Worlds.commit();
        assertNull(ArrayOwnership.holderOf(cells));
        assertNull(writeOn("writer", () -> ArrayWrites.storeInt(cells, 0, 2)));
        assertEquals(2, cells[0]);
        assertEquals(1, cells[1]);
    }

    @Test
    void aNestedCommitHandsTheArrayToTheParentUntilItRollsBack() {
        int[] cells = new int[10];
        World outer = Worlds.push();
        Worlds.push();
        ArrayWrites.storeInt(cells, 0, 1);
        Worlds.commit();
        assertSame(outer, ArrayOwnership.holderOf(cells).publicWorld());
        Throwable thrown = writeOn("writer", () -> ArrayWrites.storeInt(cells, 0, 2));
        assertConflict(thrown, "writer", "int[]");
        assertTrue(thrown.getMessage().contains("world at depth 1 of thread '" + owner + "'"), thrown.getMessage());
        Worlds.pop();
        assertEquals(0, cells[0], "the parent's rollback undid the committed write");
        assertNull(writeOn("writer", () -> ArrayWrites.storeInt(cells, 0, 2)));
        assertEquals(2, cells[0]);
    }

    @Test
    void aNestedCommitHandsTheArrayToTheParentUntilItCommits() {
        int[] big = new int[LARGE];
        Worlds.push();
        Worlds.push();
        spendElementLog();
        ArrayWrites.storeInt(big, 1_000, 1);   // a chunk copy
        Worlds.commit();
        assertConflict(writeOn("writer", () -> ArrayWrites.storeInt(big, 1_001, 2)), "writer", "int[]");
        Worlds.push();
        Worlds.pop();   // an inner world that never saved it ends: the parent still holds it
        assertConflict(writeOn("writer", () -> ArrayWrites.storeInt(big, 1_001, 2)), "writer", "int[]");
        Worlds.commit();
        assertNull(writeOn("writer", () -> ArrayWrites.storeInt(big, 1_001, 2)));
        assertEquals(1, big[1_000]);
        assertEquals(2, big[1_001]);
    }

    /** The inner world claimed it, the outer one never saved it: the inner rollback frees it. */
    @Test
    void anInnerWorldRolledBackWhileTheOuterStaysOpenFreesWhatOnlyItSaved() {
        int[] innerOnly = new int[10];
        int[] outerToo = new int[10];
        Worlds.push();
        ArrayWrites.storeInt(outerToo, 0, 1);
        Worlds.push();
        ArrayWrites.storeInt(innerOnly, 0, 1);
        ArrayWrites.storeInt(outerToo, 1, 1);
        Worlds.pop();
        assertNull(writeOn("writer", () -> ArrayWrites.storeInt(innerOnly, 0, 2)));
        assertConflict(writeOn("writer", () -> ArrayWrites.storeInt(outerToo, 1, 2)), "writer", "int[]");
        Worlds.pop();
        assertEquals(2, innerOnly[0], "not the outer world's to undo");
        assertArrayEquals(new int[10], outerToo);
    }

    /**
     * World after world saving the same arrays, as a search does: each world claims them again
     * after the previous one's rollback released them. (Guards any cache of "held by this thread",
     * which the rollback must clear: one was tried, a per-thread list of the last 8 arrays, and made
     * golomb8 slower, since its worlds cycle through more bit sets than that.)
     */
    @Test
    void aWorldThatSavesAnArrayAnEndedWorldHeldClaimsItAgain() {
        int[] first = new int[2];
        int[] second = new int[2];
        for (int round = 0; round < 2; round++) {
            Worlds.push();
            ArrayWrites.storeInt(first, 0, 1);    // tiny arrays: element entries, each switch a claim check
            ArrayWrites.storeInt(second, 0, 1);
            ArrayWrites.storeInt(first, 1, 1);
            assertConflict(writeOn("writer", () -> ArrayWrites.storeInt(first, 1, 2)), "writer", "int[]");
            Worlds.pop();
            assertNull(ArrayOwnership.holderOf(first), "released by the rollback");
        }
        assertArrayEquals(new int[2], first);
    }

    /** An outer world already holds it: the inner one claims nothing and its end frees nothing. */
    @Test
    void anArrayAnOuterWorldHoldsStaysItsAcrossInnerWorlds() {
        long[] big = new long[LARGE];
        World outer = Worlds.push();
        ArrayWrites.storeLong(big, 5, 1);
        for (boolean commit : new boolean[] {false, true}) {
            Worlds.push();
            spendElementLog();
            ArrayWrites.storeLong(big, 1_500, 2);   // a chunk copy in the inner world
            if (commit) {
                Worlds.commit();
            } else {
                Worlds.pop();
            }
            assertSame(outer, ArrayOwnership.holderOf(big).publicWorld());
            assertConflict(writeOn("writer", () -> ArrayWrites.storeLong(big, 1_500, 3)), "writer", "long[]");
        }
        Worlds.pop();
        assertArrayEquals(new long[LARGE], big);
    }

    @Test
    void arraysNoWorldSavedAreWrittenFreely() {
        int[] saved = new int[10];
        int[] unsaved = new int[10];
        int[] big = new int[LARGE];
        Worlds.push();
        ArrayWrites.storeInt(saved, 0, 1);
        assertNull(writeOn("writer", () -> {
            ArrayWrites.storeInt(unsaved, 0, 2);
            ArrayWrites.beforeRangeWrite(big, 0, LARGE);
            Arrays.fill(big, 3);
        }));
        Worlds.pop();
        assertEquals(2, unsaved[0], "a plain write, not the world's to undo");
        assertEquals(3, big[LARGE - 1]);
    }

    @Test
    void theOwnersRollbackAndCommitStayExactAfterRefusedWrites() {
        for (boolean commit : new boolean[] {false, true}) {
            int[] cells = {1, 2, 3, 4, 5, 6};
            int[] big = new int[LARGE];
            Worlds.push();
            ArrayWrites.storeInt(cells, 0, 10);   // element entry
            ArrayWrites.storeInt(cells, 1, 20);   // then a copy
            ArrayWrites.storeInt(big, 100, 10);
            ArrayWrites.storeInt(big, 101, 10);   // a chunk copy
            assertNull(writeOn("writer", () -> {
                for (int i = 0; i < cells.length; i++) {
                    int index = i;
                    assertInstanceOf(WorldConflictException.class, failureOf(() -> ArrayWrites.storeInt(cells, index, -1)));
                    assertInstanceOf(WorldConflictException.class, failureOf(() -> ArrayWrites.storeInt(big, 100 + index, -1)));
                }
            }));
            ArrayWrites.storeInt(cells, 5, 60);
            if (commit) {
                Worlds.commit();
                assertArrayEquals(new int[] {10, 20, 3, 4, 5, 60}, cells);
                assertEquals(10, big[100]);
                assertEquals(10, big[101]);
                assertEquals(0, big[102]);
            } else {
                Worlds.pop();
                assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6}, cells);
                assertArrayEquals(new int[LARGE], big);
            }
        }
    }

    /**
     * Two threads with worlds save one array at the same time, again and again: exactly one of
     * them owns it each time, the other is refused having saved nothing, and both end exact.
     */
    @Test
    void ofTwoWorldsSavingOneArrayAtOnceExactlyOneOwnsIt() throws Exception {
        int[] shared = new int[10];
        for (int round = 0; round < 200; round++) {
            CountDownLatch start = new CountDownLatch(1);
            CountDownLatch saved = new CountDownLatch(2);
            int[] conflicts = new int[2];
            Thread[] threads = new Thread[2];
            AtomicReference<Throwable> failure = new AtomicReference<>();
            for (int t = 0; t < 2; t++) {
                int me = t;
                threads[t] = new Thread(() -> {
                    try {
                        await(start);
                        Worlds.push();
                        try {
                            ArrayWrites.storeInt(shared, me, me + 1);
                        } catch (WorldConflictException refused) {
                            conflicts[me] = 1;
                        }
                        saved.countDown();
                        await(saved);   // both have tried while both worlds are open
                        Worlds.pop();
                    } catch (Throwable e) {
                        failure.set(e);
                    }
                }, "rival-" + t);
                threads[t].start();
            }
            start.countDown();
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            }
            assertNull(failure.get());
            assertEquals(1, conflicts[0] + conflicts[1], "exactly one world owned it");
            assertArrayEquals(new int[10], shared, "the owner's rollback was exact, the refused write never landed");
        }
    }

    /** Documented (docs/threads.md, "Arrays"): an array created in a world is claimed once a world saves it. */
    @Test
    void anArrayCreatedInAWorldBelongsToNoWorldUntilOneSavesIt() {
        Worlds.push();
        int[] fresh = new int[10];
        ArrayWrites.created(fresh);
        ArrayWrites.storeInt(fresh, 0, 1);
        assertNull(writeOn("writer", () -> ArrayWrites.storeInt(fresh, 1, 2)));
        Worlds.push();
        ArrayWrites.storeInt(fresh, 2, 3);   // saved by the inner world: claimed now
        assertConflict(writeOn("writer", () -> ArrayWrites.storeInt(fresh, 3, 4)), "writer", "int[]");
        Worlds.popUntil(0);
        assertEquals(2, fresh[1]);
        assertEquals(0, fresh[2]);
    }

    private void assertConflict(Throwable thrown, String writer, String arrayType) {
        assertInstanceOf(WorldConflictException.class, thrown, "expected a conflict, got " + thrown);
        String message = thrown.getMessage();
        assertTrue(message.contains("Thread '" + writer + "'"), message);
        assertTrue(message.contains("thread '" + owner + "'"), message);
        assertTrue(message.contains("an array " + arrayType + " "), message);
    }

    /** Runs {@code write} on a new thread named {@code name}, ordered after everything before; returns what it threw. */
    private static Throwable writeOn(String name, Runnable write) {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new Thread(() -> thrown.set(failureOf(write)), name);
        thread.start();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertTrue(!thread.isAlive(), "thread '" + name + "' did not finish");
        return thrown.get();
    }

    private static Throwable failureOf(Runnable write) {
        try {
            write.run();
            return null;
        } catch (Throwable failure) {
            return failure;
        }
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertTrue(latch.await(30, TimeUnit.SECONDS), "a latch was not released in time");
    }

    /** Uses up the innermost world's element log, so that its next array writes copy. */
    private static void spendElementLog() {
        int[][] scratch = {new int[ElementLogPolicy.TINY_LENGTH + 1], new int[ElementLogPolicy.TINY_LENGTH + 1]};
        for (int i = 0; i < ElementLogPolicy.LOG_LIMIT; i++) {
            ArrayWrites.storeInt(scratch[i % 2], 0, i);   // alternating: no run, every write logged
        }
    }
}
