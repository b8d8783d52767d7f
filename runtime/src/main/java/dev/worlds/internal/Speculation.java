package dev.worlds.internal;

import dev.worlds.World;
import dev.worlds.WorldStateException;

/**
 * The life cycle of one speculative run, shared by {@code Worlds.speculate} and {@code attempt}
 * and by the wrapper the weaver generates for {@link dev.worlds.Speculative} methods: each pushes
 * a world with {@code Worlds.push()}; end commits it; abort rolls it back. A body that leaves inner worlds open, or that closes the world
 * it runs in, is a programming error: everything it did is rolled back and reported.
 */
public final class Speculation {
    private Speculation() {
    }

    /** The body returned: commit its world. */
    public static void end(World world) {
        checkBodyKeptWorld(world);
        world.commit();
    }

    /** The body asked for its changes to be dropped (an attempt that returned false). */
    public static void discard(World world) {
        checkBodyKeptWorld(world);
        world.rollback();
    }

    /**
     * The body threw {@code failure}: roll back its world and any inner worlds it left open. The
     * caller rethrows {@code failure}; problems found here are attached to it as suppressed.
     */
    public static void abort(World world, Throwable failure) {
        if (!world.isOpen()) {
            failure.addSuppressed(closedByBody(world));
            return;
        }
        try {
            ThreadWorlds.current().rollbackTo(world.depth() - 1);
        } catch (RuntimeException | Error undoFailure) {
            failure.addSuppressed(undoFailure);
        }
    }

    private static void checkBodyKeptWorld(World world) {
        if (!world.isOpen()) {
            throw closedByBody(world);
        }
        ThreadWorlds stack = ThreadWorlds.current();
        int innerOpen = stack.depth() - world.depth();
        if (innerOpen > 0) {
            stack.rollbackTo(world.depth() - 1);
            throw new WorldStateException("A speculative body returned with " + innerOpen
                    + " inner world(s) still open; its whole " + WorldErrors.describeWorld(world.depth(), Thread.currentThread())
                    + " was rolled back. Commit or pop every world the body pushes.");
        }
    }

    private static WorldStateException closedByBody(World world) {
        return new WorldStateException("A speculative body closed the " + WorldErrors.describeWorld(world.depth(), Thread.currentThread())
                + " it runs in (by popping or committing it); its changes can no longer be"
                + " committed or rolled back as one. Push a nested world inside the body instead.");
    }
}
