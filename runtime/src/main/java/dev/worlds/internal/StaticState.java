package dev.worlds.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Stands for the tracked static fields of one woven class in the save log: one stamp per class,
 * saved and restored like an object. The woven class creates it first thing in its static
 * initializer and hands over a lookup with which this finds the generated
 * {@code $worlds$saveStatics} and {@code $worlds$restoreStatics} methods.
 */
public final class StaticState implements Tracked {
    private static final MethodType SAVE_TYPE = MethodType.methodType(void.class, WorldLog.class);

    /** Read directly by the generated static barrier. */
    public Object stamp;

    private final Class<?> owner;
    private final MethodHandle save;
    private final MethodHandle restore;

    private static final java.lang.invoke.VarHandle STAMP;

    static {
        try {
            STAMP = MethodHandles.lookup().findVarHandle(StaticState.class, "stamp", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private StaticState(Class<?> owner, MethodHandle save, MethodHandle restore) {
        this.owner = owner;
        this.save = save;
        this.restore = restore;
    }

    /** Called from a woven class's static initializer with {@code MethodHandles.lookup()}. */
    public static StaticState of(MethodHandles.Lookup lookup) {
        FirstPushCheck.wovenClassInitialized();
        Class<?> owner = lookup.lookupClass();
        try {
            return new StaticState(owner,
                    lookup.findStatic(owner, "$worlds$saveStatics", SAVE_TYPE),
                    lookup.findStatic(owner, "$worlds$restoreStatics", SAVE_TYPE));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Woven class " + owner.getName()
                    + " lacks its generated static save/restore methods; weave it again with the"
                    + " same Worlds version as the runtime.", e);
        }
    }

    Class<?> owner() {
        return owner;
    }

    @Override
    public Object $worlds$stamp() {
        return stamp;
    }

    @Override
    public void $worlds$setStamp(Object stamp) {
        this.stamp = stamp;
    }

    /** Static fields are shared by every thread: claims must be atomic. */
    @Override
    public boolean $worlds$claimStamp(Object expected, Object stamp) {
        return STAMP.compareAndSet(this, expected, stamp);
    }

    @Override
    public void $worlds$save(WorldLog log) {
        invoke(save, log);
    }

    @Override
    public void $worlds$restore(WorldLog log) {
        invoke(restore, log);
    }

    private static void invoke(MethodHandle method, WorldLog log) {
        try {
            method.invokeExact(log);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
