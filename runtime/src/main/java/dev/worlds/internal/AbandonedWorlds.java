package dev.worlds.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CountDownLatch;

/**
 * The worlds a thread left open when it ended, and their rollback by another thread: as a
 * database aborts the transaction of a client that crashed, the first write of another thread
 * that needs what those worlds own rolls them all back (innermost first, exactly as the thread's
 * own {@code Worlds.popUntil(0)} would), logs a warning, and goes ahead.
 *
 * <p>Why on a conflict and not at the thread's end: nothing runs when a thread ends, and what an
 * ended thread's worlds own is only in anyone's way when another thread writes it. The check costs
 * nothing before that: only a write that would otherwise throw {@code WorldConflictException}
 * asks whether the owning thread is alive.
 *
 * <p>Why it is safe to use the ended thread's stack from another thread: {@link Thread#isAlive()}
 * returning false orders everything that thread did before the caller's next step (JLS 17.4.4,
 * "the final action in a thread T1 synchronizes-with any action in another thread T2 that detects
 * that T1 has terminated"), and that thread does nothing more. Of the threads that find it ended at
 * the same time, exactly one rolls back (the compare-and-set on {@link ThreadWorlds#abandoned}); the
 * others wait for it to finish, then look at what they write again. A thread that is alive keeps
 * its worlds, however long it leaves them open.
 */
final class AbandonedWorlds {
    private static final System.Logger LOG = System.getLogger("dev.worlds");
    private static final VarHandle ABANDONED;

    static {
        try {
            ABANDONED = MethodHandles.lookup().findVarHandle(ThreadWorlds.class, "abandoned", AbandonedWorlds.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ThreadWorlds stack;
    private final Thread rescuer = Thread.currentThread();
    private final CountDownLatch finished = new CountDownLatch(1);
    /** Set before {@link #finished} opens when the rollback stopped part way (an Error, such as running out of memory). */
    private volatile boolean failed;

    private AbandonedWorlds(ThreadWorlds stack) {
        this.stack = stack;
    }

    /**
     * Called when the calling thread's write into {@code target} (an object, a {@link StaticState}
     * or an array) finds it owned by {@code holder}, an open world of another thread.
     *
     * @return false when the owning thread is alive (the write conflicts) or rolling back its
     *         worlds failed before; true once the worlds that thread left open when it ended are rolled
     *         back, by this call or by another thread's, so that the caller looks at the target again
     * @throws dev.worlds.WorldConflictException when the calling thread is the one rolling them back:
     *         an undo action of theirs wrote what they still own, and cannot wait for its own rollback
     */
    static boolean rolledBack(WorldFrame holder, Object target) {
        if (holder.ownerThread().isAlive()) {
            return false;
        }
        ThreadWorlds owner = holder.owner;
        if (owner == null) {
            return true;   // closed since the caller looked: it may be free now
        }
        AbandonedWorlds mine = new AbandonedWorlds(owner);
        AbandonedWorlds running = (AbandonedWorlds) ABANDONED.compareAndExchange(owner, null, mine);
        if (running == null) {
            mine.rollBack(target);
            return !mine.failed;
        }
        if (running.rescuer == Thread.currentThread()) {
            throw WorldErrors.conflictDuringRescue(target, holder);
        }
        running.awaitFinished();
        return !running.failed;
    }

    /** The one rollback: every world of the ended thread, innermost first, then the warning. */
    private void rollBack(Object target) {
        int worlds = stack.depth();
        int saves = stack.log.size();
        Throwable undoFailure = null;
        try {
            stack.rollbackTo(0);
        } catch (RuntimeException | Error e) {
            undoFailure = e;   // thrown after every world was rolled back, unless depth() says otherwise
        } finally {
            failed = stack.depth() != 0;
            finished.countDown();
        }
        LOG.log(System.Logger.Level.WARNING, warning(worlds, saves, target, undoFailure), undoFailure);
        if (failed && undoFailure instanceof Error error) {
            throw error;   // out of memory or the like: not for a write to hide
        }
    }

    private String warning(int worlds, int saves, Object target, Throwable undoFailure) {
        String ended = "Worlds: thread '" + stack.thread.getName() + "' ended with " + worlds + " world(s) open; thread '"
                + rescuer.getName() + "'";
        String write = " when it wrote " + WorldErrors.describeTarget(target) + " they owned";
        String outcome = failed
                ? " tried to roll them back" + write + ", but that failed part way (" + undoFailure + "): writes to what"
                        + " they still own keep throwing WorldConflictException."
                : " rolled them back (" + saves + " saved objects, static fields, array parts and undo actions)" + write
                        + ", and its write went ahead." + (undoFailure == null ? "" : " An undo action threw: " + undoFailure + ".");
        return ended + outcome + " A thread must commit or roll back every world it opens before it ends"
                + " (try-with-resources, or Worlds.popUntil(0) in a finally block).";
    }

    /** Waits, even if interrupted (keeping the interrupt), for the rescuer's rollback to end. */
    private void awaitFinished() {
        boolean interrupted = false;
        while (true) {
            try {
                finished.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
