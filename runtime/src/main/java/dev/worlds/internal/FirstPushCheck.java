package dev.worlds.internal;

import dev.worlds.WorldStateException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.StackWalker.StackFrame;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes sure a program that pushes worlds is told when nothing it runs is woven: without woven
 * classes no write is tracked and every rollback silently restores nothing. Runs on the first
 * push of the process, then costs one read of a static field per push.
 *
 * <p>Something is woven when a woven class has been initialized (its static initializer calls
 * the runtime), when the load-time weaver has woven a class, or when a class of the program on
 * the stack of the push is woven (its class file carries the weaver's marker). A program whose
 * woven classes before its first push are all final and keep no fields (only arrays), pushing
 * from unwoven code, is warned about although it is woven. If none holds, the first push
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

    private static final byte[] WOVEN_MARKER = "Ldev/worlds/internal/Woven;".getBytes(StandardCharsets.UTF_8);
    private static final Set<String> RUNTIME_PACKAGES = Set.of("dev.worlds", "dev.worlds.internal",
            "dev.worlds.search", "dev.worlds.collections");

    private static volatile boolean wovenClassInitialized;
    /**
     * Plain, not volatile: this is what every push reads. A thread that sees a stale false only
     * goes through {@link #check()} once more, which re-reads it under the lock.
     */
    private static boolean passed;
    /** Class files read at most, from the innermost program frame outwards (a push is rarely deep). */
    private static final int MAX_CALLERS_READ = 8;
    private static boolean listening;

    private FirstPushCheck() {
    }

    /** Called by the static initializer of every woven class with a stamp or tracked statics. */
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
        List<StackFrame> callers = mode == Mode.OFF ? List.of() : pushCallers();
        if (mode != Mode.OFF && !somethingWoven(agent, callers)) {
            String message = nothingWovenMessage(agent, callers.isEmpty() ? null : callers.get(0));
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

    private static boolean somethingWoven(AgentLink agent, List<StackFrame> callers) {
        return wovenClassInitialized || (agent != null && agent.wovenClasses() > 0)
                || callers.stream().map(StackFrame::getDeclaringClass).distinct().limit(MAX_CALLERS_READ)
                        .anyMatch(FirstPushCheck::isWoven);
    }

    private static String nothingWovenMessage(AgentLink agent, StackFrame caller) {
        String who = caller == null ? "" : " by " + caller.getClassName() + "." + caller.getMethodName();
        String includes = caller == null || caller.getDeclaringClass().getPackageName().isEmpty() ? "com.acme.**"
                : caller.getDeclaringClass().getPackageName() + ".**";
        String problem = agent != null
                ? "but worlds-agent (" + agent.options() + ") has woven no class so far: its includes match none of"
                        + " the classes loaded. Name the packages whose state must roll back, e.g. includes=" + includes + "."
                : "but no class of this program is woven (none has been initialized, and the code on the stack is not"
                        + " woven), so no write is tracked and a rollback restores nothing."
                        + " Weave the classes whose state must roll back: start the JVM with"
                        + " -javaagent:worlds-agent.jar=includes=" + includes + " (dev.worlds:worlds-agent), or add the"
                        + " goals weave and weave-tests of dev.worlds:worlds-maven-plugin to the build.";
        return "Worlds: a world was pushed" + who + ", " + problem + " -D" + PROPERTY + "=error makes this an error,"
                + " -D" + PROPERTY + "=off turns this check off.";
    }

    /**
     * The program's frames on the stack, innermost first: not the runtime's, not the JDK's. The first
     * asked for the world; none when the runtime's parallel search pushes on a worker thread.
     */
    private static List<StackFrame> pushCallers() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .filter(frame -> isProgramClass(frame.getDeclaringClass())).toList());
    }

    private static boolean isProgramClass(Class<?> type) {
        String name = type.getName();
        return !RUNTIME_PACKAGES.contains(type.getPackageName()) && !name.startsWith("java.")
                && !name.startsWith("javax.") && !name.startsWith("jdk.") && !name.startsWith("sun.")
                && !name.startsWith("com.sun.");
    }

    /** Whether the caller's class file carries the weaver's marker (an invisible annotation: not reflectable). */
    private static boolean isWoven(Class<?> type) {
        if (type.isHidden()) {
            return false;
        }
        String resource = type.getName().replace('.', '/') + ".class";
        ClassLoader loader = type.getClassLoader();
        try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(resource)
                : loader.getResourceAsStream(resource)) {
            return in != null && contains(in.readAllBytes(), WOVEN_MARKER);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
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
