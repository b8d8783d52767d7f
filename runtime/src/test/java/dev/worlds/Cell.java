package dev.worlds;

import dev.worlds.internal.Tracked;
import dev.worlds.internal.WorldLog;
import dev.worlds.internal.WorldsRuntime;

/** What the weaver generates for a class with an int and a reference field, written by hand. */
final class Cell implements Tracked {
    private Object stamp = WorldsRuntime.newStamp();
    private int value;
    private Object ref;

    Cell(int value) {
        this.value = value;
    }

    int value() {
        return value;
    }

    Object ref() {
        return ref;
    }

    void set(int newValue) {
        barrier();
        value = newValue;
    }

    void setRef(Object newRef) {
        barrier();
        ref = newRef;
    }

    private void barrier() {
        if (stamp != WorldsRuntime.comparand()) {
            WorldsRuntime.save(this);
        }
    }

    @Override
    public Object $worlds$stamp() {
        return stamp;
    }

    @Override
    public void $worlds$setStamp(Object stamp) {
        this.stamp = stamp;
    }

    @Override
    public void $worlds$save(WorldLog log) {
        log.saveInt(value);
        log.saveRef(ref);
    }

    @Override
    public void $worlds$restore(WorldLog log) {
        value = log.restoreInt();
        ref = log.restoreRef();
    }
}
