package dev.worlds.agent;

/**
 * What the running agent tells the Worlds runtime, which reads it by reflection at the first
 * {@code Worlds.push()} (the runtime does not depend on the agent). The agent jar is on the system
 * class path, so every copy of the runtime, in whatever class loader, finds this one class. These
 * method names and types (JDK types only, since the runtime sees this class from another loader)
 * are the whole contract with the runtime's {@code AgentLink}.
 */
public final class AgentStatus {
    private static volatile WeavingLog log;
    private static volatile AgentOptions options;

    private AgentStatus() {
    }

    static void start(AgentOptions agentOptions, WeavingLog weavingLog) {
        options = agentOptions;
        log = weavingLog;
    }

    /** Whether the agent was started with this JVM (its jar may be on the class path without it). */
    public static boolean active() {
        return log != null;
    }

    /** Classes woven so far. */
    public static int wovenClasses() {
        return log.wovenClasses();
    }

    /** The options the agent was started with, as given. */
    public static String options() {
        return options.text();
    }

    /** With {@code failOnError=true}: the classes that could not be woven, with causes and the fix; else null. */
    public static String failureReport() {
        return options.failOnError() ? log.failureReport() : null;
    }

    /** Runs {@code listener} after each class that from now on cannot be woven. */
    public static void onFailure(Runnable listener) {
        log.onFailure(listener);
    }
}
