package dev.worlds;

/**
 * A world was used in a way its life cycle does not allow: pop or commit with no open world,
 * closing worlds out of order, committing a world twice, or using a world from a thread that
 * does not own it. The message says what happened and what to do instead.
 *
 * <p>When this is thrown, tracked state is either as it was before the world or as it is
 * after it: never half rolled back.
 */
public class WorldStateException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public WorldStateException(String message) {
        super(message);
    }
}
