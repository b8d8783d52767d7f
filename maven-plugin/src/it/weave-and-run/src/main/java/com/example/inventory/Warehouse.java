package com.example.inventory;

import dev.worlds.Speculative;

public class Warehouse {
    static int moves;

    private final Stock shelf;
    private final Stock dock;
    private String lastMove = "none";

    public Warehouse(int onShelf, int onDock) {
        shelf = new Stock("boxes", onShelf);
        dock = new Stock("boxes", onDock);
    }

    /** Moves boxes from the shelf to the dock; all or nothing. */
    @Speculative
    public void ship(int amount) {
        dock.add(amount);
        lastMove = "ship " + amount;
        moves++;
        shelf.take(amount);
    }

    public Stock shelf() {
        return shelf;
    }

    public Stock dock() {
        return dock;
    }

    public String lastMove() {
        return lastMove;
    }

    public static int moves() {
        return moves;
    }
}
