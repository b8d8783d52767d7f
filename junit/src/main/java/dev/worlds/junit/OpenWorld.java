package dev.worlds.junit;

import dev.worlds.World;
import dev.worlds.Worlds;
import dev.worlds.internal.WritesOutsideWorlds;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A world the extension pushed for one scope (a class, a test, a test body), remembered with the
 * thread that pushed it: worlds are thread-confined, so every later step first asks whether it
 * runs on that thread. While it is open, writes by threads without worlds into what existed
 * before are watched: no world saves them, so they are reported when it ends.
 */
final class OpenWorld {
    /**
     * Every world the extension has open, on any thread: a conflict names those of other threads,
     * which with parallel execution tells which running test holds what the failing test wrote.
     */
    private static final Set<OpenWorld> OPEN = ConcurrentHashMap.newKeySet();

    private final World world;
    private final int depth;
    private final Thread thread;
    private final String scope;
    private final WritesOutsideWorlds.Watch outsideWrites;

    private OpenWorld(World world, String scope) {
        this.world = world;
        this.depth = world.depth();
        this.thread = Thread.currentThread();
        this.scope = scope;
        this.outsideWrites = WritesOutsideWorlds.watch();
    }

    /** Pushes a world on the calling thread for {@code scope} ("test 'adds()' of com.acme.BoardTest"). */
    static OpenWorld push(String scope) {
        OpenWorld world = new OpenWorld(Worlds.push(), scope);
        OPEN.add(world);
        return world;
    }

    /**
     * The worlds the extension has open on threads other than the calling one ("test 'adds()' of
     * com.acme.BoardTest (thread 'worker-2', depth 1)"), or an empty string when there are none.
     */
    static String openOnOtherThreads() {
        return OPEN.stream()
                .filter(open -> !open.isOnCurrentThread())
                .sorted(Comparator.comparing((OpenWorld open) -> open.thread.getName())
                        .thenComparingInt(open -> open.depth))
                .map(open -> open.scope + " (thread '" + open.thread.getName() + "', depth " + open.depth + ")")
                .collect(Collectors.joining("; "));
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
     * then reports those leaks, and writes that threads without worlds made meanwhile into what
     * existed before (which no rollback restores). Rolling back first keeps the next scope clean
     * whatever is reported.
     *
     * @throws dev.worlds.WorldStateException if the scope's code left worlds open, closed this world
     *         itself, or code on other threads wrote outside every world
     */
    void end() {
        OPEN.remove(this);
        try {
            rollBack();
        } catch (RuntimeException | Error failure) {
            reportOutsideWrites(failure);
            throw failure;
        }
        reportOutsideWrites(null);
    }

    private void rollBack() {
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

    /** Ends the watch; writes it noted are thrown, or attached to {@code failure} when there is one. */
    private void reportOutsideWrites(Throwable failure) {
        List<String> writes = outsideWrites.end();
        if (writes.isEmpty()) {
            return;
        }
        RuntimeException report = ExtensionErrors.writesOutsideWorlds(scope, thread, writes);
        if (failure == null) {
            throw report;
        }
        failure.addSuppressed(report);
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
