package com.example.firstpush;

import dev.worlds.WorldStateException;
import dev.worlds.Worlds;
import dev.worlds.collections.TrackedArrayList;

/**
 * Pushes and pops two worlds, printing "pushed" or "refused: message" for each; with argument
 * {@code collection} it first creates a tracked collection (a class woven at the runtime's build).
 */
public final class PushTwice {
    private PushTwice() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("collection")) {
            new TrackedArrayList<String>().add("woven");
        }
        for (int i = 0; i < 2; i++) {
            try {
                Worlds.push();
                Worlds.pop();
                System.out.println("pushed");
            } catch (WorldStateException e) {
                System.out.println("refused: " + e.getMessage());
            }
        }
    }
}
