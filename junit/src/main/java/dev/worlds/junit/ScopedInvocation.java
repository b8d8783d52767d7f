package dev.worlds.junit;

import dev.worlds.WorldConflictException;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;

/** Runs a piece of test code for one scope, explaining a world conflict that escapes it in test terms. */
final class ScopedInvocation {
    private ScopedInvocation() {
    }

    /** Proceeds with {@code invocation}, which runs in a world of {@code thread} that belongs to {@code scope}. */
    static <T> T proceed(Invocation<T> invocation, String scope, Thread thread) throws Throwable {
        try {
            return invocation.proceed();
        } catch (WorldConflictException conflict) {
            throw ExtensionErrors.explained(conflict, scope, thread);
        }
    }

    /**
     * Runs {@code invocation} in a world of its own on the calling thread, rolled back when it
     * returns or throws; worlds it leaves open are rolled back too and fail it.
     */
    static <T> T inOwnWorld(Invocation<T> invocation, String scope) throws Throwable {
        OpenWorld world = OpenWorld.push(scope);
        T result = null;
        Throwable failure = null;
        try {
            result = proceed(invocation, scope, world.thread());
        } catch (Throwable thrown) {
            failure = thrown;
        }
        failure = world.endAfter(failure);
        if (failure != null) {
            throw failure;
        }
        return result;
    }
}
