package dev.worlds.internal;

import java.util.function.Consumer;

/**
 * One thread's stack of open worlds and its save log. Reached through a thread-local only on
 * slow paths and API calls; the write barrier's fast path never touches it.
 */
public final class ThreadWorlds {
    private static final ThreadLocal<ThreadWorlds> STACKS = ThreadLocal.withInitial(ThreadWorlds::new);

    final Thread thread = Thread.currentThread();
    final WorldLog log = new WorldLog();
    final ArrayStamps arrayStamps = new ArrayStamps();
    /** The array claims this thread's open worlds hold (see {@link ArrayOwnership}). */
    final HeldArrays heldArrays = new HeldArrays();
    private WorldFrame top;
    private int depth;
    /** This thread's running static initializers of woven classes. */
    private final ClassInitState classInit = new ClassInitState();
    /**
     * The array this thread saved whole (or created) last in its innermost world: the
     * {@link CurrentWorld#lastSavedArray} of a thread that does not own {@code current}, so that a
     * loop over one array stays cheap while several threads have worlds open. Cleared whenever the
     * innermost world changes.
     */
    Object savedLastArray;
    /**
     * Set once, by compare-and-set, by the thread that rolls back the worlds this thread left open
     * when it ended ({@link AbandonedWorlds}); null while nobody has.
     */
    volatile AbandonedWorlds abandoned;
    /** The arrays this thread, without worlds, created or wrote while a watch was open ({@link WritesOutsideWorlds}). */
    private WritesOutsideWorlds.SeenArrays seenWhileWatched;

    private ThreadWorlds() {
    }

    /**
     * The calling thread's stack. While this thread owns {@link WorldsRuntime#current}, its
     * innermost frame leads there without the thread-local lookup, which was half the cost of a
     * save and most of a nested push.
     */
    public static ThreadWorlds current() {
        WorldFrame owned = CurrentWorld.ownedWorld();
        return owned != null ? owned.owner : STACKS.get();
    }

    /** Innermost open world, or null. */
    public WorldFrame top() {
        return top;
    }

    public int depth() {
        return depth;
    }

    /**
     * The stamp this thread gives new objects and compares with: the innermost world, or while a
     * static initializer runs inside a world, a token of that initialization ({@link ClassInitState}).
     */
    Object stamp() {
        Object classInitStamp = classInit.stamp();
        return classInitStamp != null ? classInitStamp : top;
    }

    /** True for the stamp of objects created by the running static initializer. */
    boolean isClassInitStamp(Object stamp) {
        return classInit.isStamp(stamp);
    }

    void beginClassInit() {
        if (classInit.begin(depth)) {
            CurrentWorld.publish(this);
        }
    }

    /**
     * An array woven code created while this thread does not own {@code current}: class state if a
     * static initializer runs, else needing no save in the innermost world (if any).
     */
    void created(Object array) {
        if (classInit.noteArray(array)) {
            return;
        }
        if (top != null) {
            savedLastArray = array;
        } else {
            WritesOutsideWorlds.arrayCreated(this, array);
        }
    }

    /** The arrays this thread created or wrote while the watch whose token is {@code token} was open. */
    java.util.Map<Object, Boolean> arraysSeenWhileWatched(Object token) {
        if (seenWhileWatched == null || seenWhileWatched.token != token) {
            seenWhileWatched = new WritesOutsideWorlds.SeenArrays(token);
        }
        return seenWhileWatched.arrays;
    }

    /** True for an array created by the static initializer running now (see {@link ClassInitState}). */
    boolean isClassInitArray(Object array) {
        return classInit.isArray(array);
    }

    /**
     * Ends the innermost running static initializer. One that leaves worlds open, or closes worlds
     * that were open when it began, is refused: the woven methods that were running when the class
     * was first used keep comparing with the world that was innermost then (a class initialization
     * is not a call in their code), so their writes would be saved in the wrong world. Worlds it
     * left open are rolled back first.
     */
    void endClassInit() {
        if (!classInit.isRunning()) {
            return;
        }
        boolean hadStamp = classInit.stamp() != null;
        int depthAtBegin = classInit.end();
        if (hadStamp && classInit.stamp() == null && top != null) {
            CurrentWorld.publish(this);
        }
        if (depth > depthAtBegin) {
            int opened = depth - depthAtBegin;
            rollbackTo(depthAtBegin);
            throw WorldErrors.classInitLeftWorldsOpen(opened);
        }
        if (depth < depthAtBegin) {
            throw WorldErrors.classInitClosedWorlds(depthAtBegin - depth);
        }
    }

    /** Opens {@code frame}, created as a child of {@link #top()}, as the new innermost world. */
    public void push(WorldFrame frame) {
        if (frame.parentFrame() != top || frame.owner != this) {
            throw new IllegalArgumentException("frame must be a child of this thread's innermost world");
        }
        frame.firstEntry = log.size();
        frame.firstHeldArray = heldArrays.size();
        savedLastArray = null;
        top = frame;
        depth++;
        if (depth == 1) {
            CurrentWorld.enter(this);
        } else {
            CurrentWorld.publish(this);
        }
    }

    /** Checks that {@code frame} is this thread's innermost open world. */
    public void checkInnermost(WorldFrame frame, String action) {
        if (frame != top) {
            throw WorldErrors.notInnermost(frame, depth, action);
        }
    }

    /**
     * Rolls back and closes the innermost world. If an undo action threw, the rollback still
     * completed and the world is closed; then the first failure is thrown.
     */
    public void rollbackTop() {
        Throwable failure = rollbackTopCollecting();
        if (failure != null) {
            throw UndoActions.rethrow(failure);
        }
    }

    private Throwable rollbackTopCollecting() {
        WorldFrame frame = requireTop("rollback");
        Throwable failure = log.rollback(frame.firstEntry);
        heldArrays.release(frame.firstHeldArray);   // after the restore: other threads may write again
        close(frame);
        return failure;
    }

    /**
     * Registers {@code action} to be called with {@code target} when {@code frame}, an open world of this thread, rolls
     * back: appended to the innermost world's run, or for an outer world placed at the end of its
     * run, before the runs of the worlds inside it (which therefore start one entry later).
     */
    public void addUndoAction(WorldFrame frame, Runnable action) {
        addUndoAction(frame, action, UndoActions.RUN);
    }

    /** As {@link #addUndoAction(WorldFrame, Runnable)}, calling {@code action} with {@code target}. */
    public void addUndoAction(WorldFrame frame, Object target, Consumer<Object> action) {
        if (frame == top) {
            log.recordAction(target, action);
            return;
        }
        WorldFrame child = top;
        while (child.parentFrame() != frame) {
            child = child.parentFrame();
        }
        log.insertAction(child.firstEntry, target, action);
        for (WorldFrame inner = top; inner != frame; inner = inner.parentFrame()) {
            inner.firstEntry++;
        }
    }

    /** Commits the innermost world into its parent, or makes it permanent if it is outermost. */
    public void commitTop() {
        WorldFrame frame = requireTop("commit");
        WorldFrame parent = frame.parentFrame();
        if (parent == null) {
            log.commitOutermost(frame.firstEntry);
            heldArrays.release(frame.firstHeldArray);
        } else {
            log.commitInto(frame.firstEntry, parent);
            heldArrays.handTo(frame.firstHeldArray, parent);   // before this world closes
            frame.committedInto(parent);
        }
        close(frame);
    }

    /**
     * Rolls back worlds until {@link #depth()} is {@code targetDepth}, all of them even if undo
     * actions throw; then the first failure is thrown, later ones suppressed in it.
     */
    public void rollbackTo(int targetDepth) {
        if (targetDepth < 0 || targetDepth > depth) {
            throw WorldErrors.badDepth(targetDepth, depth);
        }
        Throwable failure = null;
        while (depth > targetDepth) {
            Throwable next = rollbackTopCollecting();
            if (next != null) {
                failure = UndoActions.collect(failure, next);
            }
        }
        if (failure != null) {
            throw UndoActions.rethrow(failure);
        }
    }

    /** Throws unless some world is open; used by the Worlds.pop/commit family. */
    public WorldFrame requireTop(String action) {
        if (top == null) {
            throw WorldErrors.noOpenWorld(action);
        }
        return top;
    }

    private void close(WorldFrame frame) {
        savedLastArray = null;
        top = frame.parentFrame();
        depth--;
        frame.close();
        if (depth == 0) {
            log.trim();
            CurrentWorld.exit(this);
        } else {
            CurrentWorld.publish(this);
        }
    }
}
