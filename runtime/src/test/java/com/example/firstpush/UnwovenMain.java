package com.example.firstpush;

import dev.worlds.Worlds;

/** Unwoven, it pushes around writes that a woven class (ArrayBoard) makes to its array. */
public final class UnwovenMain {
    private UnwovenMain() {
    }

    public static void main(String[] args) {
        ArrayBoard board = new ArrayBoard();
        Worlds.push();
        board.mark(2);
        Worlds.pop();
        System.out.println(board.isEmpty() ? "rolled back" : "not rolled back");
    }
}
