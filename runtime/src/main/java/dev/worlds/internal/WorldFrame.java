package dev.worlds.internal;

/**
 * Engine state of one world: where its log entries start, its parent, its owner. The public
 * {@link dev.worlds.World} extends this so that a world is its own stamp: an object whose
 * stamp is the current world has already been saved (or was created) in it.
 *
 * <p>A closed frame may stay referenced from stale stamps for a long time, so closing drops
 * the reference to the owner's log.
 */
public abstract class WorldFrame {
    private final WorldFrame parent;
    private final int depth;
    private final Thread ownerThread;
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
    /** Array writes this world saved as element entries (see {@link ArrayElement#LOG_LIMIT}). */
    int loggedArrayElements;
    /** Writes to tiny arrays this world saved as element entries (see {@link ArrayElement#TINY_LENGTH}). */
    private int loggedTinyElements;
    /** The array of the last element entry, and how many entries in a row were for it. */
    private Object lastLoggedArray;
    private int lastLoggedArrayRun;

    protected WorldFrame(ThreadWorlds owner, WorldFrame parent) {
        this.owner = owner;
        this.ownerThread = owner.thread;
        this.parent = parent;
        this.depth = parent == null ? 1 : parent.depth + 1;
    }

    protected final WorldFrame parentFrame() {
        return parent;
    }

    protected final int frameDepth() {
        return depth;
    }

    protected final boolean frameOpen() {
        return owner != null;
    }

    protected final Thread ownerThread() {
        return ownerThread;
    }

    /** The owner's world stack; checks that the caller is the owner and that this is open. */
    protected final ThreadWorlds ownerStack(String action) {
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
    final boolean openInOtherThread(Thread current) {
        return owner != null && ownerThread != current;
    }

    /** Called by the owner when this world commits into {@code parent}, before it closes. */
    final void committedInto(WorldFrame parent) {
        committedInto = parent;
    }

    /**
     * The world that holds what this one created: this one while open, else the world it was
     * committed into, followed through nested commits (a closed frame when that chain ended in a
     * rollback or an outermost commit). Slow paths only.
     */
    final WorldFrame holder() {
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

    /**
     * Whether this world saves its next write to {@code array} (of {@code length} elements) as an
     * element entry (and counts it), rather than by copying the array. An array of at most
     * {@link ArrayElement#TINY_LENGTH} elements is always logged, up to
     * {@link ArrayElement#TINY_LOG_LIMIT} entries: a copy of it saves no more than its writes would
     * and costs an allocation and a stamp-table update. A larger array is logged while the world
     * has logged fewer than {@link ArrayElement#LOG_LIMIT} elements, and not after
     * {@link ArrayElement#RUN_LIMIT} entries in a row for it. A run means a loop over one array,
     * which a copy turns into fast-path writes; writes that alternate between arrays are cheaper
     * logged.
     *
     * <p>Switching to another array is also where this world makes sure it may save that array at
     * all ({@link ArrayOwnership#claim}): a conflict throws before anything is logged, and a run of
     * entries for one array needs no further look, since only the end of this world or of an outer
     * one can release it.
     */
    final boolean logsElementOf(Object array, int length) {
        if (array != lastLoggedArray) {
            ArrayOwnership.claim(owner, this, array);
            lastLoggedArray = array;
            lastLoggedArrayRun = 0;
        }
        if (length <= ArrayElement.TINY_LENGTH && loggedTinyElements < ArrayElement.TINY_LOG_LIMIT) {
            loggedTinyElements++;
            return true;
        }
        if (loggedArrayElements >= ArrayElement.LOG_LIMIT || lastLoggedArrayRun >= ArrayElement.RUN_LIMIT) {
            return false;
        }
        lastLoggedArrayRun++;
        loggedArrayElements++;
        return true;
    }

    /** Describes this world for error messages, e.g. {@code world at depth 2 of thread 'main'}. */
    public final String describe() {
        return "world at depth " + depth + " of thread '" + ownerThread.getName() + "'";
    }
}
