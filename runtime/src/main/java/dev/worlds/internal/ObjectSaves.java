package dev.worlds.internal;

/**
 * Where objects are saved: the field barrier's slow path ({@link WorldsRuntime#save} calls
 * {@link #saveSlowly} out of line). It saves the target into the calling thread's innermost world
 * unless it is already saved there, or refuses the write if another thread's open world owns the
 * target (after rolling back that thread's worlds instead if it ended: {@link AbandonedWorlds}).
 * With no world open on this thread it clears a stale stamp so that later writes stay on the fast
 * path.
 */
final class ObjectSaves {
    /** Failed claims of an object whose stamp is unchanged after which the slow path gives up. */
    static final int CLAIM_REFUSALS_BEFORE_ERROR = 10_000;

    private ObjectSaves() {
    }

    static void saveSlowly(Tracked target) {
        ThreadWorlds stack = ThreadWorlds.current();
        WorldFrame world = stack.top();
        int claimsRefusedUnchanged = 0;
        while (true) {
            Object stamp = target.$worlds$stamp();
            if ((stamp == world && world != null) || stack.isClassInitStamp(stamp)) {
                return;
            }
            if (stamp instanceof WorldFrame) {
                // An object created in a world that then committed into its parent is the parent's.
                WorldFrame holder = ((WorldFrame) stamp).holder();
                if (holder.openInOtherThread(stack.thread)) {
                    if (AbandonedWorlds.rolledBack(holder, target)) {
                        continue;   // the holder's thread had ended: its worlds are rolled back now
                    }
                    throw WorldErrors.conflict(target, holder);
                }
            }
            if (world == null) {
                Object watched = WritesOutsideWorlds.stampWithoutWorlds();
                if (watched != null) {
                    // A thread without worlds writing what existed before a watch began: noted once.
                    if (stamp == watched) {
                        return;
                    }
                    if (target.$worlds$claimStamp(stamp, watched)) {
                        WritesOutsideWorlds.objectWritten(target);
                        return;
                    }
                } else if (stamp == null) {
                    return;   // a thread without worlds writing an object no world owns: a plain write
                } else if (claim(target, stack, stamp, null)) {
                    return;
                }
            } else if (claim(target, stack, stamp, world)) {
                recordClaimed(stack.log, target, stamp);
                return;
            }
            // Another thread claimed it between the read and the claim: look again. A claim that
            // keeps failing while the stamp stays as read is a broken hand-written Tracked, not a
            // race (a race ends in the other thread's claim or rollback): say so rather than spin.
            if (target.$worlds$stamp() == stamp && ++claimsRefusedUnchanged == CLAIM_REFUSALS_BEFORE_ERROR) {
                throw WorldErrors.claimAlwaysRefused(target);
            }
        }
    }

    /**
     * Stamps {@code target} with {@code world} (or clears a stale stamp when the caller has no
     * world), unless another thread changed its stamp since it read {@code stamp}. Before the
     * values are copied, so that the copy is of an object no other world can own any more. An
     * object already owned by one of the caller's open worlds cannot be claimed by another thread,
     * so a plain store does there; the rest (a never-saved object, a stale stamp) takes a
     * compare-and-set.
     */
    private static boolean claim(Tracked target, ThreadWorlds stack, Object stamp, WorldFrame world) {
        if (stamp instanceof WorldFrame && ((WorldFrame) stamp).owner == stack) {
            target.$worlds$setStamp(world);
            return true;
        }
        return target.$worlds$claimStamp(stamp, world);
    }

    /** Appends the save of a claimed object; a failed save gives the claim back. */
    private static void recordClaimed(WorldLog log, Tracked target, Object oldStamp) {
        try {
            log.record(target, oldStamp);
        } catch (Throwable failure) {
            target.$worlds$setStamp(oldStamp);
            throw failure;
        }
    }
}
