package dev.worlds.search;

import java.util.concurrent.locks.LockSupport;

/**
 * How an idle worker waits between tries: a few spins (an answer usually comes within one node),
 * then yields, then short parks, so idle workers do not take the cores from busy ones when there
 * are more workers than cores. Answers and the end of the search unpark a parked worker at once.
 */
final class IdleBackoff {
    private static final int SPINS = 64;
    private static final int YIELDS = 128;
    private static final long PARK_NANOS = 200_000;

    private int tries;

    void reset() {
        tries = 0;
    }

    void pause() {
        if (tries < SPINS) {
            Thread.onSpinWait();
        } else if (tries < YIELDS) {
            Thread.yield();
        } else {
            LockSupport.parkNanos(PARK_NANOS);
        }
        if (tries < YIELDS) {
            tries++;
        }
    }
}
