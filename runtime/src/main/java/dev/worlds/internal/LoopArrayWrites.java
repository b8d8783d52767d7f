package dev.worlds.internal;

/**
 * The array stores of a loop the weaver found to fill one array in order: indexed by the loop's
 * counter, bounded by a value known when the loop starts, with nothing else in the loop that could
 * save or create an array. Before such a loop woven code calls {@link #prepare}, which saves the
 * range the loop can write (when a world is open); if that is the whole array, it also becomes
 * the fast path's "saved last" array and the stores inside never reach the slow path.
 *
 * <p>The stores do what {@link ArrayWrites}' do, and must stay separate methods: the JIT keeps one
 * branch profile per method, and only because these stores never see their slow path taken does
 * it compile that path as a trap, hoist the check out of the loop and leave a loop as plain as the
 * unwoven one, vectorized included. Were the slow path needed after all (the loop covers part of a
 * large array, another thread took the world), it saves as usual.
 */
public final class LoopArrayWrites {
    /** Largest range {@link #prepare} copies up front, in elements: a loop may stop early. */
    static final int PREPARE_LIMIT = 1 << 16;

    private LoopArrayWrites() {
    }

    /** Called before the loop with the array it fills and the range {@code [from, to)} its counter can take. */
    public static void prepare(Object array, int from, int to) {
        if (WorldsRuntime.current != null && !CurrentWorld.savedLast(array)) {
            ArraySaves.prepareLoop(array, from, to, PREPARE_LIMIT);
        }
    }

    public static void storeInt(int[] array, int index, int value) {
        if (mayNeedSave(array, index)) {
            ArraySaves.save(array, index);
        }
        array[index] = value;
    }

    public static void storeLong(long[] array, int index, long value) {
        if (mayNeedSave(array, index)) {
            ArraySaves.save(array, index);
        }
        array[index] = value;
    }

    public static void storeFloat(float[] array, int index, float value) {
        if (mayNeedSave(array, index)) {
            ArraySaves.save(array, index);
        }
        array[index] = value;
    }

    public static void storeDouble(double[] array, int index, double value) {
        if (mayNeedSave(array, index)) {
            ArraySaves.save(array, index);
        }
        array[index] = value;
    }

    public static void storeRef(Object[] array, int index, Object value) {
        if (mayNeedSave(array, index)) {
            ArraySaves.save(array, index);
        }
        array[index] = value;
    }

    public static void storeChar(char[] array, int index, char value) {
        if (mayNeedSave(array, index)) {
            ArraySaves.save(array, index);
        }
        array[index] = value;
    }

    public static void storeShort(short[] array, int index, short value) {
        if (mayNeedSave(array, index)) {
            ArraySaves.save(array, index);
        }
        array[index] = value;
    }

    /** {@code bastore} takes a byte[] or a boolean[]; a boolean store keeps the low bit (JVMS 6.5). */
    public static void storeByteOrBoolean(Object array, int index, int value) {
        if (mayNeedSave(array, index)) {
            ArraySaves.save(array, index);
        }
        if (array instanceof boolean[]) {
            ((boolean[]) array)[index] = (value & 1) != 0;
        } else {
            ((byte[]) array)[index] = (byte) value;
        }
    }

    /** As in {@link ArrayWrites}: the chunk cache matters for loops over part of a large array. */
    private static boolean mayNeedSave(Object array, int index) {
        return WorldsRuntime.current != null && !CurrentWorld.savedLast(array)
                && !ArrayWrites.chunkSaved(array, index);
    }
}
