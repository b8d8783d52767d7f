package dev.worlds.internal;

import java.util.IdentityHashMap;

/**
 * One thread's running static initializers of woven classes, as far as worlds care. Objects a
 * static initializer creates inside a world outlive any world (class initialization is never
 * undone), so they get a stamp of their own, a token of the initialization, instead of the
 * world's: during it they need no save, and once it is done they do not look created in the
 * world. Arrays it creates are class state in the same way. Confined to the owning thread.
 */
final class ClassInitState {
    /** The stamp of what the outermost running initializer creates in a world, else null. */
    private Object stamp;
    private int running;
    /** The world depth when each running static initializer began, innermost last. */
    private int[] depthAtBegin = new int[4];
    /** Arrays created while a static initializer runs inside a world; null when there are none. */
    private IdentityHashMap<Object, Boolean> arrays;

    /** The token objects the running initializer creates are stamped with, or null. */
    Object stamp() {
        return stamp;
    }

    /** True for the stamp of objects created by the running static initializer. */
    boolean isStamp(Object candidate) {
        return candidate != null && candidate == stamp;
    }

    /**
     * An initializer begins at world depth {@code depth}; returns true when this made the stamp
     * (the outermost initializer, inside a world), which the thread then publishes.
     */
    boolean begin(int depth) {
        if (running == depthAtBegin.length) {
            depthAtBegin = java.util.Arrays.copyOf(depthAtBegin, running * 2);
        }
        depthAtBegin[running] = depth;
        if (running++ == 0 && depth > 0) {
            stamp = new Object();
            return true;
        }
        return false;
    }

    boolean isRunning() {
        return running > 0;
    }

    /**
     * The innermost running initializer ends; returns the world depth at which it began. The
     * outermost one drops the stamp and the arrays ({@link #stamp()} is null again).
     */
    int end() {
        int depth = depthAtBegin[--running];
        if (running == 0) {
            stamp = null;
            arrays = null;
        }
        return depth;
    }

    /**
     * Notes an array created while a static initializer runs inside a world, which the
     * initializer's helpers then fill: class state, like the objects it creates, so writes to it
     * need no save until the initializer is done. Returns false outside such an initializer.
     */
    boolean noteArray(Object array) {
        if (stamp == null) {
            return false;
        }
        if (arrays == null) {
            arrays = new IdentityHashMap<>();
        }
        arrays.put(array, Boolean.TRUE);
        return true;
    }

    /** True for an array created by the static initializer running now (see {@link #noteArray}). */
    boolean isArray(Object array) {
        return arrays != null && arrays.containsKey(array);
    }
}
