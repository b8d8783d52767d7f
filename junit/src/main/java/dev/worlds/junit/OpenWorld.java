package dev.worlds.junit;

import dev.worlds.World;
import dev.worlds.Worlds;

/**
 * A world the extension pushed for one scope (a class, a test, a test body), remembered with the
 * thread that pushed it: worlds are thread-confined, so every later step first asks whether it
 * runs on that thread.
 */
final class OpenWorld {
    private final World world;
    private final Thread thread;
    private final String scope;

    private OpenWorld(World world, String scope) {
        this.world = world;
        this.thread = Thread.currentThread();
        this.scope = scope;
    }

    /** Pushes a world on the calling thread for {@code scope} ("test 'adds()' of com.acme.BoardTest"). */
    static OpenWorld push(String scope) {
        return new OpenWorld(Worlds.push(), scope);
    }

    boolean isOnCurrentThread() {
        return Thread.currentThread() == thread;
    }

    Thread thread() {
        return thread;
    }

    String scope() {
        return scope;
    }

    /**
     * Rolls this world back, with every world the scope's code pushed inside it and left open, and
     * then reports those leaks. Rolling back first keeps the next scope clean whatever is reported.
     *
     * @throws dev.worlds.WorldStateException if the scope's code left worlds open, or closed this world itself
     */
    void end() {
        int depth = world.depth();
        if (!world.isOpen()) {
            if (Worlds.depth() >= depth) {
                Worlds.popUntil(depth - 1);      // pushed after ours was closed: leaked as well
            }
            throw ExtensionErrors.closedByScope(scope, depth);
        }
        int leaked = Worlds.depth() - depth;
        try {
            Worlds.popUntil(depth - 1);
        } catch (RuntimeException | Error undoFailure) {
            if (leaked > 0) {
                undoFailure.addSuppressed(ExtensionErrors.leftOpen(scope, leaked));
            }
            throw undoFailure;
        }
        if (leaked > 0) {
            throw ExtensionErrors.leftOpen(scope, leaked);
        }
    }

    /**
     * Ends this world after the scope's code finished with {@code failure} (null: it returned), and
     * returns what the scope reports: the code's own failure first, an error of ending this world
     * attached to it as suppressed.
     */
    Throwable endAfter(Throwable failure) {
        try {
            end();
        } catch (RuntimeException | Error endFailure) {
            if (failure == null) {
                return endFailure;
            }
            failure.addSuppressed(endFailure);
        }
        return failure;
    }
}
