package dev.worlds.internal;

/**
 * What woven code calls instead of the nine array store instructions, after it creates an array,
 * and before a JDK method writes into an array. Each store saves what it overwrites unless the
 * world already holds it, then stores exactly as the instruction would, with the same exceptions
 * (a save never throws for a null array or a bad index: the store that follows does).
 *
 * <p>Fast path: no world open anywhere ({@code current == null}); or the array is the small one
 * this thread saved (or created) last in its current world ({@link CurrentWorld#lastSavedArray}),
 * which keeps a loop over one array on a compare per write; or it is the large array saved last
 * and the element's chunk is saved ({@link CurrentWorld#lastChunkedArray}). Otherwise the
 * element is saved as an entry of the log, inlined here, while the world's policy allows
 * ({@link ElementLogPolicy}); else the out-of-line slow path copies the array or chunk.
 * A thread with no world open takes the out-of-line path while another thread has worlds, and
 * there is refused a write into an array another thread's open world holds ({@link ArrayOwnership}).
 * Byte and boolean arrays share {@code bastore}, so they share a method here too.
 */
public final class ArrayWrites {
    private ArrayWrites() {
    }

    public static void storeInt(int[] array, int index, int value) {
        if (mayNeedSave(array) && !chunkSaved(array, index)) {
            saveInt(array, index);
        }
        array[index] = value;
    }

    public static void storeLong(long[] array, int index, long value) {
        if (mayNeedSave(array) && !chunkSaved(array, index)) {
            saveLong(array, index);
        }
        array[index] = value;
    }

    public static void storeFloat(float[] array, int index, float value) {
        if (mayNeedSave(array) && !chunkSaved(array, index)) {
            saveFloat(array, index);
        }
        array[index] = value;
    }

    public static void storeDouble(double[] array, int index, double value) {
        if (mayNeedSave(array) && !chunkSaved(array, index)) {
            saveDouble(array, index);
        }
        array[index] = value;
    }

    public static void storeRef(Object[] array, int index, Object value) {
        if (mayNeedSave(array) && !chunkSaved(array, index)) {
            saveRef(array, index);
        }
        array[index] = value;
    }

    public static void storeChar(char[] array, int index, char value) {
        if (mayNeedSave(array) && !chunkSaved(array, index)) {
            saveChar(array, index);
        }
        array[index] = value;
    }

    public static void storeShort(short[] array, int index, short value) {
        if (mayNeedSave(array) && !chunkSaved(array, index)) {
            saveShort(array, index);
        }
        array[index] = value;
    }

    /** {@code bastore} takes a byte[] or a boolean[]; a boolean store keeps the low bit (JVMS 6.5). */
    public static void storeByteOrBoolean(Object array, int index, int value) {
        if (mayNeedSave(array) && !chunkSaved(array, index)) {
            saveByteOrBoolean(array, index);
        }
        if (array instanceof boolean[]) {
            ((boolean[]) array)[index] = (value & 1) != 0;
        } else {
            ((byte[]) array)[index] = (byte) value;
        }
    }

    // Saves of one element before its store: an element entry when ArraySaves.elementLog hands
    // out the log (a few stores, inlined into the store method), else it took the slow path.

    private static void saveInt(int[] array, int index) {
        WorldLog log = ArraySaves.elementLog(array, index);
        if (log != null) {
            log.recordElement(ArrayElement.INT, array, index, array[index]);
        }
    }

    private static void saveLong(long[] array, int index) {
        WorldLog log = ArraySaves.elementLog(array, index);
        if (log != null) {
            log.recordElement(ArrayElement.LONG, array, index, array[index]);
        }
    }

    private static void saveFloat(float[] array, int index) {
        WorldLog log = ArraySaves.elementLog(array, index);
        if (log != null) {
            log.recordElement(ArrayElement.FLOAT, array, index, Float.floatToRawIntBits(array[index]));
        }
    }

    private static void saveDouble(double[] array, int index) {
        WorldLog log = ArraySaves.elementLog(array, index);
        if (log != null) {
            log.recordElement(ArrayElement.DOUBLE, array, index, Double.doubleToRawLongBits(array[index]));
        }
    }

    private static void saveRef(Object[] array, int index) {
        WorldLog log = ArraySaves.elementLog(array, index);
        if (log != null) {
            log.recordRefElement(array, index, array[index]);
        }
    }

    private static void saveChar(char[] array, int index) {
        WorldLog log = ArraySaves.elementLog(array, index);
        if (log != null) {
            log.recordElement(ArrayElement.CHAR, array, index, array[index]);
        }
    }

    private static void saveShort(short[] array, int index) {
        WorldLog log = ArraySaves.elementLog(array, index);
        if (log != null) {
            log.recordElement(ArrayElement.SHORT, array, index, array[index]);
        }
    }

    private static void saveByteOrBoolean(Object array, int index) {
        WorldLog log = ArraySaves.elementLog(array, index);
        if (log != null) {
            boolean flags = array instanceof boolean[];
            long old = flags ? (((boolean[]) array)[index] ? 1 : 0) : ((byte[]) array)[index];
            log.recordElement(flags ? ArrayElement.BOOLEAN : ArrayElement.BYTE, array, index, old);
        }
    }

    /** False when no world is open anywhere, or {@code array} is the small array saved last. */
    private static boolean mayNeedSave(Object array) {
        return WorldsRuntime.current != null && !CurrentWorld.savedLast(array);
    }

    /**
     * True when {@code array} is the large array saved last and the chunk holding {@code index}
     * is saved in the current world, and the caller is the thread that world belongs to (another
     * thread's write must reach the ownership check, see {@link ArrayOwnership}; the thread test
     * comes last, so only writes that hit the cache pay it). A bad index is left for the store to
     * report.
     */
    static boolean chunkSaved(Object array, int index) {
        if (array != CurrentWorld.lastChunkedArray) {
            return false;
        }
        Object[] stamps = CurrentWorld.lastChunkStamps;
        int chunk = index >>> ArrayStamps.CHUNK_SHIFT;
        return chunk < stamps.length && stamps[chunk] == WorldsRuntime.current && CurrentWorld.ownsCurrent();
    }

    /**
     * Called by woven code right after {@code newarray}, {@code anewarray}, {@code multianewarray}
     * (outer array only), an array's {@code clone()} or {@code Arrays.copyOf*}: an array created
     * in a world needs no save there.
     */
    public static void created(Object array) {
        if (WorldsRuntime.current != null) {
            ArraySaves.created(array);
        }
    }

    // Called before a JDK method writes a range of an array handed to it by woven code.

    /** Before a JDK method that may write any element of {@code array}. */
    public static void beforeWholeWrite(Object array) {
        if (mayNeedSave(array)) {
            ArraySaves.saveRange(array, 0, Integer.MAX_VALUE);
        }
    }

    /** Before a JDK method that writes {@code array[from, to)}. */
    public static void beforeRangeWrite(Object array, int from, int to) {
        if (mayNeedSave(array)) {
            ArraySaves.saveRange(array, from, to);
        }
    }

    /** Before a JDK method that writes {@code length} elements of {@code array} from {@code offset}. */
    public static void beforeOffsetWrite(Object array, int offset, int length) {
        if (mayNeedSave(array)) {
            ArraySaves.saveRange(array, offset, (int) Math.min(Integer.MAX_VALUE, (long) offset + length));
        }
    }

    /** Before a JDK method that writes {@code array} from {@code from} on, up to a length it computes. */
    public static void beforeWriteFrom(Object array, int from) {
        if (mayNeedSave(array)) {
            ArraySaves.saveRange(array, from, Integer.MAX_VALUE);
        }
    }
}
