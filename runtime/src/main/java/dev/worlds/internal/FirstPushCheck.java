package dev.worlds.internal;

import dev.worlds.WorldStateException;
import java.lang.StackWalker.StackFrame;
import java.util.Locale;
import java.util.Set;

/**
 * Makes sure a program that pushes worlds is told when nothing it runs is woven: without woven
 * classes no write is tracked and every rollback silently restores nothing. Runs on the first
 * push of the process, then costs one read of a static field per push.
 *
 * <p>Something is woven when a woven class has been initialized (the weaver gives every class a
 * static initializer that tells the runtime) or the load-time weaver has woven a class. A
 * program that pushes from unwoven code before any of its woven classes is initialized is warned
 * about although it is woven: nothing woven has run yet. If neither holds, the first push
 * prints one warning naming the fix, or with {@code -Dworlds.checkWoven=error} throws
 * {@link WorldStateException} (on every push, until something is woven);
 * {@code -Dworlds.checkWoven=off} turns the check off, for programs that only use undo actions.
 *
 * <p>When the load-time weaver runs with {@code failOnError=true}, a push also fails while any
 * class could not be woven, and a class that fails after the first push makes the next push
 * check again.
 */
public final class FirstPushCheck {
    /** The system property choosing what an unwoven first push does: {@code warn}, {@code error} or {@code off}. */
    public static final String PROPERTY = "worlds.checkWoven";

    /** Worlds' own packages; dev.worlds.search is the parallel search of dev.worlds:worlds-search. */
    private static final Set<String> RUNTIME_PACKAGES = Set.of("dev.worlds", "dev.worlds.internal",
            "dev.worlds.search", "dev.worlds.collections");

    private static volatile boolean wovenClassInitialized;
    /**
     * Plain, not volatile: this is what every push reads. A thread that sees a stale false only
     * goes through {@link #check()} once more, which re-reads it under the lock.
     */
    private static boolean passed;
    private static boolean listening;

    private FirstPushCheck() {
    }

    /** Called by the static initializer of every woven class (interfaces with no stamp or statics aside). */
    static void wovenClassInitialized() {
        if (!wovenClassInitialized) {
            wovenClassInitialized = true;
        }
    }

    /** Called first thing by every push. */
    public static void beforePush() {
        if (!passed) {
            check();
        }
    }

    private static synchronized void check() {
        if (passed) {
            return;
        }
        AgentLink agent = AgentLink.find();
        if (agent != null) {
            if (!listening) {
                listening = true;
                agent.onFailure(FirstPushCheck::checkAgain);
            }
            String failures = agent.failureReport();
            if (failures != null) {
                throw new WorldStateException(failures);
            }
        }
        Mode mode = Mode.fromProperty();
        if (mode != Mode.OFF && !somethingWoven(agent)) {
            String message = nothingWovenMessage(agent, pushCaller());
            if (mode == Mode.ERROR) {
                throw new WorldStateException(message);
            }
            System.err.println(message);
        }
        passed = true;
    }

    private static synchronized void checkAgain() {
        passed = false;
    }

    private static boolean somethingWoven(AgentLink agent) {
        return wovenClassInitialized || (agent != null && agent.wovenClasses() > 0);
    }

    private static String nothingWovenMessage(AgentLink agent, StackFrame caller) {
        String who = caller == null ? "" : " by " + caller.getClassName() + "." + caller.getMethodName();
        String includes = caller == null || caller.getDeclaringClass().getPackageName().isEmpty() ? "com.acme.**"
                : caller.getDeclaringClass().getPackageName() + ".**";
        String problem = agent != null
                ? "but worlds-agent (" + agent.options() + ") has woven no class so far: its includes match none of"
                        + " the classes loaded. Name the packages whose state must roll back, e.g. includes=" + includes + "."
                : "but no class of this program is woven (none has been initialized), so no write is tracked and a"
                        + " rollback restores nothing."
                        + " Weave the classes whose state must roll back: start the JVM with"
                        + " -javaagent:worlds-agent.jar=includes=" + includes + " (dev.worlds:worlds-agent), or add the"
                        + " goals weave and weave-tests of dev.worlds:worlds-maven-plugin to the build.";
        return "Worlds: a world was pushed" + who + ", " + problem + " -D" + PROPERTY + "=error makes this an error,"
                + " -D" + PROPERTY + "=off turns this check off.";
    }

    /**
     * The innermost program frame on the stack (not the runtime's, not the JDK's), which asked for
     * the world; null when the parallel search (dev.worlds.search) pushes on a worker thread.
     */
    private static StackFrame pushCaller() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .filter(frame -> isProgramClass(frame.getDeclaringClass())).findFirst().orElse(null));
    }

    private static boolean isProgramClass(Class<?> type) {
        String name = type.getName();
        return !RUNTIME_PACKAGES.contains(type.getPackageName()) && !name.startsWith("java.")
                && !name.startsWith("javax.") && !name.startsWith("jdk.") && !name.startsWith("sun.")
                && !name.startsWith("com.sun.");
    }

    private enum Mode {
        WARN, ERROR, OFF;

        static Mode fromProperty() {
            String value = System.getProperty(PROPERTY, "warn").strip();
            try {
                return valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new WorldStateException("System property " + PROPERTY + " is '" + value
                        + "'; use warn (the default), error or off.");
            }
        }
    }
}
