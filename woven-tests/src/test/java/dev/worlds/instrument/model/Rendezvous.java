package dev.worlds.instrument.model;

import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The points where the threads of the concurrent property wait for each other, which order the
 * shared writes (a phase advance happens-after every arrival). Once one thread fails it aborts
 * the rendezvous, so the others stop at their next wait instead of waiting for it forever.
 * Harness state: not woven.
 */
public final class Rendezvous {
    /** Generous: a wait only times out when a thread is stuck. */
    private static final long TIMEOUT_SECONDS = 60;

    private final Phaser phaser;

    public Rendezvous(int parties) {
        phaser = new Phaser(parties);
    }

    /** Waits until every thread arrived here; {@code where} names the point in a timeout. */
    public void await(String where) {
        int phase = phaser.arrive();
        if (phase < 0) {
            throw new Aborted();
        }
        try {
            if (phaser.awaitAdvanceInterruptibly(phase, TIMEOUT_SECONDS, TimeUnit.SECONDS) < 0) {
                throw new Aborted();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Aborted();
        } catch (TimeoutException e) {
            throw new ModelMismatch(where + ": the other threads did not arrive within " + TIMEOUT_SECONDS + " s");
        }
    }

    public void abort() {
        phaser.forceTermination();
    }

    /** Another thread failed first: this one stops without a failure of its own. */
    public static final class Aborted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Aborted() {
            super("another thread failed", null, false, false);
        }
    }
}
