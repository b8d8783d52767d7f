package dev.worlds;

import dev.worlds.internal.HandTracked;
import dev.worlds.internal.WorldLog;

/** What the weaver generates for a class with an int and a reference field, written by hand. */
final class Cell extends HandTracked {
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
        $worlds$barrier();
        value = newValue;
    }

    void setRef(Object newRef) {
        $worlds$barrier();
        ref = newRef;
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
