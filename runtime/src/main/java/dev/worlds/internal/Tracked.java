package dev.worlds.internal;

/**
 * An object whose fields worlds save and restore. The weaver implements it on the root of every
 * woven class hierarchy (and {@link StaticState} does for a class's static fields); a class may
 * also implement it by hand, as Choco's adapter does for its state objects. The weaver leaves a
 * class that implements it by hand as written, and warns for its subclasses (their own fields
 * are not tracked unless the hand-written methods save them).
 *
 * <p>The contract a hand-written class must keep, which the woven code keeps too:
 * <ul>
 *   <li>A stamp field, {@code Object}, initialized to {@link WorldsRuntime#newStamp()} in every
 *       constructor (the object needs no save in the world it is created in), and returned by
 *       {@link #$worlds$stamp()} and set by {@link #$worlds$setStamp}. Nothing else writes it.
 *   <li>Before every write of a saved field, the barrier
 *       {@code if (stamp != WorldsRuntime.comparand()) WorldsRuntime.save(this);}: the runtime
 *       then saves the object into the writing thread's innermost world, refuses the write if
 *       another thread's world owns it, or clears a stale stamp.
 *   <li>{@link #$worlds$save} appends every saved field to the log with the log's {@code save*}
 *       methods; {@link #$worlds$restore} reads them back with the {@code restore*} methods in
 *       the same order and types. A subclass that adds fields overrides both and calls its
 *       superclass's version first.
 *   <li>{@link #$worlds$claimStamp} is a compare-and-set: of two threads saving one object at
 *       once exactly one must win, and it must compare the very field {@code $worlds$stamp()}
 *       returns (a claim that keeps failing while that stamp is unchanged is reported as a broken
 *       implementation). The default, a plain check and set, is atomic only for objects that
 *       never leave their thread; an object other threads may write needs a {@code VarHandle}
 *       compare-and-set, as woven classes have.
 * </ul>
 *
 * <pre>{@code
 * final class Counter implements Tracked {
 *     private Object stamp = WorldsRuntime.newStamp();
 *     private int count;
 *
 *     void increment() {
 *         if (stamp != WorldsRuntime.comparand()) WorldsRuntime.save(this);
 *         count++;
 *     }
 *
 *     public Object $worlds$stamp() { return stamp; }
 *     public void $worlds$setStamp(Object stamp) { this.stamp = stamp; }
 *     public void $worlds$save(WorldLog log) { log.saveInt(count); }
 *     public void $worlds$restore(WorldLog log) { count = log.restoreInt(); }
 * }
 * }</pre>
 */
public interface Tracked {
    /** The world that saved (or created) this object last, or null; see the class comment. */
    Object $worlds$stamp();

    /** Sets the stamp; called only by the runtime. */
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

    /** Appends the saved fields to {@code log}, superclass fields first. */
    void $worlds$save(WorldLog log);

    /** Reads back what {@link #$worlds$save} appended, in the same order. */
    void $worlds$restore(WorldLog log);
}
