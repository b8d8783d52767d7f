package dev.worlds.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The array barrier as woven code calls it. */
class ArrayWritesTest {
    @AfterEach
    void noWorldLeftOpen() {
        int depth = Worlds.depth();
        Worlds.popUntil(0);   // a failed test must not leave its worlds to the next one
        assertEquals(0, depth);
        assertEquals(0, ThreadWorlds.current().arrayStamps.size(), "array stamps outlive no world");
        assertEquals(0, ThreadWorlds.current().heldArrays.size(), "array claims outlive no world");
    }

    @Test
    void everyKindIsRestoredByRollback() {
        int[] ints = {1, 2};
        long[] longs = {1L << 40};
        float[] floats = {1.5f};
        double[] doubles = {Double.NaN};
        Object[] refs = {"a"};
        char[] chars = {'x'};
        short[] shorts = {7};
        byte[] bytes = {-1};
        boolean[] flags = {true};
        Worlds.push();
        ArrayWrites.storeInt(ints, 1, 20);
        ArrayWrites.storeLong(longs, 0, -5);
        ArrayWrites.storeFloat(floats, 0, -0.0f);
        ArrayWrites.storeDouble(doubles, 0, 2.5);
        ArrayWrites.storeRef(refs, 0, null);
        ArrayWrites.storeChar(chars, 0, 'y');
        ArrayWrites.storeShort(shorts, 0, (short) -3);
        ArrayWrites.storeByteOrBoolean(bytes, 0, 0x1ff);
        ArrayWrites.storeByteOrBoolean(flags, 0, 2);
        assertEquals(-1, bytes[0], "bastore keeps the low 8 bits");
        assertFalse(flags[0], "a boolean store keeps the low bit");
        Worlds.pop();
        assertArrayEquals(new int[] {1, 2}, ints);
        assertEquals(1L << 40, longs[0]);
        assertEquals(1.5f, floats[0]);
        assertTrue(Double.isNaN(doubles[0]));
        assertEquals("a", refs[0]);
        assertEquals('x', chars[0]);
        assertEquals(7, shorts[0]);
        assertEquals(-1, bytes[0]);
        assertTrue(flags[0]);
    }

    @Test
    void commitKeepsAndNestedWorldsNest() {
        int[] cells = new int[8];
        Worlds.push();
        ArrayWrites.storeInt(cells, 0, 1);
        Worlds.push();
        ArrayWrites.storeInt(cells, 0, 2);   // already saved by the parent: saved again for the child
        ArrayWrites.storeInt(cells, 1, 3);
        Worlds.pop();
        assertArrayEquals(new int[] {1, 0, 0, 0, 0, 0, 0, 0}, cells);
        ArrayWrites.storeInt(cells, 2, 4);   // back in the parent: already saved there
        Worlds.push();
        ArrayWrites.storeInt(cells, 3, 5);
        Worlds.commit();
        assertEquals(5, cells[3]);
        Worlds.pop();
        assertArrayEquals(new int[8], cells);
        Worlds.push();
        ArrayWrites.storeInt(cells, 7, 9);
        Worlds.commit();
        assertEquals(9, cells[7]);
    }

    @Test
    void aWorldLogsItsFirstArrayWritesElementByElement() {
        int[] big = new int[1_000_000];
        boolean[] flags = new boolean[4];
        Worlds.push();
        ArrayWrites.storeInt(big, 999_999, 1);
        ArrayWrites.storeByteOrBoolean(flags, 2, 1);
        ArrayWrites.storeInt(big, 999_999, 2);
        assertEquals(3, ThreadWorlds.current().log.size(), "one entry per write, nothing copied");
        assertEquals(0, ThreadWorlds.current().arrayStamps.size(), "element entries need no stamp");
        Worlds.pop();
        assertEquals(0, big[999_999]);
        assertFalse(flags[2]);
    }

    @Test
    void aTinyArrayIsLoggedOnEveryWriteWhereALargerOneIsCopiedOnItsSecondWriteInARow() {
        long[] words = new long[ElementLogPolicy.TINY_LENGTH];
        long[] larger = new long[ElementLogPolicy.TINY_LENGTH + 1];
        WorldLog log = ThreadWorlds.current().log;
        Worlds.push();
        for (int write = 0; write < 3; write++) {
            ArrayWrites.storeLong(words, 0, write + 1);
        }
        assertEquals(3, log.size(), "an element entry per write to the tiny array");
        assertEquals(0, ThreadWorlds.current().arrayStamps.size(), "nothing copied, no stamp");
        ArrayWrites.storeLong(larger, 0, 1);
        ArrayWrites.storeLong(larger, 1, 1);
        ArrayWrites.storeLong(larger, 2, 1);
        assertEquals(5, log.size(), "the larger array: one element entry, then one copy");
        assertEquals(1, ThreadWorlds.current().arrayStamps.size());
        Worlds.pop();
        assertEquals(0, words[0]);
        assertEquals(0, larger[1]);
    }

    @Test
    void aWorldThatKeepsRewritingATinyArrayCopiesItOnceItsTinyLogIsFull() {
        int[] pair = new int[2];
        WorldLog log = ThreadWorlds.current().log;
        Worlds.push();
        for (int write = 0; write < ElementLogPolicy.TINY_LOG_LIMIT + 100; write++) {
            ArrayWrites.storeInt(pair, write % 2, write);
        }
        assertEquals(ElementLogPolicy.TINY_LOG_LIMIT + 2, log.size(),
                "the tiny log, then as any array one element entry and a copy; then no more entries");
        Worlds.pop();
        assertEquals(0, pair[0]);
        assertEquals(0, pair[1]);
    }

    @Test
    void whileAnotherThreadHasAWorldOpenAnArrayIsStillCopiedOnceAndThenWrittenFreely() throws Exception {
        CountDownLatch opened = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            Worlds.push();   // two threads with worlds: no thread owns WorldsRuntime.current
            opened.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Worlds.pop();
        }, "other");
        other.start();
        try {
            opened.await();
            WorldLog log = ThreadWorlds.current().log;
            int[] cells = new int[100];
            Worlds.push();
            for (int round = 1; round <= 3; round++) {
                for (int i = 0; i < cells.length; i++) {
                    ArrayWrites.storeInt(cells, i, round);
                }
            }
            assertEquals(2, log.size(), "an element entry, then one copy; then this thread's saved-last array");
            int[] fresh = new int[10];
            ArrayWrites.created(fresh);
            ArrayWrites.storeInt(fresh, 0, 1);
            assertEquals(2, log.size(), "an array created in the world needs no save there");
            Worlds.push();
            ArrayWrites.storeInt(cells, 0, 9);
            assertEquals(3, log.size(), "an inner world saves the outer world's saved-last array again");
            Worlds.pop();
            assertEquals(3, cells[0]);
            Worlds.pop();
            assertArrayEquals(new int[100], cells);
        } finally {
            done.countDown();
            other.join();
        }
    }

    @Test
    void anArrayCreatedInAWorldIsNotSavedThereButIsInAnInnerWorld() {
        WorldLog log = ThreadWorlds.current().log;
        Worlds.push();
        int[] fresh = new int[1_000];
        ArrayWrites.created(fresh);
        for (int i = 0; i < fresh.length; i++) {
            ArrayWrites.storeInt(fresh, i, i + 1);
        }
        assertEquals(0, log.size(), "filling an array created in the world saves nothing");
        Worlds.push();
        ArrayWrites.storeInt(fresh, 5, -1);
        assertEquals(1, log.size(), "the inner world saves what it changes");
        Worlds.pop();
        assertEquals(6, fresh[5]);
        Worlds.commit();
        assertEquals(1_000, fresh[999]);
    }

    @Test
    void anArrayAStaticInitializerCreatesInAWorldIsClassStateUntilItIsDone() {
        WorldLog log = ThreadWorlds.current().log;
        int[] older = new int[2];
        Worlds.push();
        WorldsRuntime.beginClassInit();
        int[] table = new int[600];
        ArrayWrites.created(table);
        for (int i = 0; i < table.length; i++) {
            ArrayWrites.storeInt(table, i, i);
        }
        ArrayWrites.beforeRangeWrite(table, 0, 600);
        ArrayWrites.storeInt(older, 0, 5);
        assertEquals(1, log.size(), "only the array that existed before the initializer is saved");
        WorldsRuntime.endClassInit();
        ArrayWrites.storeInt(table, 1, -1);
        assertEquals(2, log.size(), "after the initializer, the table is state like any other");
        Worlds.pop();
        assertEquals(1, table[1]);
        assertEquals(599, table[599]);
        assertEquals(0, older[0]);
    }

    @Test
    void anArrayCreatedOutsideWorldsIsSavedAsUsual() {
        int[] older = new int[4];
        ArrayWrites.created(older);
        Worlds.push();
        ArrayWrites.storeInt(older, 1, 7);
        assertEquals(1, ThreadWorlds.current().log.size());
        Worlds.pop();
        assertEquals(0, older[1]);
    }

    @Test
    void aRunOfWritesToOneArrayCopiesItAndRewritesStayCheap() {
        int[] cells = new int[100];
        Worlds.push();
        for (int round = 0; round < 1_000; round++) {
            for (int i = 0; i < cells.length; i++) {
                ArrayWrites.storeInt(cells, i, round + i);
            }
        }
        assertEquals(ElementLogPolicy.RUN_LIMIT + 1, ThreadWorlds.current().log.size(),
                "the first writes logged, then one copy of the array");
        Worlds.pop();
        assertArrayEquals(new int[100], cells);
    }

    @Test
    void writesAlternatingBetweenArraysAreLoggedUpToTheLimitThenCopied() {
        long[] left = new long[10];
        long[] right = new long[10];
        Worlds.push();
        for (int round = 0; round < 100; round++) {
            ArrayWrites.storeLong(left, round % 10, round);
            ArrayWrites.storeLong(right, round % 10, -round);
        }
        assertEquals(ElementLogPolicy.LOG_LIMIT + 2, ThreadWorlds.current().log.size(),
                "element entries up to the limit, then one copy of each array");
        Worlds.pop();
        assertArrayEquals(new long[10], left);
        assertArrayEquals(new long[10], right);
    }

    @Test
    void elementEntriesAndCopiesOfOneArrayRollBackInOrder() {
        int[] cells = {1, 2, 3};
        Worlds.push();
        ArrayWrites.storeInt(cells, 0, 10);                      // element entry in the outer world
        Worlds.push();
        ArrayWrites.storeInt(cells, 1, 20);                      // element entry in the inner world
        spendElementLog();
        ArrayWrites.storeInt(cells, 2, 30);                      // copy of {10, 20, 3}
        ArrayWrites.storeInt(cells, 0, 40);
        Worlds.commit();
        assertArrayEquals(new int[] {40, 20, 30}, cells);
        Worlds.push();
        ArrayWrites.storeInt(cells, 1, 50);
        Worlds.pop();
        assertArrayEquals(new int[] {40, 20, 30}, cells);
        Worlds.pop();
        assertArrayEquals(new int[] {1, 2, 3}, cells);
    }

    @Test
    void aLargeArrayIsSavedChunkByChunk() {
        int[] big = new int[1_000_000];
        Worlds.push();
        spendElementLog();
        WorldLog log = ThreadWorlds.current().log;
        int before = log.size();
        ArrayWrites.storeInt(big, 500_000, 1);
        ArrayWrites.storeInt(big, 500_001, 2);
        ArrayWrites.storeInt(big, 999_999, 3);
        assertEquals(2, log.size() - before, "two chunks saved, not the array");
        Worlds.pop();
        assertEquals(0, big[500_000]);
        assertEquals(0, big[500_001]);
        assertEquals(0, big[999_999]);
    }

    @Test
    void largeArraysNestLikeSmallOnes() {
        long[] big = new long[5_000];
        Worlds.push();
        spendElementLog();
        for (int i = 0; i < big.length; i += 7) {
            ArrayWrites.storeLong(big, i, 1);      // every chunk saved once in the outer world
        }
        Worlds.push();
        ArrayWrites.storeLong(big, 511, 2);        // chunk 0 saved again for the inner world
        ArrayWrites.storeLong(big, 512, 3);        // chunk 1
        Worlds.pop();
        assertEquals(511 % 7 == 0 ? 1 : 0, big[511], "back to the outer world's value");
        assertEquals(512 % 7 == 0 ? 1 : 0, big[512]);
        ArrayWrites.storeLong(big, 4_999, 4);      // outer world again: chunk already saved there
        Worlds.push();
        ArrayWrites.storeLong(big, 1_000, 5);
        Worlds.commit();
        assertEquals(5, big[1_000]);
        Worlds.pop();
        for (long value : big) {
            assertEquals(0, value);
        }
    }

    @Test
    void badStoresThrowAsTheInstructionWouldAndChangeNothing() {
        int[] ints = {1};
        Object[] strings = new String[] {"s"};
        Worlds.push();
        assertThrows(NullPointerException.class, () -> ArrayWrites.storeInt(null, 0, 1));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> ArrayWrites.storeInt(ints, 1, 1));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> ArrayWrites.storeInt(ints, -1, 1));
        assertThrows(ArrayStoreException.class, () -> ArrayWrites.storeRef(strings, 0, 42));
        assertThrows(NullPointerException.class, () -> ArrayWrites.storeByteOrBoolean(null, 0, 1));
        Worlds.pop();
        assertEquals(1, ints[0]);
        assertEquals("s", strings[0]);
    }

    @Test
    void writesWithNoWorldAreStoresAndSaveNothing() {
        int[] ints = new int[4];
        ArrayWrites.storeInt(ints, 2, 7);
        assertEquals(7, ints[2]);
        assertEquals(0, ThreadWorlds.current().log.size());
    }

    /** Uses up the innermost world's element log, so that its next array writes copy. */
    private static void spendElementLog() {
        int[][] scratch = {new int[ElementLogPolicy.TINY_LENGTH + 1], new int[ElementLogPolicy.TINY_LENGTH + 1]};
        for (int i = 0; i < ElementLogPolicy.LOG_LIMIT; i++) {
            ArrayWrites.storeInt(scratch[i % 2], 0, i);   // alternating: no run, every write logged
        }
    }
}
