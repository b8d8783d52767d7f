package dev.worlds.instrument.dirfixtures.shapes;

/** Static state only. */
public final class Registry {
    public static int created;

    private Registry() {
    }
}
