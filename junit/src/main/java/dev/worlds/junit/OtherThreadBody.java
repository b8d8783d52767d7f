package dev.worlds.junit;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;

/**
 * A test body that JUnit runs on another thread than the test's world: a {@code @Timeout} with
 * {@code threadMode = SEPARATE_THREAD} runs the body on a thread of its own, inside the
 * extension's interceptor. The test's world cannot follow it there (worlds are thread-confined),
 * so the body gets a world of its own on that thread, rolled back when it ends.
 *
 * <p>On a timeout JUnit interrupts the body and goes on without waiting for it; a body that does
 * not stop keeps its world open, and what it saved stays owned by it. The test's thread therefore
 * waits a little for the body to end, and reports a body that is still running.
 */
final class OtherThreadBody {
    /**
     * How long the test's thread waits, after the body returned or timed out, for it to end: an
     * interrupted body needs a moment to unwind and roll its world back after JUnit gave up on it.
     */
    static final long END_WAIT_MILLIS = 1_000;

    private final Thread thread = Thread.currentThread();
    private final CountDownLatch ended = new CountDownLatch(1);

    private OtherThreadBody() {
    }

    /**
     * Runs {@code invocation}, the body of {@code test} whose world is {@code testWorld}, in a world
     * of the calling thread, handing {@code started} the body's handle before it begins so that the
     * test's thread can wait for it.
     */
    static <T> T run(Invocation<T> invocation, String test, OpenWorld testWorld, Consumer<OtherThreadBody> started)
            throws Throwable {
        OtherThreadBody body = new OtherThreadBody();
        started.accept(body);
        String thread = body.thread.getName();
        try {
            return ScopedInvocation.inOwnWorld(invocation, "the body of " + test + " on thread '" + thread + "'",
                    "the body of " + test + " runs on thread '" + thread + "', where JUnit runs it for its"
                    + " timeout (thread mode SEPARATE_THREAD), in a world of its own; the test's world, with"
                    + " what @BeforeAll and @BeforeEach methods wrote, belongs to thread '"
                    + testWorld.thread().getName() + "'");
        } finally {
            body.ended.countDown();
        }
    }

    /**
     * Called on the test's thread once JUnit is done with the body.
     *
     * @throws dev.worlds.WorldStateException if the body is still running after {@link #END_WAIT_MILLIS}
     */
    void awaitEnd(String test) throws InterruptedException {
        if (!ended.await(END_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
            throw ExtensionErrors.bodyStillRunning(test, thread, END_WAIT_MILLIS);
        }
    }
}
