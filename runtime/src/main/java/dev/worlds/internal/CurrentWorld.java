package dev.worlds.internal;

/**
 * Who owns {@link WorldsRuntime#current}, and the owner's caches. {@code current} holds the
 * innermost world only while exactly one thread has worlds open (its <em>owner</em>), so that the
 * barriers of that thread find their world without a thread-local lookup. When no thread has
 * worlds open it is null, which is the stamp of every object written outside worlds, so writes
 * stay on the fast path. When several threads have worlds open it holds
 * {@link WorldsRuntime#SHARED}, which no object carries; each thread then finds its world through
 * its thread-local stack. The fields the barrier reads ({@code current}, {@code ownerThread},
 * {@code SHARED}) live in {@link WorldsRuntime}, next to the code that reads them; this class is
 * their only writer.
 *
 * <p>Ownership changes under a lock; the owner updates {@code current} without one and then
 * re-reads the volatile {@code owner}, so that a thread taking ownership away always wins.
 */
final class CurrentWorld {
    /**
     * The array the owner thread saved whole last, in the world that is {@code current}: writes
     * to it need no save. Cleared whenever {@code current} changes; set only by the owner. Valid
     * only for the owner (see {@link #savedLast}): an owner losing ownership to a second thread
     * may still set it after the second thread cleared it.
     */
    static Object lastSavedArray;

    /**
     * The large array the owner thread saved a chunk of last, and that array's per-chunk stamps:
     * a write to it needs no save when its chunk's stamp is {@code current}. The stamps are live
     * (this thread's table), so the pair needs no clearing when {@code current} changes: a stale
     * pair only sends writes to the slow path.
     */
    static Object lastChunkedArray;
    static Object[] lastChunkStamps = new Object[0];

    private static final Object LOCK = new Object();
    private static volatile Thread owner;
    private static volatile int threadsWithWorlds;

    private CurrentWorld() {
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
     * Whether the caller owns {@code current}: the chunk cache ({@link #lastChunkedArray}) is the
     * owner's, like {@link #lastSavedArray}, and a thread without worlds that trusted it would write
     * a chunk the owner's world saved unchecked.
     */
    static boolean ownsCurrent() {
        return WorldsRuntime.ownerThread == Thread.currentThread();
    }

    /** {@code current} if it is a world of the calling thread, else null. */
    static WorldFrame ownedWorld() {
        Object world = WorldsRuntime.current;
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
     * Whether the calling thread {@code me}, having read {@code owning} as the owner, has no world
     * open because one other thread is the only one with worlds: a thread that has worlds sees
     * itself or null as the owner from its own first push on.
     */
    static boolean onlyAnotherThreadHasWorlds(Thread me, Thread owning) {
        return owning != null && owning != me && threadsWithWorlds == 1;
    }

    /** Called when {@code stack}'s thread opens its first world. */
    static void enter(ThreadWorlds stack) {
        synchronized (LOCK) {
            int threads = threadsWithWorlds + 1;
            threadsWithWorlds = threads;
            if (threads == 1) {
                setOwner(stack.thread);
                setCurrent(stack.stamp());
            } else {
                setOwner(null);
                setCurrent(WorldsRuntime.SHARED);
            }
        }
    }

    /** Called when {@code stack}'s thread closed its last world. */
    static void exit(ThreadWorlds stack) {
        synchronized (LOCK) {
            int threads = threadsWithWorlds - 1;
            threadsWithWorlds = threads;
            if (threads == 0) {
                setOwner(null);
                setCurrent(null);
            } else if (owner == stack.thread) {
                setOwner(null);
                setCurrent(WorldsRuntime.SHARED);
            }
        }
    }

    /**
     * Writes {@link #owner} and its plain copy {@link WorldsRuntime#ownerThread}; called under the
     * lock. The plain copy first: a thread that then reads the volatile {@code owner} (as every push
     * and pop does in {@link #publish}) also sees the copy, so an owner that lost ownership cannot
     * keep trusting its old caches once its innermost world changes.
     */
    private static void setOwner(Thread thread) {
        WorldsRuntime.ownerThread = thread;
        owner = thread;
    }

    /** The only writer of {@code current}: the array saved last belongs to the old value. */
    private static void setCurrent(Object value) {
        lastSavedArray = null;
        WorldsRuntime.current = value;
    }

    /** Called after the innermost world of a thread with worlds open changed. */
    static void publish(ThreadWorlds stack) {
        Thread me = stack.thread;
        if (owner == me) {
            setCurrent(stack.stamp());
            if (owner != me) {
                setCurrent(WorldsRuntime.SHARED);
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
