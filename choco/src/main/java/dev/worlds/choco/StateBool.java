package dev.worlds.choco;

import dev.worlds.internal.Tracked;
import dev.worlds.internal.WorldLog;
import dev.worlds.internal.WorldsRuntime;
import org.chocosolver.memory.IEnvironment;
import org.chocosolver.memory.IStateBool;

/**
 * A backtrackable boolean of {@link WorldsEnvironment}: Choco's {@code IStateBool}, whose value is saved in
 * the current world's log on its first change in that world and put back by the world's rollback.
 *
 * <p>Written by hand with exactly the members the weaver generates, because the value lives in
 * {@code IStateBool.currentValue}, a field of an unwoven Choco class that {@code IStateBool.get()} (final)
 * reads: the weaver tracks only fields of woven classes (see {@link WorldsEnvironment}). The
 * members: a stamp, the barrier {@code if (stamp != WorldsRuntime.comparand()) WorldsRuntime.save(this)}
 * and save/restore of the one tracked field. The module's pom keeps the weaver off this class.
 */
final class StateBool extends IStateBool implements Tracked {
    private Object stamp = WorldsRuntime.newStamp();

    StateBool(IEnvironment environment, boolean initial) {
        super(environment, initial);
    }

    @Override
    public void set(boolean value) {
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
        log.saveInt(currentValue ? 1 : 0);
    }

    @Override
    public void $worlds$restore(WorldLog log) {
        currentValue = log.restoreInt() != 0;
    }
}
