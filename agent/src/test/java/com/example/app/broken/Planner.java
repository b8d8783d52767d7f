package com.example.app.broken;

import dev.worlds.Speculative;

/** Cannot be woven: a {@code @Speculative} method needs a body to run in a world. */
public abstract class Planner {
    @Speculative
    public abstract void plan();
}
