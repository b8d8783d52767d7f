package dev.worlds.internal;

/**
 * The thread rule for arrays, the mirror of the one for objects: while an open world of one
 * thread holds a save of an array (a whole copy, a chunk copy or an element entry), any other
 * thread's write into that array throws {@code WorldConflictException} before it lands; once the
 * worlds holding it ended (rollback, outermost commit, or the end of the parent a nested world
 * committed it into), any thread may write it again.
 *
 * <p>Why not the per-thread {@link ArrayStamps}: they answer "did this world save it already?"
 * for the saving thread, unsynchronised, and element entries have no stamp at all. Ownership must
 * be visible to every thread, so it lives in one shared {@link ArrayClaimTable}, and the stamps
 * stay as they were.
 *
 * <p>Why per array and not per chunk: a conflict is about whose world the data is in, as for an
 * object; claiming per array keeps one record per array however it was saved.
 *
 * <p>Who claims: the innermost world of a thread, when it is about to save an array that no open
 * world of its thread holds yet, before it copies or logs anything; if one of its open worlds
 * already holds it, nothing is claimed (the outermost holder keeps it, and it ends last). So the
 * claims of a thread form one stack ({@link HeldArrays}) with a run per world, and the costs stay
 * where saving already costs: a chunk save (in {@link ArraySaves}, which allocates a
 * copy anyway, and skips the lookup when its own stamp shows an open world of the thread saved the
 * array), and a world's element entries each time they switch to another array
 * ({@link ElementLogPolicy#logs}), where a lookup that finds the thread's own claim is an
 * identity hash and a few loads. The owner's repeat writes (saved-last array, saved chunk, run of
 * element entries) never look. Taking a claim is a compare-and-set on its record, so of two
 * threads with worlds saving one array at once exactly one owns it; the other gets the conflict
 * at save time, having saved nothing.
 *
 * <p>Who checks without claiming: a thread with no world open, before each array write it makes
 * while another thread has worlds (it already takes the out-of-line path then). Its write racing
 * the owner's first save of the same array, with nothing ordering the two, is a data race as in
 * unwoven code: it may pass the check before the claim and land after the copy, and the owner's
 * rollback then restores the older value. Ordered after the save, it always sees the claim.
 *
 * <p>When it ends: releasing a claim is the last step of a world's rollback (after the restore, so
 * a thread that sees the array free sees its restored values) or outermost commit; a nested
 * commit hands the world's claims to its parent before the world closes, so other threads always
 * see some open world of the owner holding them.
 *
 * <p>Not claimed: arrays created in a world (like the owner's other writes to them, they need no
 * save there), until a world saves them; and arrays a static initializer creates.
 */
final class ArrayOwnership {
    private static final ArrayClaimTable CLAIMS = new ArrayClaimTable();

    private ArrayOwnership() {
    }

    /**
     * Called before {@code world}, the innermost world of its thread, saves any part of
     * {@code array}: makes sure an open world of this thread holds it, claiming it for
     * {@code world} (and recording the claim in {@code held}, the claims of the thread's open
     * worlds) if none does. Throws, having changed nothing, if another thread's open world holds it.
     */
    static void claim(HeldArrays held, WorldFrame world, Object array) {
        ArrayClaim claim = CLAIMS.find(array);
        if (claim != null && heldBy(claim.holder(), world.ownerThread())) {
            return;
        }
        claimSlowly(held, world, array, claim);
    }

    private static void claimSlowly(HeldArrays held, WorldFrame world, Object array, ArrayClaim found) {
        held.reserve();
        ArrayClaim claim = found;
        while (true) {
            if (claim == null) {
                ArrayClaim fresh = new ArrayClaim(array, world);
                claim = CLAIMS.addIfAbsent(fresh);
                if (claim == fresh) {
                    held.add(fresh);
                    return;
                }
            }
            Object holder = claim.holder();
            if (holder == null) {
                if (claim.take(world)) {
                    held.add(claim);
                    return;
                }
                // Another thread took it between the read and the compare-and-set: look again.
            } else if (holder == ArrayClaim.DEAD) {
                claim = null;   // dropped by a rebuild: the lock orders us after it
            } else {
                WorldFrame owner = (WorldFrame) holder;
                if (owner.ownerThread() == world.ownerThread()) {
                    return;
                }
                if (!AbandonedWorlds.rolledBack(owner, array)) {
                    throw WorldErrors.conflict(array, owner);
                }
                // The owner's thread had ended and its worlds are rolled back: look again.
            }
        }
    }

    /**
     * Called before a thread that has no world open writes into {@code array} while some thread
     * has worlds: throws if an open world of another thread holds it, unless that thread ended and
     * its worlds could be rolled back ({@link AbandonedWorlds}).
     */
    static void checkWrite(Object array) {
        if (CLAIMS.isEmpty()) {
            return;
        }
        ArrayClaim claim = CLAIMS.find(array);
        if (claim == null) {
            return;
        }
        while (true) {
            Object holder = claim.holder();
            if (!(holder instanceof WorldFrame) || ((WorldFrame) holder).ownerThread() == Thread.currentThread()) {
                return;
            }
            if (!AbandonedWorlds.rolledBack((WorldFrame) holder, array)) {
                throw WorldErrors.conflict(array, (WorldFrame) holder);
            }
            // The holder's thread had ended and its worlds are rolled back: another may hold it now.
        }
    }

    /** True when {@code holder} is an open world of {@code thread}: holders are always open worlds. */
    private static boolean heldBy(Object holder, Thread thread) {
        return holder instanceof WorldFrame && ((WorldFrame) holder).ownerThread() == thread;
    }

    /** The open world holding {@code array}, or null; for tests. */
    static WorldFrame holderOf(Object array) {
        ArrayClaim claim = CLAIMS.find(array);
        Object holder = claim == null ? null : claim.holder();
        return holder instanceof WorldFrame ? (WorldFrame) holder : null;
    }
}
