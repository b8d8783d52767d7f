package dev.worlds.junit;

import dev.worlds.WorldConflictException;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;

/** Runs a piece of test code for one scope, explaining a world conflict that escapes it in test terms. */
final class ScopedInvocation {
    private ScopedInvocation() {
    }

    /**
     * Proceeds with {@code invocation}; a conflict that escapes it is explained by {@code where}, a
     * sentence that says in which world the code ran ("test 'adds()' of com.acme.BoardTest runs in
     * a world of thread 'main'").
     */
    static <T> T proceed(Invocation<T> invocation, String where) throws Throwable {
        try {
            return invocation.proceed();
        } catch (WorldConflictException conflict) {
            throw ExtensionErrors.explained(conflict, where);
        }
    }

    /** The {@code where} of code that runs in a world of the calling thread. */
    static String onThisThread(String scope) {
        return scope + " runs in a world of thread '" + Thread.currentThread().getName() + "'";
    }

    /**
     * Runs {@code invocation} in a world of its own on the calling thread, rolled back when it
     * returns or throws; worlds it leaves open are rolled back too and fail it.
     */
    static <T> T inOwnWorld(Invocation<T> invocation, String scope, String where) throws Throwable {
        OpenWorld world = OpenWorld.push(scope);
        T result = null;
        Throwable failure = null;
        try {
            result = proceed(invocation, where);
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
