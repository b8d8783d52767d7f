package dev.worlds.choco;

import dev.worlds.internal.Tracked;
import dev.worlds.internal.WorldLog;
import dev.worlds.internal.WorldsRuntime;
import org.chocosolver.memory.IEnvironment;
import org.chocosolver.memory.IStateLong;

/**
 * A backtrackable long of {@link WorldsEnvironment}: Choco's {@code IStateLong}, whose value is saved in
 * the current world's log on its first change in that world and put back by the world's rollback.
 *
 * <p>Written by hand with exactly the members the weaver generates, because the value lives in
 * {@code IStateLong.currentValue}, a field of an unwoven Choco class that {@code IStateLong.get()} (final)
 * reads: the weaver tracks only fields of woven classes (see {@link WorldsEnvironment}). The
 * members: a stamp, the barrier {@code if (stamp != WorldsRuntime.comparand()) WorldsRuntime.save(this)}
 * and save/restore of the one tracked field. The module's pom keeps the weaver off this class.
 */
final class StateLong extends IStateLong implements Tracked {
    private Object stamp = WorldsRuntime.newStamp();

    StateLong(IEnvironment environment, long initial) {
        super(environment, initial);
    }

    @Override
    public void set(long value) {
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
        log.saveLong(currentValue);
    }

    @Override
    public void $worlds$restore(WorldLog log) {
        currentValue = log.restoreLong();
    }
}
