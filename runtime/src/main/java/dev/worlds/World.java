package dev.worlds;

import dev.worlds.internal.ThreadWorlds;
import dev.worlds.internal.WorldFrame;
import java.util.function.Consumer;

/**
 * An open copy-on-write world: every tracked write made while it is the innermost world can be
 * rolled back in one call, or committed into its parent.
 *
 * <pre>{@code
 * try (World w = Worlds.push()) {
 *     account.balance -= 100;
 *     if (account.balance >= 0) {
 *         w.commit();          // keep the change
 *     }
 * }                            // close() rolls back a world that was neither committed nor rolled back
 * }</pre>
 *
 * <p>A world belongs to the thread that pushed it; using it from another thread throws
 * {@link WorldStateException}. Worlds end innermost first.
 */
public final class World implements AutoCloseable {
    /** The engine's side of this world, and the stamp of what it saved or created. */
    final WorldFrame frame;

    World(ThreadWorlds owner, WorldFrame parent) {
        frame = new WorldFrame(owner, parent, this);
    }

    /**
     * Commits this world into its parent (whose rollback then undoes these changes too), or, for
     * the outermost world, makes the changes permanent and frees the saved copies.
     *
     * @throws WorldStateException if this world is closed, is not the innermost open world, or
     *                             belongs to another thread
     */
    public void commit() {
        ThreadWorlds stack = frame.ownerStack("commit");
        stack.checkInnermost(frame, "commit");
        stack.commitTop();
    }

    /**
     * Restores every tracked location written since this world was pushed and closes it.
     *
     * @throws WorldStateException if this world is closed, is not the innermost open world, or
     *                             belongs to another thread
     */
    public void rollback() {
        ThreadWorlds stack = frame.ownerStack("rollback");
        stack.checkInnermost(frame, "rollback");
        stack.rollbackTop();
    }

    /**
     * Registers {@code action} to run if this world rolls back: an undo step for state the weaver
     * does not track (a JDK collection, an unwoven library's object, a file), kept in this world's
     * save log like a saved object. On rollback the log is unwound newest first, so actions run in
     * the reverse order of registration, interleaved with the restores of the fields and arrays
     * saved around them. When this world commits into its parent the action moves into the
     * parent and runs if the parent rolls back; when an outermost world commits it is dropped.
     *
     * <pre>{@code
     * try (World w = Worlds.push()) {
     *     names.add(name);                         // a java.util.List: not tracked
     *     w.onRollback(() -> names.remove(name));  // so undo it by hand
     *     board.place(name);                       // tracked as usual
     *     if (board.valid()) {
     *         w.commit();
     *     }
     * }                                            // rollback: board restored, then the name removed
     * }</pre>
     *
     * <p>Any open world of the calling thread accepts actions, not only the innermost one. An
     * action given to an outer world is placed at the end of that world's own log, before what its
     * inner worlds saved: it runs only when that world itself rolls back, after everything the
     * inner worlds (rolled back or committed into it) restore. This costs a shift of the inner
     * worlds' entries, so registering on the innermost world is the cheap case.
     *
     * <p>An action that throws does not stop the rollback: every other saved location is restored
     * and every other action runs, the world closes, and then the first failure is rethrown (an
     * unchecked one as it is, later failures attached as suppressed). {@link Worlds#popUntil}
     * and {@link #close()} complete every world they roll back before rethrowing.
     *
     * @throws WorldStateException  if this world is closed or belongs to another thread
     * @throws NullPointerException if {@code action} is null
     */
    public void onRollback(Runnable action) {
        java.util.Objects.requireNonNull(action, "onRollback(action): the action is null");
        ThreadWorlds stack = frame.ownerStack("onRollback");
        stack.addUndoAction(frame, action);
    }

    /**
     * Registers {@code action} to be called with {@code target} if this world rolls back, exactly
     * as {@link #onRollback(Runnable)} registers a {@code Runnable}. With an action that captures
     * nothing (a method reference such as {@code Deque::pop}, one shared instance) registering
     * allocates nothing, which matters when a search registers an undo step at every node:
     *
     * <pre>{@code
     * path.push(move);                              // an ArrayDeque: not tracked
     * world.onRollback(path, Deque::pop);           // no lambda captured per call
     * }</pre>
     *
     * @throws WorldStateException  if this world is closed or belongs to another thread
     * @throws NullPointerException if {@code action} is null
     */
    @SuppressWarnings("unchecked")
    public <T> void onRollback(T target, Consumer<? super T> action) {
        java.util.Objects.requireNonNull(action, "onRollback(target, action): the action is null");
        ThreadWorlds stack = frame.ownerStack("onRollback");
        stack.addUndoAction(frame, target, (Consumer<Object>) action);
    }

    /**
     * Rolls this world back if it is still open; does nothing if it was committed or rolled back.
     * If inner worlds were left open, they are rolled back too (state returns to before this world)
     * and a {@link WorldStateException} reports it.
     */
    @Override
    public void close() {
        if (!frame.frameOpen()) {
            return;
        }
        ThreadWorlds stack = frame.ownerStack("close");
        int innerOpen = stack.depth() - depth();
        try {
            stack.rollbackTo(depth() - 1);
        } catch (RuntimeException | Error undoFailure) {
            if (innerOpen > 0) {
                undoFailure.addSuppressed(innerWorldsLeftOpen(innerOpen));
            }
            throw undoFailure;
        }
        if (innerOpen > 0) {
            throw innerWorldsLeftOpen(innerOpen);
        }
    }

    private WorldStateException innerWorldsLeftOpen(int innerOpen) {
        return new WorldStateException("close of the " + frame.describe() + " while " + innerOpen
                    + " inner world(s) were still open: they were rolled back with it. Commit or"
                    + " roll back inner worlds before their outer world ends.");
    }

    /** True until this world is committed or rolled back. */
    public boolean isOpen() {
        return frame.frameOpen();
    }

    /** Depth of this world: 1 for an outermost world, its parent's depth plus one otherwise. */
    public int depth() {
        return frame.frameDepth();
    }

    /** The world this one was pushed in, or null for an outermost world. */
    public World parent() {
        WorldFrame parent = frame.parentFrame();
        return parent == null ? null : (World) parent.publicWorld();
    }

    @Override
    public String toString() {
        return "World[depth " + depth() + ", thread '" + frame.ownerThread().getName() + "', "
                + (isOpen() ? "open" : "closed") + "]";
    }
}
