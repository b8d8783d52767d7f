package dev.worlds.internal;

import dev.worlds.WorldConflictException;
import dev.worlds.WorldStateException;

/** Builds the exceptions of the engine, so every message says what was wrong and what to do. */
final class WorldErrors {
    private WorldErrors() {
    }

    /** Describes a world for error messages, e.g. {@code world at depth 2 of thread 'main'}. */
    static String describeWorld(int depth, Thread owner) {
        return "world at depth " + depth + " of thread '" + owner.getName() + "'";
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

    static IllegalStateException claimAlwaysRefused(Tracked target) {
        return new IllegalStateException("Cannot save " + describeTarget(target) + ": its $worlds$claimStamp keeps"
                + " refusing a stamp that $worlds$stamp() still returns. " + target.getClass().getName()
                + " implements dev.worlds.internal.Tracked inconsistently: both methods must use the same field."
                + " Let the weaver generate them (do not implement Tracked by hand), or fix them.");
    }

    static WorldConflictException conflict(Object target, WorldFrame owner) {
        String prefix = "Thread '" + Thread.currentThread().getName() + "' wrote " + describeTarget(target)
                + " that is owned by the open " + owner.describe();
        if (!owner.ownerThread().isAlive()) {
            return new WorldConflictException(prefix + ", which is no longer alive: it ended with its worlds open."
                    + " A write that finds them rolls them back first and goes ahead; this one could not (that thread"
                    + " ended while the write was checked, or rolling its worlds back failed: see the warning logged"
                    + " then): write again.");
        }
        // Only an ended thread's worlds are rolled back by others: say so, for a thread that went on
        // to other work (a pool thread back in its pool) with a world left open.
        return new WorldConflictException(prefix + ", which is still running. Worlds are thread-confined: let that"
                + " world commit or roll back first, or give each thread its own "
                + (target.getClass().isArray() ? "arrays" : "objects") + ". A world left open by mistake (a missing"
                + " pop or close) stays open while its thread runs; once the thread ends, the next write rolls it back.");
    }

    /**
     * The write of an undo action that runs while this thread rolls back the worlds of a thread that
     * ended (see {@link AbandonedWorlds}), into what those worlds still own: it cannot wait for the
     * rollback it is part of.
     */
    static WorldConflictException conflictDuringRescue(Object target, WorldFrame owner) {
        return new WorldConflictException("Thread '" + Thread.currentThread().getName() + "' wrote "
                + describeTarget(target) + " that is owned by the open " + owner.describe() + ", which is no"
                + " longer alive: it ended with its worlds open, and this thread is rolling them back. The write came"
                + " from an undo action (onRollback) of that rollback, which restores everything those worlds saved"
                + " anyway: an undo action should only undo what the weaver does not track.");
    }

    /** What a write went to, for messages: an object's class, a class's statics, an array's type and length. */
    static String describeTarget(Object target) {
        if (target instanceof StaticState) {
            return "the static fields of " + ((StaticState) target).owner().getName();
        }
        if (target.getClass().isArray()) {
            return "an array " + target.getClass().getTypeName() + " of length "
                    + java.lang.reflect.Array.getLength(target);
        }
        return "an object of " + target.getClass().getName();
    }
}
