package dev.worlds.internal;

/**
 * Engine state of one world: where its log entries start, its parent, its owner. A frame is the
 * world's stamp: an object whose stamp is the current frame has already been saved (or was
 * created) in it. The public {@code dev.worlds.World} wraps one ({@link #publicWorld()} leads
 * back), so that users see none of this.
 *
 * <p>A closed frame may stay referenced from stale stamps for a long time, so closing drops
 * the reference to the owner's log.
 */
public final class WorldFrame {
    private final WorldFrame parent;
    private final int depth;
    private final Thread ownerThread;
    /** The {@code World} users hold for this frame. */
    private final Object publicWorld;
    ThreadWorlds owner;
    int firstEntry;
    /** Where this world's run starts in its thread's {@link HeldArrays}. */
    int firstHeldArray;
    /**
     * The world this one was committed into. Objects created here carry this frame as their stamp
     * and have no log entry that a commit could re-stamp, so ownership checks follow this link to
     * the world that holds them now.
     */
    private WorldFrame committedInto;
    /** Array writes this world saved as element entries (see {@link ElementLogPolicy#LOG_LIMIT}). */
    int loggedArrayElements;
    /** Writes to tiny arrays this world saved as element entries (see {@link ElementLogPolicy#TINY_LENGTH}). */
    int loggedTinyElements;
    /** The array of the last element entry, and how many entries in a row were for it. */
    Object lastLoggedArray;
    int lastLoggedArrayRun;

    /**
     * A frame for a world {@code owner}'s thread pushes as a child of {@code parent}; the world
     * opens when {@link ThreadWorlds#push} takes it.
     */
    public WorldFrame(ThreadWorlds owner, WorldFrame parent, Object publicWorld) {
        this.owner = owner;
        this.publicWorld = publicWorld;
        this.ownerThread = owner.thread;
        this.parent = parent;
        this.depth = parent == null ? 1 : parent.depth + 1;
    }

    /** The {@code World} users hold for this frame. */
    public Object publicWorld() {
        return publicWorld;
    }

    public WorldFrame parentFrame() {
        return parent;
    }

    public int frameDepth() {
        return depth;
    }

    public boolean frameOpen() {
        return owner != null;
    }

    public Thread ownerThread() {
        return ownerThread;
    }

    /** The owner's world stack; checks that the caller is the owner and that this is open. */
    public ThreadWorlds ownerStack(String action) {
        if (Thread.currentThread() != ownerThread) {
            throw WorldErrors.wrongThread(this, action);
        }
        ThreadWorlds stack = owner;
        if (stack == null) {
            throw WorldErrors.closed(this, action);
        }
        return stack;
    }

    /** True when another thread owns this frame and it is still open. */
    boolean openInOtherThread(Thread current) {
        return owner != null && ownerThread != current;
    }

    /** Called by the owner when this world commits into {@code parent}, before it closes. */
    void committedInto(WorldFrame parent) {
        committedInto = parent;
    }

    /**
     * The world that holds what this one created: this one while open, else the world it was
     * committed into, followed through nested commits (a closed frame when that chain ended in a
     * rollback or an outermost commit). Slow paths only.
     */
    WorldFrame holder() {
        WorldFrame frame = this;
        while (frame.owner == null && frame.committedInto != null) {
            frame = frame.committedInto;
        }
        return frame;
    }

    void close() {
        owner = null;
        lastLoggedArray = null;
    }

    /** Describes this world for error messages, e.g. {@code world at depth 2 of thread 'main'}. */
    public String describe() {
        return WorldErrors.describeWorld(depth, ownerThread);
    }
}
