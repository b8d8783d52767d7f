package dev.worlds.bench.support;

import dev.worlds.bench.api.ArrayWorkload;

/** Creates the array workload plain or woven, each in a class loader of its own. */
public final class ArrayWorkloads {
    private static final String LOOPS = "dev.worlds.bench.workload.ArrayLoops";

    private ArrayWorkloads() {
    }

    /** @param variant {@code plain} or {@code woven} */
    public static ArrayWorkload create(String variant) {
        boolean woven;
        switch (variant) {
            case "plain":
                woven = false;
                break;
            case "woven":
                woven = true;
                break;
            default:
                throw new IllegalArgumentException("unknown variant '" + variant + "'; use plain or woven");
        }
        return WovenWorkloads.create(LOOPS, ArrayWorkload.class, woven);
    }
}
