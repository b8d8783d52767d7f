package dev.worlds.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * What the load-time weaver ({@code -javaagent:worlds-agent.jar}) reports to the runtime, read
 * through reflection because the runtime does not depend on the agent. The agent's classes are
 * on the system class path, so every copy of the runtime finds the same status there. The names
 * below are the whole contract; the agent's {@code AgentStatus} keeps the other side.
 */
final class AgentLink {
    static final String STATUS_CLASS = "dev.worlds.agent.AgentStatus";

    private final Method wovenClasses;
    private final Method options;
    private final Method failureReport;
    private final Method onFailure;

    private AgentLink(Class<?> status) throws NoSuchMethodException {
        wovenClasses = status.getMethod("wovenClasses");
        options = status.getMethod("options");
        failureReport = status.getMethod("failureReport");
        onFailure = status.getMethod("onFailure", Runnable.class);
    }

    /** The running agent, or null when this JVM was started without it. */
    static AgentLink find() {
        try {
            Class<?> status = Class.forName(STATUS_CLASS, true, ClassLoader.getSystemClassLoader());
            return Boolean.TRUE.equals(status.getMethod("active").invoke(null)) ? new AgentLink(status) : null;
        } catch (ClassNotFoundException e) {
            return null;
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("The worlds-agent on the class path does not match this worlds-runtime ("
                    + e + "); use the same version of both.", e);
        }
    }

    /** Classes the agent has woven so far. */
    int wovenClasses() {
        return (Integer) call(wovenClasses);
    }

    /** The agent's options as given on the command line, for messages. */
    String options() {
        return (String) call(options);
    }

    /** Classes the agent could not weave, one per line, when its option failOnError is set; else null. */
    String failureReport() {
        return (String) call(failureReport);
    }

    /** Has {@code listener} run each time the agent fails to weave a class from now on. */
    void onFailure(Runnable listener) {
        call(onFailure, listener);
    }

    private static Object call(Method method, Object... arguments) {
        try {
            return method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("worlds-agent failed in " + method.getName() + ": " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("worlds-agent's " + method.getName() + " is not accessible: " + e, e);
        }
    }
}
