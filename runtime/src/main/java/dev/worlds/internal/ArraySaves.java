package dev.worlds.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;

/**
 * Where arrays are saved: the slow paths behind {@link ArrayWrites} and {@link LoopArrayWrites}.
 * A write saves what it overwrites into the calling thread's innermost world, as an element entry
 * while {@link ElementLogPolicy} says so, else by copying the array (whole if it has at most
 * {@link ArrayStamps#CHUNK} elements, else the chunk holding the index) unless that world already
 * holds it. Before any save the world makes sure no other thread's world holds the array
 * ({@link ArrayOwnership}); a thread without worlds is refused a write into such an array.
 * Nothing here throws for a null array or a bad index: the store that follows throws as the
 * instruction would.
 */
final class ArraySaves {
    /**
     * The slow path, called through a handle in a non-final field, out of line for the same
     * reason as the object barrier's ({@link WorldsRuntime#save}).
     */
    private static MethodHandle slowPath = findSlowPath();

    private ArraySaves() {
    }

    private static MethodHandle findSlowPath() {
        try {
            return MethodHandles.lookup().findStatic(ArraySaves.class, "saveSlowly",
                    MethodType.methodType(void.class, Object.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Saves {@code array[index]} as described above, out of line. */
    static void save(Object array, int index) {
        try {
            slowPath.invokeExact(array, index);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The save log to append an element entry for {@code array[index]} to, or null when the
     * element needs no entry there: either {@link #save} saved it, or the store is bound to throw.
     * The common case, this thread owning {@code current} with a world whose element log has room,
     * is a few loads and compares; the rest goes out of line.
     */
    static WorldLog elementLog(Object array, int index) {
        WorldFrame frame = CurrentWorld.ownedWorld();
        if (frame == null) {
            return elementLogOfThread(array, index);
        }
        ThreadWorlds stack = frame.owner;
        if (logsElement(stack, frame, array, index)) {
            return stack.log;
        }
        save(array, index);
        return null;
    }

    /**
     * {@link #elementLog} for a thread that does not own {@code current}: one with no world open
     * (nothing to save, but the array may be another thread's world's), or one of several threads
     * with worlds, which finds its world through the thread-local stack and keeps its own "saved
     * last" array there.
     */
    private static WorldLog elementLogOfThread(Object array, int index) {
        ThreadWorlds stack = ThreadWorlds.current();
        WorldFrame frame = stack.top();
        if (frame == null) {
            if (array != null && index >= 0 && index < Array.getLength(array)) {
                writeWithoutWorlds(stack, array);
            }
            return null;
        }
        if (array == stack.savedLastArray) {
            return null;
        }
        if (!stack.isClassInitArray(array) && logsElement(stack, frame, array, index)) {
            return stack.log;
        }
        save(array, index);
        return null;
    }

    /**
     * Before a thread with no world open writes into {@code array}: refuses the write if another
     * thread's open world holds the array, and notes it while writes outside worlds are watched.
     */
    private static void writeWithoutWorlds(ThreadWorlds stack, Object array) {
        ArrayOwnership.checkWrite(array);
        WritesOutsideWorlds.arrayWritten(stack, array);
    }

    /**
     * Whether {@code frame} takes the write to {@code array[index]} as an element entry: never for
     * a store bound to throw (null array, bad index), else as {@link ElementLogPolicy} says.
     */
    private static boolean logsElement(ThreadWorlds stack, WorldFrame frame, Object array, int index) {
        if (array == null) {
            return false;
        }
        int length = Array.getLength(array);
        return index >= 0 && index < length && ElementLogPolicy.logs(stack.heldArrays, frame, array, length);
    }

    /**
     * An array woven code created while some thread has worlds: while the creating thread owns
     * {@code current}, the new array becomes {@link CurrentWorld#lastSavedArray}, so writes that
     * fill it take the fast path. It needs no save in the world it was created in, which no
     * rollback makes it older than; an inner world saves it as usual, since changing
     * {@code current} clears the cache. An array a static initializer creates inside a world is
     * class state: nothing the initializer writes into it is saved.
     */
    static void created(Object array) {
        if (CurrentWorld.ownedWorld() != null) {
            CurrentWorld.lastSavedArray = array;
        } else {
            ThreadWorlds.current().created(array);
        }
    }

    /**
     * Before a loop that writes {@code array[from, to)} element after element: saves that range
     * in the calling thread's current world (if it spans at most {@code limit} elements), and if
     * the range is the whole array makes it the array saved last, so the loop's writes skip the
     * save.
     */
    static void prepareLoop(Object array, int from, int to, int limit) {
        if (array == null || !array.getClass().isArray()) {
            return;
        }
        ThreadWorlds stack = ThreadWorlds.current();
        if (stack.top() == null) {
            return;
        }
        int length = Array.getLength(array);
        int start = Math.max(0, from);
        int end = Math.min(length, to);
        if (start >= end || end - start > limit) {
            return;
        }
        saveRange(array, start, end);
        if (start == 0 && end == length) {
            stack.savedLastArray = array;
            if (CurrentWorld.ownedWorld() != null) {
                CurrentWorld.lastSavedArray = array;
            }
        }
    }

    /**
     * Saves the part of {@code array} in {@code [from, to)} (clamped to the array) that is not yet
     * saved in the calling thread's innermost world: the whole array if it is small, else every
     * chunk the range touches. Called once per JDK array-writing call, not per element.
     */
    static void saveRange(Object array, int from, int to) {
        if (array == null || !array.getClass().isArray()) {
            return;
        }
        int length = Array.getLength(array);
        int start = Math.max(0, from);
        int end = Math.min(length, to);
        if (start >= end) {
            return;
        }
        ThreadWorlds stack = ThreadWorlds.current();
        WorldFrame world = stack.top();
        if (world == null) {
            writeWithoutWorlds(stack, array);
            return;
        }
        if (stack.isClassInitArray(array)) {
            return;
        }
        // A small array is one chunk here, which saveChunk saves whole.
        for (int chunk = start >>> ArrayStamps.CHUNK_SHIFT; chunk <= (end - 1) >>> ArrayStamps.CHUNK_SHIFT; chunk++) {
            saveChunk(stack, world, array, length, chunk << ArrayStamps.CHUNK_SHIFT);
        }
    }

    private static void saveSlowly(Object array, int index) {
        if (array == null) {
            return;
        }
        int length = Array.getLength(array);
        if (index < 0 || index >= length) {
            return;
        }
        ThreadWorlds stack = ThreadWorlds.current();
        WorldFrame world = stack.top();
        if (world == null) {
            writeWithoutWorlds(stack, array);
            return;
        }
        if (array == stack.savedLastArray || stack.isClassInitArray(array)) {
            return;
        }
        if (ElementLogPolicy.logs(stack.heldArrays, world, array, length)) {
            ArrayElement.record(stack.log, array, index);
            return;
        }
        saveChunk(stack, world, array, length, index);
    }

    /**
     * Saves {@code array} whole if it is small, else the chunk holding {@code index}, unless
     * {@code world} saved it already; then caches it for the fast path. Before saving what no open
     * world of this thread has saved (its stamp is no world) it makes sure that no other thread's
     * world holds the array ({@link ArrayOwnership#claim}; a lookup that finds this thread's own
     * claim when an element entry or another chunk already took it).
     */
    private static void saveChunk(ThreadWorlds stack, WorldFrame world, Object array, int length, int index) {
        boolean whole = length <= ArrayStamps.CHUNK;
        int chunk = whole ? -1 : index >>> ArrayStamps.CHUNK_SHIFT;
        Object stamp = stack.arrayStamps.stamp(array, chunk);
        if (stamp != world) {
            if (!(stamp instanceof WorldFrame)) {
                ArrayOwnership.claim(stack.heldArrays, world, array);
            }
            int from = whole ? 0 : chunk << ArrayStamps.CHUNK_SHIFT;
            int size = whole ? length : Math.min(ArrayStamps.CHUNK, length - from);
            stack.log.record(new ArrayChunk(stack.arrayStamps, array, chunk, from, size), stamp);
            stack.arrayStamps.setStamp(array, chunk, length, world);
        }
        if (whole) {
            stack.savedLastArray = array;
        }
        if (WorldsRuntime.current == world) {
            if (whole) {
                CurrentWorld.lastSavedArray = array;
            } else {
                Object[] chunkStamps = stack.arrayStamps.chunkStamps(array);
                if (chunkStamps != null) {
                    CurrentWorld.lastChunkStamps = chunkStamps;
                    CurrentWorld.lastChunkedArray = array;
                }
            }
        }
    }
}
