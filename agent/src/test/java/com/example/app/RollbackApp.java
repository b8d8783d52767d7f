package com.example.app;

import dev.worlds.Worlds;

/** Writes in a world and pops it; prints whether the writes were rolled back. */
public final class RollbackApp {
    private RollbackApp() {
    }

    public static void main(String[] args) {
        Tally tally = new Tally();
        tally.add(7);
        Worlds.push();
        tally.add(8);
        tally.add(9);
        new Tally();
        Worlds.pop();
        boolean rolledBack = tally.count == 1 && tally.marks[1] == 0 && Tally.created == 1;
        System.out.println(rolledBack ? "rolled back" : "not rolled back");
    }
}
