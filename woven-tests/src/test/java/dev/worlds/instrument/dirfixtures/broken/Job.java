package dev.worlds.instrument.dirfixtures.broken;

import dev.worlds.Speculative;

/** The weaver rejects it: an abstract method has no body to run speculatively. */
public abstract class Job {
    protected int done;

    @Speculative
    public abstract void run();
}
