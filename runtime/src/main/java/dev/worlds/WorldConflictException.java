package dev.worlds;

/**
 * A thread wrote an object or a class's static fields that an open world of another thread
 * owns. The write did not happen; both threads' worlds stay exact.
 *
 * <p>Worlds are thread-confined: an object written inside one thread's open world belongs to
 * that world until it commits or rolls back. Give each thread its own objects, or finish the
 * world before another thread writes.
 *
 * <p>Only a thread that is still running holds its worlds: when the owning thread has ended with
 * worlds open, the write rolls all of them back (logging a warning) and goes ahead instead of
 * throwing. The message says whether the owning thread is still running.
 */
public class WorldConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorldConflictException(String message) {
        super(message);
    }
}
