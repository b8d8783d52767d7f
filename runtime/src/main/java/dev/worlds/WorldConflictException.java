package dev.worlds;

/**
 * A thread wrote an object or a class's static fields that an open world of another thread
 * owns. The write did not happen; both threads' worlds stay exact.
 *
 * <p>Worlds are thread-confined: an object written inside one thread's open world belongs to
 * that world until it commits or rolls back. Give each thread its own objects, or finish the
 * world before another thread writes.
 */
public class WorldConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorldConflictException(String message) {
        super(message);
    }
}
