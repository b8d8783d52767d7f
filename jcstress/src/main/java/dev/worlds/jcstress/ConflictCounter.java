package dev.worlds.jcstress;

import dev.worlds.WorldConflictException;
import dev.worlds.Worlds;
import dev.worlds.World;

/**
 * Runs a write to a shared object and a write to a private one in a world of the calling
 * thread, then commits, counting every conflict any step reports. The world is closed whatever
 * happens: JCStress reuses its actor threads, and a world left open would leak into the next run.
 */
final class ConflictCounter {
    private ConflictCounter() {
    }

    static int run(Runnable sharedWrite, Runnable privateWrite) {
        int conflicts = 0;
        World world = Worlds.push();
        try {
            conflicts += attempt(sharedWrite);
            conflicts += attempt(privateWrite);
        } finally {
            try {
                world.commit();
            } catch (WorldConflictException unexpected) {
                conflicts++;
                if (world.isOpen()) {
                    world.rollback();
                }
            }
        }
        return conflicts;
    }

    private static int attempt(Runnable write) {
        try {
            write.run();
            return 0;
        } catch (WorldConflictException conflict) {
            return 1;
        }
    }
}
