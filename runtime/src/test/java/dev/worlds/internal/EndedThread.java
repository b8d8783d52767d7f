package dev.worlds.internal;

import java.lang.ref.WeakReference;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Runs code on a thread that then ends, and waits until it has ended (worlds left open and all). */
final class EndedThread {
    private EndedThread() {
    }

    /** Runs {@code body} on a new thread named {@code name}; returns once that thread is no longer alive. */
    static void run(String name, Runnable body) {
        stackOf(name, body);
    }

    /**
     * As {@link #run}, and returns a weak reference to the ended thread's world stack (in an array,
     * so that no local of the caller's frame holds it strongly).
     */
    @SuppressWarnings("unchecked")
    static WeakReference<ThreadWorlds>[] stackOf(String name, Runnable body) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        WeakReference<ThreadWorlds>[] stack = new WeakReference[1];
        Thread thread = new Thread(() -> {
            try {
                body.run();
                stack[0] = new WeakReference<>(ThreadWorlds.current());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, name);
        thread.start();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (thread.isAlive()) {
            throw new AssertionError("thread '" + name + "' did not end in time");
        }
        if (failure.get() != null) {
            throw new AssertionError("thread '" + name + "' failed", failure.get());
        }
        return stack;
    }
}
