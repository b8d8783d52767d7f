package com.example.app;

import dev.worlds.Worlds;

/**
 * Loads a class the agent cannot weave, before the first push or (argument {@code late}) between
 * two pushes, and pushes; prints each push that succeeds.
 */
public final class FailingApp {
    private FailingApp() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        boolean late = args.length > 0 && args[0].equals("late");
        new Tally();
        if (!late) {
            load();
        }
        Worlds.push();
        Worlds.pop();
        System.out.println("first push");
        if (late) {
            load();
        }
        Worlds.push();
        Worlds.pop();
        System.out.println("second push");
    }

    private static void load() throws ClassNotFoundException {
        Class.forName("com.example.app.broken.Planner");
    }
}
