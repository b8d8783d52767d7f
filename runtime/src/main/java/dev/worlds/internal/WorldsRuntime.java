package dev.worlds.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The entry points woven code calls, and the values its write barriers compare stamps with.
 *
 * <p>The barrier woven into every tracked field write is {@code if (o.stamp != comparand)
 * WorldsRuntime.save(o)}, {@code comparand} being a local of the woven method that holds what
 * {@link #comparand()} returned: the writing thread's innermost world, or null. The array
 * barrier ({@link ArrayWrites}) compares with {@link #current}, a plain static, which holds the
 * innermost world only while exactly one thread has worlds open (its <em>owner</em>), and also
 * serves {@code comparand()} for that thread without a thread-local lookup. When no thread has
 * worlds open {@code current} is null, which is the stamp of every object written outside
 * worlds, so writes stay on the fast path. When several threads have worlds open it holds
 * {@link #SHARED}, which no object carries; each thread then finds its world through its
 * thread-local stack.
 *
 * <p>Ownership changes under a lock; the owner updates {@code current} without one and then
 * re-reads the volatile {@code owner}, so that a thread taking ownership away always wins.
 */
public final class WorldsRuntime {
    /** The owner's innermost world, or null, or {@link #SHARED}. Written only by this class. */
    public static Object current;

    /**
     * The array the owner thread saved whole last, in the world that is {@link #current}: writes
     * to it need no save. Cleared whenever {@code current} changes; set only by the owner. Valid
     * only for the owner (see {@link #savedLast}): an owner losing ownership to a second thread
     * may still set it after the second thread cleared it.
     */
    static Object lastSavedArray;

    /**
     * The large array the owner thread saved a chunk of last, and that array's per-chunk stamps:
     * a write to it needs no save when its chunk's stamp is {@link #current}. The stamps are live
     * (this thread's table), so the pair needs no clearing when {@code current} changes: a stale
     * pair only sends writes to the slow path.
     */
    public static Object lastChunkedArray;
    public static Object[] lastChunkStamps = new Object[0];

    /** Stamp value meaning "several threads have worlds": matches no object. */
    static final Object SHARED = new Object() {
        @Override
        public String toString() {
            return "several threads have worlds open";
        }
    };

    private static final Object LOCK = new Object();
    private static volatile Thread owner;
    /**
     * {@link #owner}, in a plain field for the barrier and the array cache. Written under the lock;
     * a stale value is never the reading thread unless that thread is the owner, since only a
     * thread taking ownership writes itself here.
     */
    private static Thread ownerThread;
    private static volatile int threadsWithWorlds;

    private WorldsRuntime() {
    }

    /**
     * Whether {@code array} is {@link #lastSavedArray} and the caller the owner it belongs to: a
     * write to it then needs no save. Any other thread, and every thread while several have worlds
     * open, takes the array path that saves into its own world.
     */
    static boolean savedLast(Object array) {
        return array == lastSavedArray && ownsCurrent();
    }

    /**
     * What the write barrier compares stamps with, for the calling thread: its innermost world
     * (the stamp of everything saved or created there), or null when it has no world open (the
     * stamp of everything no open world holds) or, while a test harness watches such writes, the
     * watch's token ({@link WritesOutsideWorlds}). A write whose object carries this stamp needs no
     * save; any other goes to {@link #save}, which saves, clears a stale stamp, or refuses a write
     * into an object another thread's open world owns.
     *
     * <p>Woven code keeps the result in a local of each method with field barriers and reads it
     * again only after a call (which may push or end a world of this thread) that is followed by a
     * barrier, so that a loop of writes compares each stamp with a register. Other threads cannot
     * make the local wrong: only the thread itself changes its innermost world. Hand-written
     * {@link Tracked} classes call it per write: {@code if (stamp != WorldsRuntime.comparand())
     * WorldsRuntime.save(this)}.
     *
     * <p>Common cases inline: no world open anywhere ({@code current} is null), and the thread that
     * owns {@code current}. A thread without worlds while one other thread has worlds needs one
     * more volatile read; the rest (several threads with worlds, and ownership changing hands)
     * looks up the thread's own stack.
     */
    public static Object comparand() {
        Object world = current;
        if (world == null) {
            return null;
        }
        Thread me = Thread.currentThread();
        Thread owning = ownerThread;
        if (owning == me && world != SHARED) {
            return world;
        }
        return comparandOf(me, owning);
    }

    private static Object comparandOf(Thread me, Thread owning) {
        // With one thread with worlds, and that one another thread, this one has none: a thread
        // that has worlds sees itself or null as the owner from its own first push on.
        if (owning != null && owning != me && threadsWithWorlds == 1) {
            return WritesOutsideWorlds.stampWithoutWorlds();
        }
        Object stamp = ThreadWorlds.current().stamp();
        return stamp != null ? stamp : WritesOutsideWorlds.stampWithoutWorlds();
    }

    /**
     * The slow path, called through a handle in a non-final field: C2 inlines a method handle only
     * when the handle is a constant, so this call always stays a call. Were {@link #saveSlowly}
     * inlined into a woven class's barrier method, the barrier compiled on its own could grow past
     * the size up to which C2 inlines already-compiled methods ({@code InlineSmallCode}), and every
     * write site would then call the barrier instead of inlining its compare (measured: 9x slower
     * writes in some JVM runs, see benchmarks/README.md).
     */
    private static MethodHandle slowPath = findSlowPath();

    /** The array slow path, out of line for the same reason as {@link #slowPath}. */
    private static MethodHandle arraySlowPath = findSlowPath("saveArraySlowly",
            MethodType.methodType(void.class, Object.class, int.class));

    private static MethodHandle findSlowPath() {
        return findSlowPath("saveSlowly", MethodType.methodType(void.class, Tracked.class));
    }

    private static MethodHandle findSlowPath(String name, MethodType type) {
        try {
            return MethodHandles.lookup().findStatic(WorldsRuntime.class, name, type);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The barrier's slow path: saves {@code target} into the calling thread's innermost world
     * unless it is already saved there, or refuses the write if another thread's open world owns
     * the target (after rolling back that thread's worlds instead if it ended: {@link AbandonedWorlds}).
     * With no world open on this thread it clears a stale stamp so that later writes stay on the
     * fast path.
     */
    public static void save(Tracked target) {
        try {
            slowPath.invokeExact(target);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The array barrier's slow path: saves {@code array[index]} into the calling thread's
     * innermost world, as an element entry while {@link WorldFrame#logsElementOf} says so, else
     * by copying the array (whole if it has at most
     * {@link ArrayStamps#CHUNK} elements, else the chunk holding {@code index}) unless it is
     * already saved there. Does nothing for a null array or a bad index: the store that follows
     * throws as the instruction would.
     */
    public static void saveArray(Object array, int index) {
        try {
            arraySlowPath.invokeExact(array, index);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The save log to append an element entry for {@code array[index]} to, or null when the
     * element needs no entry there: either the slow path {@link #saveArray} saved it, or the
     * store is bound to throw. The common case, this thread owning {@link #current} with a world
     * whose element log has room, is a few loads and compares; the rest goes out of line.
     */
    public static WorldLog elementLog(Object array, int index) {
        WorldFrame frame = ownedCurrentWorld();
        if (frame == null) {
            return elementLogOfThread(array, index);
        }
        if (logsElement(frame, array, index)) {
            return frame.owner.log;
        }
        saveArray(array, index);
        return null;
    }

    /**
     * {@link #elementLog} for a thread that does not own {@link #current}: one with no world open
     * (nothing to save, but the array may be another thread's world's), or one of several threads
     * with worlds, which finds its world through the thread-local stack and keeps its own "saved
     * last" array there.
     */
    private static WorldLog elementLogOfThread(Object array, int index) {
        ThreadWorlds stack = ThreadWorlds.current();
        WorldFrame frame = stack.top();
        if (frame == null) {
            checkWriteWithoutWorlds(stack, array, index);
            return null;
        }
        if (array == stack.savedLastArray) {
            return null;
        }
        if (!stack.isClassInitArray(array) && logsElement(frame, array, index)) {
            return stack.log;
        }
        saveArray(array, index);
        return null;
    }

    /**
     * Refuses the write of a thread with no world open into {@code array[index]} if another
     * thread's open world holds the array; a store bound to throw is left to throw as it would.
     */
    private static void checkWriteWithoutWorlds(ThreadWorlds stack, Object array, int index) {
        if (array != null && index >= 0 && index < java.lang.reflect.Array.getLength(array)) {
            writeWithoutWorlds(stack, array);
        }
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
     * a store bound to throw (null array, bad index), else as {@link WorldFrame#logsElementOf} says.
     */
    private static boolean logsElement(WorldFrame frame, Object array, int index) {
        if (array == null) {
            return false;
        }
        int length = java.lang.reflect.Array.getLength(array);
        return index >= 0 && index < length && frame.logsElementOf(array, length);
    }

    /**
     * Called by woven code with each array it creates: while the creating thread owns
     * {@link #current}, the new array becomes {@link #lastSavedArray}, so writes that fill it
     * take the fast path. It needs no save in the world it was created in, which no rollback
     * makes it older than; an inner world saves it as usual, since changing {@code current}
     * clears the cache. An array a static initializer creates inside a world is class state:
     * nothing the initializer writes into it is saved.
     */
    public static void created(Object array) {
        if (ownedCurrentWorld() != null) {
            lastSavedArray = array;
        } else {
            ThreadWorlds.current().created(array);
        }
    }

    /**
     * Before a loop that writes {@code array[from, to)} element after element: saves that range
     * in the calling thread's current world (if it spans at most {@code limit} elements), and if
     * the range is the whole array makes it {@link #lastSavedArray}, so the loop's writes skip
     * the save.
     */
    static void prepareLoop(Object array, int from, int to, int limit) {
        if (array == null || !array.getClass().isArray()) {
            return;
        }
        ThreadWorlds stack = ThreadWorlds.current();
        if (stack.top() == null) {
            return;
        }
        int length = java.lang.reflect.Array.getLength(array);
        int start = Math.max(0, from);
        int end = Math.min(length, to);
        if (start >= end || end - start > limit) {
            return;
        }
        saveArrayRange(array, start, end);
        if (start == 0 && end == length) {
            stack.savedLastArray = array;
            if (ownedCurrentWorld() != null) {
                lastSavedArray = array;
            }
        }
    }

    /**
     * Whether the caller owns {@link #current}: the chunk cache ({@link #lastChunkedArray}) is the
     * owner's, like {@link #lastSavedArray}, and a thread without worlds that trusted it would write
     * a chunk the owner's world saved unchecked.
     */
    static boolean ownsCurrent() {
        return ownerThread == Thread.currentThread();
    }

    /** {@link #current} if it is a world of the calling thread, else null. */
    private static WorldFrame ownedCurrentWorld() {
        Object world = current;
        if (world instanceof WorldFrame) {
            WorldFrame frame = (WorldFrame) world;
            ThreadWorlds stack = frame.owner;
            if (stack != null && stack.thread == Thread.currentThread()) {
                return frame;
            }
        }
        return null;
    }

    /**
     * Saves the part of {@code array} in {@code [from, to)} (clamped to the array) that is not yet
     * saved in the calling thread's innermost world: the whole array if it is small, else every
     * chunk the range touches. Called once per JDK array-writing call, not per element.
     */
    public static void saveArrayRange(Object array, int from, int to) {
        if (array == null || !array.getClass().isArray()) {
            return;
        }
        int length = java.lang.reflect.Array.getLength(array);
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

    private static void saveArraySlowly(Object array, int index) {
        if (array == null) {
            return;
        }
        int length = java.lang.reflect.Array.getLength(array);
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
        if (world.logsElementOf(array, length)) {
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
                ArrayOwnership.claim(stack, world, array);
            }
            int from = whole ? 0 : chunk << ArrayStamps.CHUNK_SHIFT;
            int size = whole ? length : Math.min(ArrayStamps.CHUNK, length - from);
            stack.log.record(new ArrayChunk(stack.arrayStamps, array, chunk, from, size), stamp);
            stack.arrayStamps.setStamp(array, chunk, length, world);
        }
        if (whole) {
            stack.savedLastArray = array;
        }
        if (current == world) {
            if (whole) {
                lastSavedArray = array;
            } else {
                Object[] chunkStamps = stack.arrayStamps.chunkStamps(array);
                if (chunkStamps != null) {
                    lastChunkStamps = chunkStamps;
                    lastChunkedArray = array;
                }
            }
        }
    }

    /** Failed claims of an object whose stamp is unchanged after which the slow path gives up. */
    static final int CLAIM_REFUSALS_BEFORE_ERROR = 10_000;

    private static void saveSlowly(Tracked target) {
        ThreadWorlds stack = ThreadWorlds.current();
        WorldFrame world = stack.top();
        int claimsRefusedUnchanged = 0;
        while (true) {
            Object stamp = target.$worlds$stamp();
            if ((stamp == world && world != null) || stack.isClassInitStamp(stamp)) {
                return;
            }
            if (stamp instanceof WorldFrame) {
                // An object created in a world that then committed into its parent is the parent's.
                WorldFrame holder = ((WorldFrame) stamp).holder();
                if (holder.openInOtherThread(stack.thread)) {
                    if (AbandonedWorlds.rolledBack(holder, target)) {
                        continue;   // the holder's thread had ended: its worlds are rolled back now
                    }
                    throw WorldErrors.conflict(target, holder);
                }
            }
            if (world == null) {
                Object watched = WritesOutsideWorlds.stampWithoutWorlds();
                if (watched != null) {
                    // A thread without worlds writing what existed before a watch began: noted once.
                    if (stamp == watched) {
                        return;
                    }
                    if (target.$worlds$claimStamp(stamp, watched)) {
                        WritesOutsideWorlds.objectWritten(target);
                        return;
                    }
                } else if (stamp == null) {
                    return;   // a thread without worlds writing an object no world owns: a plain write
                } else if (claim(target, stack, stamp, null)) {
                    return;
                }
            } else if (claim(target, stack, stamp, world)) {
                recordClaimed(stack.log, target, stamp);
                return;
            }
            // Another thread claimed it between the read and the claim: look again. A claim that
            // keeps failing while the stamp stays as read is a broken hand-written Tracked, not a
            // race (a race ends in the other thread's claim or rollback): say so rather than spin.
            if (target.$worlds$stamp() == stamp && ++claimsRefusedUnchanged == CLAIM_REFUSALS_BEFORE_ERROR) {
                throw WorldErrors.claimAlwaysRefused(target);
            }
        }
    }

    /**
     * Stamps {@code target} with {@code world} (or clears a stale stamp when the caller has no
     * world), unless another thread changed its stamp since it read {@code stamp}. Before the
     * values are copied, so that the copy is of an object no other world can own any more. An
     * object already owned by one of the caller's open worlds cannot be claimed by another thread,
     * so a plain store does there; the rest (a never-saved object, a stale stamp) takes a
     * compare-and-set.
     */
    private static boolean claim(Tracked target, ThreadWorlds stack, Object stamp, WorldFrame world) {
        if (stamp instanceof WorldFrame && ((WorldFrame) stamp).owner == stack) {
            target.$worlds$setStamp(world);
            return true;
        }
        return target.$worlds$claimStamp(stamp, world);
    }

    /** Appends the save of a claimed object; a failed save gives the claim back. */
    private static void recordClaimed(WorldLog log, Tracked target, Object oldStamp) {
        try {
            log.record(target, oldStamp);
        } catch (Throwable failure) {
            target.$worlds$setStamp(oldStamp);
            throw failure;
        }
    }

    /**
     * Called by the static initializer of a woven class that has no stamp and no tracked statics
     * (whose initializers say the same through {@link #stampHandle} and {@link StaticState}): a woven
     * class is running, so the first push need not warn that nothing is woven.
     */
    public static void wovenClassInitialized() {
        FirstPushCheck.wovenClassInitialized();
    }

    /**
     * The {@code VarHandle} on a woven class's stamp field, made by its static initializer for its
     * generated {@code $worlds$claimStamp}.
     */
    public static java.lang.invoke.VarHandle stampHandle(MethodHandles.Lookup lookup) {
        FirstPushCheck.wovenClassInitialized();
        Class<?> owner = lookup.lookupClass();
        try {
            return lookup.findVarHandle(owner, "$worlds$stamp", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Woven class " + owner.getName() + " lacks its generated stamp"
                    + " field; weave it again with the same Worlds version as the runtime.", e);
        }
    }

    /**
     * The stamp of an object being constructed: what the calling thread's barriers compare with
     * ({@link #comparand()}), its innermost world or null, since an object created in a world needs
     * no save there.
     */
    public static Object newStamp() {
        return comparand();
    }

    /**
     * Called by woven code with each object a {@code clone()} call returned. {@code Object.clone}
     * copies the stamp with the other fields, which would make the copy look saved in its
     * original's world (its first write in a world would save the shallow copy, and a rollback
     * bring back the arrays it shares with the original) or owned by another thread's world. The
     * copy is a new object: it gets the stamp of one ({@link #newStamp()}).
     */
    public static void cloned(Object copy) {
        if (copy instanceof Tracked tracked) {
            tracked.$worlds$setStamp(newStamp());
        }
    }

    /**
     * Called first in every woven static initializer: objects it creates get a stamp of their own
     * instead of the current world's (see {@link ThreadWorlds#stamp()}).
     */
    public static void beginClassInit() {
        ThreadWorlds.current().beginClassInit();
    }

    /** Called when a woven static initializer returns or throws. */
    public static void endClassInit() {
        ThreadWorlds.current().endClassInit();
    }

    static void enter(ThreadWorlds stack) {
        synchronized (LOCK) {
            int threads = threadsWithWorlds + 1;
            threadsWithWorlds = threads;
            if (threads == 1) {
                setOwner(stack.thread);
                setCurrent(stack.stamp());
            } else {
                setOwner(null);
                setCurrent(SHARED);
            }
        }
    }

    static void exit(ThreadWorlds stack) {
        synchronized (LOCK) {
            int threads = threadsWithWorlds - 1;
            threadsWithWorlds = threads;
            if (threads == 0) {
                setOwner(null);
                setCurrent(null);
            } else if (owner == stack.thread) {
                setOwner(null);
                setCurrent(SHARED);
            }
        }
    }

    /**
     * Writes {@link #owner} and its plain copy {@link #ownerThread}; called under the lock. The
     * plain copy first: a thread that then reads the volatile {@code owner} (as every push and pop
     * does in {@link #publish}) also sees the copy, so an owner that lost ownership cannot keep
     * trusting its old caches once its innermost world changes.
     */
    private static void setOwner(Thread thread) {
        ownerThread = thread;
        owner = thread;
    }

    /** The only writer of {@link #current}: the array saved last belongs to the old value. */
    private static void setCurrent(Object value) {
        lastSavedArray = null;
        current = value;
    }

    /** Called after the innermost world of a thread with worlds open changed. */
    static void publish(ThreadWorlds stack) {
        Thread me = stack.thread;
        if (owner == me) {
            setCurrent(stack.stamp());
            if (owner != me) {
                setCurrent(SHARED);
            }
        } else if (threadsWithWorlds == 1) {
            synchronized (LOCK) {
                if (threadsWithWorlds == 1) {
                    setOwner(me);
                    setCurrent(stack.stamp());
                }
            }
        }
    }
}
