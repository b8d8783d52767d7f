package dev.worlds.junit;

import dev.worlds.WorldConflictException;
import dev.worlds.WorldStateException;
import java.lang.reflect.Method;
import java.util.List;

/** Builds the extension's failures, so that each says what went wrong and what to do. */
final class ExtensionErrors {
    private static final String PREFIX = "WorldsExtension: ";

    private ExtensionErrors() {
    }

    static WorldStateException leftOpen(String scope, int leaked) {
        return new WorldStateException(PREFIX + scope + " left " + leaked + " world(s) open (pushed but"
                + " neither committed nor rolled back); they were rolled back with the world the extension"
                + " opened for it. End every world you push, on every path: try (World w = Worlds.push())"
                + " { ... }, or Worlds.pop() / Worlds.commit() in a finally block.");
    }

    static WorldStateException closedByScope(String scope, int depth) {
        return new WorldStateException(PREFIX + scope + " closed the world the extension opened for it"
                + " (depth " + depth + ") by committing or rolling it back (Worlds.pop(), Worlds.commit(),"
                + " Worlds.popUntil(...), or commit/rollback/close of Worlds.current()): what it wrote after"
                + " that was not rolled back with it, and a commit handed its writes to the enclosing world"
                + " (or kept them for good). Commit or roll back only the worlds your code pushes itself.");
    }

    static WorldStateException lifecycleMethodOnOtherThread(String annotation, Method method, OpenWorld world) {
        return new WorldStateException(PREFIX + "the " + annotation + " method " + method.getName() + "() of "
                + method.getDeclaringClass().getName() + " would run on thread '"
                + Thread.currentThread().getName() + "' (it has a timeout, and the thread mode is SEPARATE_THREAD),"
                + " but the world of " + world.scope() + " belongs to thread '" + world.thread().getName()
                + "': worlds are thread-confined, so its writes could neither be rolled back with that world"
                + " nor be seen by the test. It was not run. A lifecycle method takes the thread mode of the"
                + " @Timeout on its test method or class, else junit.jupiter.execution.timeout.thread.mode.default:"
                + " make that SAME_THREAD, or drop the lifecycle method's timeout.");
    }

    static WorldStateException bodyStillRunning(String scope, Thread body, long waitedMillis) {
        return new WorldStateException(PREFIX + "the body of " + scope + " is still running on thread '"
                + body.getName() + "' " + waitedMillis + " ms after its @Timeout (JUnit interrupted it and"
                + " went on). Its world stays open until the body returns; until then a write from any other"
                + " thread, later tests included, into an object or static field that the body wrote throws"
                + " WorldConflictException. Let the body stop when it is interrupted (check"
                + " Thread.interrupted() in long loops).");
    }

    static WorldStateException writesOutsideWorlds(String scope, Thread worldThread, List<String> writes) {
        return new WorldStateException(PREFIX + "while the world of " + scope + " was open on thread '"
                + worldThread.getName() + "', code on other threads with no world open wrote objects, arrays or"
                + " static fields that existed before; no world saved them, so these writes were NOT rolled back: "
                + String.join("; ", writes) + ". Worlds are thread-confined: code a test hands to another thread"
                + " (assertTimeoutPreemptively, an executor, a thread it starts) runs outside the test's world. Run it"
                + " on the test's thread (assertTimeout instead of assertTimeoutPreemptively; a @Timeout with"
                + " threadMode = SEPARATE_THREAD, whose body the extension runs in a world of its own), or push a"
                + " world on that thread and roll it back there (try (World w = Worlds.push()) { ... })."
                + " Tests that run at the same time (parallel execution) report each other's writes made outside"
                + " their worlds too: keep them apart with @ResourceLock, @Isolated or @Execution(SAME_THREAD).");
    }

    /**
     * The same conflict, its message extended by {@code where} (in which world the failing code
     * ran) and what a conflict means for a test; its cause is the original, and its stack trace the
     * original's, which shows where the write was.
     */
    static WorldConflictException explained(WorldConflictException conflict, String where) {
        WorldConflictException explained = new WorldConflictException(conflict.getMessage() + "\n" + PREFIX
                + where + ". Worlds are thread-confined: a write into an object or static field that an open"
                + " world of another thread saved is refused. Code a test hands to another thread"
                + " (assertTimeoutPreemptively, an executor, a @Timeout with threadMode = SEPARATE_THREAD) runs"
                + " outside the test's world, and tests that run at the same time (parallel execution) must not"
                + " write the same objects or static fields. Run such code on the test's thread (assertTimeout,"
                + " @Timeout(threadMode = SAME_THREAD)), or keep such tests from running at the same time"
                + " (@ResourceLock, @Execution(SAME_THREAD), @Isolated)." + openElsewhere());
        explained.initCause(conflict);
        explained.setStackTrace(conflict.getStackTrace());
        return explained;
    }

    private static String openElsewhere() {
        String open = OpenWorld.openOnOtherThreads();
        return open.isEmpty() ? "" : " Worlds the extension has open on other threads now: " + open + ".";
    }
}
