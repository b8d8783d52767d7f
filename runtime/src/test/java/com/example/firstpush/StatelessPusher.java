package com.example.firstpush;

import dev.worlds.Worlds;

/**
 * Woven by the test; final and without fields, so the weaver's initializer is all that tells the
 * runtime it is woven. With argument {@code helper} an unwoven class pushes for it.
 */
public final class StatelessPusher {
    private StatelessPusher() {
    }

    public static void main(String[] args) {
        int[] marks = new int[2];
        if (args.length > 0 && args[0].equals("helper")) {
            WorldHelper.inWorld(() -> marks[0] = 1);
        } else {
            Worlds.push();
            marks[0] = 1;
            Worlds.pop();
        }
        System.out.println(marks[0] == 0 ? "rolled back" : "not rolled back");
    }
}
