package dev.worlds;

import dev.worlds.internal.FirstPushCheck;
import dev.worlds.internal.Speculation;
import dev.worlds.internal.ThreadWorlds;
import dev.worlds.internal.WorldFrame;
import java.util.function.BooleanSupplier;

/**
 * Copy-on-write worlds for plain objects. Push a world, write ordinary fields and arrays of
 * woven classes, then commit or roll back everything written in it.
 *
 * <pre>{@code
 * Worlds.push();
 * board.place(queen);            // plain field and array writes
 * if (!board.consistent()) {
 *     Worlds.pop();              // roll back everything since push()
 * } else {
 *     Worlds.commit();           // keep it (into the parent world, if any)
 * }
 * }</pre>
 *
 * <p>Each thread has its own stack of worlds. Pushing is O(1); commit and rollback cost is
 * proportional to the objects the world modified. Reads are never slowed down.
 */
public final class Worlds {
    private Worlds() {
    }

    /**
     * Opens a new world as a child of this thread's innermost world and returns it.
     *
     * <p>The first push of the process checks that something is woven: if no woven class has run,
     * it prints a warning naming the fix (system property {@code worlds.checkWoven}: {@code warn},
     * the default, {@code error} or {@code off}).
     *
     * @throws WorldStateException when {@code worlds.checkWoven=error} and nothing is woven, or when
     *                             the load-time weaver runs with {@code failOnError=true} and could
     *                             not weave a class; the message lists what and says what to do
     */
    public static World push() {
        FirstPushCheck.beforePush();
        ThreadWorlds stack = ThreadWorlds.current();
        World world = new World(stack, stack.top());
        stack.push(world.frame);
        return world;
    }

    /** Number of open worlds of this thread; 0 when none is open. */
    public static int depth() {
        return ThreadWorlds.current().depth();
    }

    /** This thread's innermost open world, or null. */
    public static World current() {
        WorldFrame top = ThreadWorlds.current().top();
        return top == null ? null : (World) top.publicWorld();
    }

    /**
     * Rolls back and closes the innermost world (Choco's {@code worldPop}).
     *
     * @throws WorldStateException if no world is open
     */
    public static void pop() {
        ThreadWorlds stack = ThreadWorlds.current();
        stack.requireTop("Worlds.pop()");
        stack.rollbackTop();
    }

    /**
     * Rolls back worlds, innermost first, until {@link #depth()} equals {@code depth}. If undo
     * actions throw, every world is still rolled back, then the first failure is rethrown.
     *
     * @throws WorldStateException if {@code depth} is negative or greater than {@link #depth()}
     */
    public static void popUntil(int depth) {
        ThreadWorlds.current().rollbackTo(depth);
    }

    /**
     * Registers {@code action} to run if the innermost world rolls back; see
     * {@link World#onRollback(Runnable)}.
     *
     * <pre>{@code
     * Worlds.push();
     * cache.put(key, value);                        // a HashMap: not tracked
     * Worlds.onRollback(() -> cache.remove(key));
     * }</pre>
     *
     * @throws WorldStateException if no world is open
     */
    public static void onRollback(Runnable action) {
        java.util.Objects.requireNonNull(action, "Worlds.onRollback(action): the action is null");
        ThreadWorlds stack = ThreadWorlds.current();
        stack.addUndoAction(stack.requireTop("Worlds.onRollback()"), action);
    }

    /**
     * Commits the innermost world into its parent, or makes it permanent if it is outermost.
     *
     * @throws WorldStateException if no world is open
     */
    public static void commit() {
        ThreadWorlds stack = ThreadWorlds.current();
        stack.requireTop("Worlds.commit()");
        stack.commitTop();
    }

    /**
     * Runs {@code body} in a new world: commits it when {@code body} returns, rolls it back and
     * rethrows the same exception when {@code body} throws. {@code speculate} throws what the body
     * throws: nothing checked for a body that throws nothing checked, and the body's own checked
     * exception otherwise.
     *
     * <pre>{@code
     * Plan plan = Worlds.speculate(() -> planner.extend(order));   // undone if extend throws
     * Config config = Worlds.speculate(() -> loader.read(path));   // throws read's IOException
     * }</pre>
     *
     * @param <E> the checked exception {@code body} may throw
     * @throws E                   what {@code body} threw, after its world was rolled back
     * @throws WorldStateException if {@code body} leaves inner worlds open or closes the world it
     *                             runs in (everything it did is rolled back first)
     */
    public static <T, E extends Exception> T speculate(Body<T, E> body) throws E {
        World world = push();
        T result;
        try {
            result = body.call();
        } catch (Throwable failure) {
            Speculation.abort(world, failure);
            throw failure;
        }
        Speculation.end(world);
        return result;
    }

    /**
     * The body of {@link #speculate(Body)}: a computation that returns a value and may throw a
     * checked exception of its own type {@code E}.
     *
     * @param <T> what the body returns
     * @param <E> the checked exception it may throw ({@code RuntimeException} for none)
     */
    @FunctionalInterface
    public interface Body<T, E extends Exception> {
        T call() throws E;
    }

    /** Runs {@code body} in a new world: commits on return, rolls back and rethrows on throw. */
    public static void speculate(Runnable body) {
        World world = push();
        try {
            body.run();
        } catch (Throwable failure) {
            Speculation.abort(world, failure);
            throw failure;
        }
        Speculation.end(world);
    }

    /**
     * Runs {@code body} in a new world and keeps its changes only if it returns true: commits on
     * true, rolls back on false or on throw (and rethrows).
     *
     * <pre>{@code
     * boolean placed = Worlds.attempt(() -> schedule.tryInsert(job));
     * }</pre>
     *
     * @return what {@code body} returned
     */
    public static boolean attempt(BooleanSupplier body) {
        World world = push();
        boolean keep;
        try {
            keep = body.getAsBoolean();
        } catch (Throwable failure) {
            Speculation.abort(world, failure);
            throw failure;
        }
        if (keep) {
            Speculation.end(world);
        } else {
            Speculation.discard(world);
        }
        return keep;
    }
}
