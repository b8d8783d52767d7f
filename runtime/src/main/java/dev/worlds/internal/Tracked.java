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

    void $worlds$save(WorldLog log);

    void $worlds$restore(WorldLog log);
}
