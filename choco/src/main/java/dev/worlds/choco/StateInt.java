package dev.worlds.choco;

import dev.worlds.internal.Tracked;
import dev.worlds.internal.WorldLog;
import dev.worlds.internal.WorldsRuntime;
import org.chocosolver.memory.IEnvironment;
import org.chocosolver.memory.IStateInt;

/**
 * A backtrackable int of {@link WorldsEnvironment}: Choco's {@code IStateInt}, whose value is saved in
 * the current world's log on its first change in that world and put back by the world's rollback.
 *
 * <p>Written by hand with exactly the members the weaver generates, because the value lives in
 * {@code IStateInt.currentValue}, a field of an unwoven Choco class that {@code IStateInt.get()} (final)
 * reads: the weaver tracks only fields of woven classes (see {@link WorldsEnvironment}). The
 * members: a stamp, the barrier {@code if (stamp != WorldsRuntime.comparand()) WorldsRuntime.save(this)}
 * and save/restore of the one tracked field. The module's pom keeps the weaver off this class.
 */
final class StateInt extends IStateInt implements Tracked {
    private Object stamp = WorldsRuntime.newStamp();

    StateInt(IEnvironment environment, int initial) {
        super(environment, initial);
    }

    @Override
    public void set(int value) {
        if (value != currentValue) {
            if (stamp != WorldsRuntime.comparand()) {
                WorldsRuntime.save(this);
            }
            currentValue = value;
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
        log.saveInt(currentValue);
    }

    @Override
    public void $worlds$restore(WorldLog log) {
        currentValue = log.restoreInt();
    }
}
