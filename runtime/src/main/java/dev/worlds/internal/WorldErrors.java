package dev.worlds.internal;

import dev.worlds.WorldConflictException;
import dev.worlds.WorldStateException;

/** Builds the exceptions of the engine, so every message says what was wrong and what to do. */
final class WorldErrors {
    private WorldErrors() {
    }

    static WorldStateException noOpenWorld(String action) {
        return new WorldStateException(action + " with no open world (depth() is 0) on thread '"
                + Thread.currentThread().getName() + "': push a world first with Worlds.push().");
    }

    static WorldStateException wrongThread(WorldFrame frame, String action) {
        return new WorldStateException(action + " of the " + frame.describe() + " from thread '"
                + Thread.currentThread().getName() + "': worlds are thread-confined; only the thread"
                + " that pushed a world may commit, roll back or close it.");
    }

    static WorldStateException closed(WorldFrame frame, String action) {
        return new WorldStateException(action + " of the " + frame.describe()
                + ", which is already closed (committed or rolled back): a world ends once;"
                + " push a new one to continue.");
    }

    static WorldStateException notInnermost(WorldFrame frame, int depth, String action) {
        return new WorldStateException(action + " of the " + frame.describe()
                + ", but it is not the innermost open world (depth() is " + depth
                + "): commit or roll back the inner worlds first.");
    }

    static WorldStateException badDepth(int target, int depth) {
        return new WorldStateException("popUntil(" + target + ") but depth() is " + depth
                + ": the target depth must be between 0 and the current depth.");
    }

    static WorldStateException classInitLeftWorldsOpen(int opened) {
        return new WorldStateException("A static initializer returned with " + opened + " world(s) it opened still"
                + " open; they were rolled back. Close every world a static initializer opens before it returns"
                + " (try-with-resources): the code whose first use of the class ran it goes on with the world that"
                + " was innermost before, and its writes would be saved in the wrong world.");
    }

    static WorldStateException classInitClosedWorlds(int closed) {
        return new WorldStateException("A static initializer closed " + closed + " world(s) that were open when it"
                + " started. A static initializer may only close worlds it opened: the code whose first use of the"
                + " class ran it goes on with the world that was innermost before, and its writes would be saved in"
                + " a closed world.");
    }

    static WorldConflictException conflict(Object target, WorldFrame owner) {
        String what = target instanceof StaticState
                ? "the static fields of " + ((StaticState) target).owner().getName()
                : "an object of " + target.getClass().getName();
        return new WorldConflictException("Thread '" + Thread.currentThread().getName() + "' wrote "
                + what + " that is owned by the open " + owner.describe()
                + ". Worlds are thread-confined: let that world commit or roll back first, or give"
                + " each thread its own objects.");
    }

    static WorldConflictException arrayConflict(Object array, WorldFrame owner) {
        return new WorldConflictException("Thread '" + Thread.currentThread().getName() + "' wrote an array "
                + array.getClass().getTypeName() + " of length " + java.lang.reflect.Array.getLength(array)
                + " that is owned by the open " + owner.describe()
                + ". Worlds are thread-confined: let that world commit or roll back first, or give"
                + " each thread its own arrays.");
    }
}
