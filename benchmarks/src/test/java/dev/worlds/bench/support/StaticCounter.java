package dev.worlds.bench.support;

/** Test fixture with static state, so that the weaver gives it a static-state barrier. */
public final class StaticCounter {
    static int count;

    private StaticCounter() {
    }

    public static void bump() {
        count++;
    }

    public static int count() {
        return count;
    }
}
