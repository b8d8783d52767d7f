package dev.worlds.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.worlds.Worlds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stores of a prepared loop, as woven code calls them. */
class LoopArrayWritesTest {
    @AfterEach
    void noWorldLeftOpen() {
        int depth = Worlds.depth();
        Worlds.popUntil(0);
        assertEquals(0, depth);
    }

    @Test
    void aPreparedArrayIsCopiedOnceAndItsStoresSaveNothingMore() {
        long[] cells = new long[2_000];   // four chunks
        WorldLog log = ThreadWorlds.current().log;
        Worlds.push();
        LoopArrayWrites.prepare(cells, 0, cells.length);
        assertEquals(4, log.size(), "every chunk copied before the loop");
        for (int i = 0; i < cells.length; i++) {
            LoopArrayWrites.storeLong(cells, i, i);
        }
        assertEquals(4, log.size(), "the loop's stores take the fast path");
        Worlds.pop();
        assertArrayEquals(new long[2_000], cells);
    }

    @Test
    void aLoopOverPartOfALargeArraySavesOnlyTheChunksItCanWrite() {
        int[] timeline = new int[100_000];
        WorldLog log = ThreadWorlds.current().log;
        Worlds.push();
        LoopArrayWrites.prepare(timeline, 1_020, 1_030);   // chunks 1 and 2
        assertEquals(2, log.size());
        for (int i = 1_020; i < 1_030; i++) {
            LoopArrayWrites.storeInt(timeline, i, 1);
        }
        assertEquals(2, log.size(), "its stores find their chunks saved");
        ArrayWrites.storeInt(timeline, 5_000, 1);
        assertEquals(3, log.size(), "the rest of the array is not taken for saved");
        Worlds.pop();
        assertEquals(0, timeline[1_025]);
        assertEquals(0, timeline[5_000]);
    }

    @Test
    void anArrayOverThePreparationLimitIsSavedByItsStores() {
        int[] huge = new int[LoopArrayWrites.PREPARE_LIMIT + 1];
        WorldLog log = ThreadWorlds.current().log;
        Worlds.push();
        LoopArrayWrites.prepare(huge, 0, Integer.MAX_VALUE);
        assertEquals(0, log.size(), "not copied up front: the loop may write only a few elements");
        LoopArrayWrites.storeInt(huge, 65_000, 1);
        assertEquals(1, log.size());
        Worlds.pop();
        assertEquals(0, huge[65_000]);
    }

    @Test
    void withoutAWorldPreparationAndStoresSaveNothing() {
        boolean[] flags = new boolean[3];
        LoopArrayWrites.prepare(flags, 0, 3);
        LoopArrayWrites.storeByteOrBoolean(flags, 1, 3);
        assertEquals(true, flags[1], "a boolean store keeps the low bit");
        assertEquals(0, ThreadWorlds.current().log.size());
    }

    @Test
    void everyKindOfStoreStoresAndRollsBack() {
        int[] ints = {1};
        long[] longs = {2};
        float[] floats = {3};
        double[] doubles = {4};
        Object[] refs = {"a"};
        char[] chars = {'c'};
        short[] shorts = {5};
        byte[] bytes = {6};
        Worlds.push();
        LoopArrayWrites.storeInt(ints, 0, -1);
        LoopArrayWrites.storeLong(longs, 0, -2);
        LoopArrayWrites.storeFloat(floats, 0, -3);
        LoopArrayWrites.storeDouble(doubles, 0, -4);
        LoopArrayWrites.storeRef(refs, 0, "b");
        LoopArrayWrites.storeChar(chars, 0, 'd');
        LoopArrayWrites.storeShort(shorts, 0, (short) -5);
        LoopArrayWrites.storeByteOrBoolean(bytes, 0, 0x1fa);
        assertEquals((byte) 0xfa, bytes[0], "bastore keeps the low 8 bits");
        assertEquals("b", refs[0]);
        Worlds.pop();
        assertArrayEquals(new int[] {1}, ints);
        assertArrayEquals(new long[] {2}, longs);
        assertArrayEquals(new float[] {3}, floats);
        assertArrayEquals(new double[] {4}, doubles);
        assertArrayEquals(new Object[] {"a"}, refs);
        assertArrayEquals(new char[] {'c'}, chars);
        assertArrayEquals(new short[] {5}, shorts);
        assertArrayEquals(new byte[] {6}, bytes);
    }
}
