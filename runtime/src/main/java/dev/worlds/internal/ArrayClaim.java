package dev.worlds.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Which open world, if any, owns one array across threads: the array's entry in
 * {@link ArrayClaimTable}. Arrays have no header field to stamp, so this record plays the part an
 * object's stamp plays in the ownership check (see {@link ArrayOwnership}).
 *
 * <p>The record outlives the worlds that hold it: a world that ends only sets its holder back to
 * null, and the next world to save the array (of any thread) takes the same record with one
 * compare-and-set. So a search that saves the same arrays world after world touches the shared
 * table's lock only the first time; the table drops records nobody holds when it rebuilds, after
 * marking them {@link #DEAD} so that no thread can take a record that is no longer in the table.
 *
 * <p>The holder is read with acquire and written with release (taking it with a full
 * compare-and-set): a thread that sees a released record also sees the rollback that came before
 * the release, and a thread that a lock, a latch or a volatile orders after a save sees the
 * record taken before that save.
 */
final class ArrayClaim {
    /** Holder of a record the table dropped: never taken again. */
    static final Object DEAD = new Object() {
        @Override
        public String toString() {
            return "a dropped array claim";
        }
    };

    private static final VarHandle HOLDER;

    static {
        try {
            HOLDER = MethodHandles.lookup().findVarHandle(ArrayClaim.class, "holder", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Object array;
    /** The open {@link WorldFrame} that owns the array, null when none does, or {@link #DEAD}. */
    @SuppressWarnings("unused")   // through HOLDER
    private Object holder;

    /** A record held by {@code holder} from the start, published by the table's release store. */
    ArrayClaim(Object array, WorldFrame holder) {
        this.array = array;
        this.holder = holder;
    }

    /** The open world owning the array, null, or {@link #DEAD}. */
    Object holder() {
        return HOLDER.getAcquire(this);
    }

    /** Takes a record nobody holds for {@code world}; false if another thread got there first. */
    boolean take(WorldFrame world) {
        return HOLDER.compareAndSet(this, null, world);
    }

    /** Called by the holder's thread: a nested commit hands the array to the parent world. */
    void handTo(WorldFrame parent) {
        HOLDER.setRelease(this, parent);
    }

    /** Called by the holder's thread once its world has restored or kept the array for good. */
    void release() {
        HOLDER.setRelease(this, null);
    }

    /** Marks a record nobody holds as dropped; false if a world holds it. Under the table's lock. */
    boolean retire() {
        return HOLDER.compareAndSet(this, null, DEAD);
    }
}
