package dev.worlds.internal;

/**
 * Implemented by the weaver on the root of every woven class hierarchy (and by
 * {@link StaticState} for a class's static fields). The stamp names the world that last saved
 * the object; {@code $worlds$save} appends the tracked fields to a log, {@code $worlds$restore}
 * reads them back in the same order. Each woven subclass overrides both and calls its
 * superclass's version first.
 */
public interface Tracked {
    Object $worlds$stamp();

    void $worlds$setStamp(Object stamp);

    /**
     * Sets the stamp to {@code stamp} if it is {@code expected}, atomically: the runtime claims an
     * object for a world with it, so that of two threads saving one object at once exactly one
     * owns it. Woven classes implement it with a {@code VarHandle}; this default, a plain check
     * and set, suits hand-written classes whose objects never leave their thread.
     */
    default boolean $worlds$claimStamp(Object expected, Object stamp) {
        if ($worlds$stamp() != expected) {
            return false;
        }
        $worlds$setStamp(stamp);
        return true;
    }

    void $worlds$save(WorldLog log);

    void $worlds$restore(WorldLog log);
}
