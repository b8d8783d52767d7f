package dev.worlds.internal;

import java.util.Arrays;

/**
 * The {@link ArrayClaim}s one thread's open worlds hold, as a stack with one contiguous run per
 * world, like the save log: a world only ever claims while it is the innermost one, so its claims
 * are the top of the stack from {@link WorldFrame#firstHeldArray} on. Ending a world then costs
 * one pass over what it claimed, and a nested commit moves nothing: re-pointing the claims at the
 * parent makes them the end of the parent's run.
 *
 * <p>Confined to the owning thread; what other threads see is each claim's holder.
 */
final class HeldArrays {
    private static final int INITIAL = 16;
    /** Above this capacity, an empty stack gives its array back (see {@link #release}). */
    private static final int RETAINED = 1 << 12;

    private ArrayClaim[] claims = new ArrayClaim[INITIAL];
    private int size;

    int size() {
        return size;
    }

    /**
     * Makes room for one more claim; called before a claim is taken, so that taking it and
     * recording it here cannot be separated by an allocation failure.
     */
    void reserve() {
        if (size == claims.length) {
            claims = Arrays.copyOf(claims, size * 2);
        }
    }

    /** Records a claim the innermost world just took; {@link #reserve} made room. */
    void add(ArrayClaim claim) {
        claims[size++] = claim;
    }

    /**
     * Releases the claims from {@code from} on, newest first, and drops them: called once the
     * world whose run starts there has rolled back (its arrays hold their old values again) or
     * committed outermost (they hold their final values).
     */
    void release(int from) {
        for (int i = size - 1; i >= from; i--) {
            claims[i].release();
            claims[i] = null;
        }
        size = Math.min(size, from);
        if (size == 0 && claims.length > RETAINED) {
            claims = new ArrayClaim[INITIAL];
        }
    }

    /** A nested commit: the claims from {@code from} on now belong to {@code parent}'s run. */
    void handTo(int from, WorldFrame parent) {
        for (int i = from; i < size; i++) {
            claims[i].handTo(parent);
        }
    }
}
