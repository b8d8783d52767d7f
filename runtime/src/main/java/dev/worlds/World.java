package dev.worlds;

import dev.worlds.internal.ThreadWorlds;
import dev.worlds.internal.WorldFrame;

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
public final class World extends WorldFrame implements AutoCloseable {

    World(ThreadWorlds owner, World parent) {
        super(owner, parent);
    }

    /**
     * Commits this world into its parent (whose rollback then undoes these changes too), or, for
     * the outermost world, makes the changes permanent and frees the saved copies.
     *
     * @throws WorldStateException if this world is closed, is not the innermost open world, or
     *                             belongs to another thread
     */
    public void commit() {
        ThreadWorlds stack = ownerStack("commit");
        stack.checkInnermost(this, "commit");
        stack.commitTop();
    }

    /**
     * Restores every tracked location written since this world was pushed and closes it.
     *
     * @throws WorldStateException if this world is closed, is not the innermost open world, or
     *                             belongs to another thread
     */
    public void rollback() {
        ThreadWorlds stack = ownerStack("rollback");
        stack.checkInnermost(this, "rollback");
        stack.rollbackTop();
    }

    /**
     * Rolls this world back if it is still open; does nothing if it was committed or rolled back.
     * If inner worlds were left open, they are rolled back too (state returns to before this world)
     * and a {@link WorldStateException} reports it.
     */
    @Override
    public void close() {
        if (!frameOpen()) {
            return;
        }
        ThreadWorlds stack = ownerStack("close");
        int innerOpen = stack.depth() - depth();
        stack.rollbackTo(depth() - 1);
        if (innerOpen > 0) {
            throw new WorldStateException("close of the " + describe() + " while " + innerOpen
                    + " inner world(s) were still open: they were rolled back with it. Commit or"
                    + " roll back inner worlds before their outer world ends.");
        }
    }

    /** True until this world is committed or rolled back. */
    public boolean isOpen() {
        return frameOpen();
    }

    /** Depth of this world: 1 for an outermost world, its parent's depth plus one otherwise. */
    public int depth() {
        return frameDepth();
    }

    /** The world this one was pushed in, or null for an outermost world. */
    public World parent() {
        return (World) parentFrame();
    }

    @Override
    public String toString() {
        return "World[depth " + depth() + ", thread '" + ownerThread().getName() + "', "
                + (isOpen() ? "open" : "closed") + "]";
    }
}
