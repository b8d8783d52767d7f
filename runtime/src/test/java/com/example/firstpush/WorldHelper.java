package com.example.firstpush;

import dev.worlds.Worlds;

/** Not woven: pushes on behalf of a woven caller further down the stack. */
public final class WorldHelper {
    private WorldHelper() {
    }

    public static void inWorld(Runnable body) {
        Worlds.push();
        body.run();
        Worlds.pop();
    }
}
