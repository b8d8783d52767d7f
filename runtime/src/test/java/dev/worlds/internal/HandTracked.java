package dev.worlds.internal;

/**
 * The stamp members of a hand-written {@link Tracked} class, as the weaver would generate them,
 * for test fixtures: a subclass calls {@link #$worlds$barrier()} before each write of a tracked
 * field and saves and restores those fields in {@code $worlds$save} and {@code $worlds$restore}.
 *
 * <pre>{@code
 * final class Box extends HandTracked {
 *     int value;
 *     void set(int v) { $worlds$barrier(); value = v; }
 *     public void $worlds$save(WorldLog log) { log.saveInt(value); }
 *     public void $worlds$restore(WorldLog log) { value = log.restoreInt(); }
 * }
 * }</pre>
 */
public abstract class HandTracked implements Tracked {
    private Object stamp = WorldsRuntime.newStamp();

    /**
     * The write barrier: saves this object unless the calling thread's world already holds it.
     * Named like the weaver's generated barrier, so that a watch of writes outside worlds reports
     * the method that wrote, not this one.
     */
    protected final void $worlds$barrier() {
        if (stamp != WorldsRuntime.comparand()) {
            WorldsRuntime.save(this);
        }
    }

    @Override
    public final Object $worlds$stamp() {
        return stamp;
    }

    @Override
    public final void $worlds$setStamp(Object stamp) {
        this.stamp = stamp;
    }
}
