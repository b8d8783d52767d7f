package dev.worlds.search;

import java.util.Arrays;

/**
 * User code (the state factory, the branching, the solution test or callback) threw in a worker
 * thread. The search stopped every worker; the cause is the exception as thrown, with the
 * worker's stack trace, and failures of other workers after it are suppressed in this one.
 */
public final class SearchFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int[] path;

    SearchFailedException(String worker, int[] path, Throwable cause) {
        super("search worker '" + worker + "' failed at path " + Arrays.toString(path) + ": " + cause, cause);
        this.path = path.clone();
    }

    /** The alternatives taken from the root to the node where the worker failed. */
    public int[] path() {
        return path.clone();
    }
}
