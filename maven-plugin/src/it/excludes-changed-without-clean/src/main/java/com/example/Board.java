package com.example;

public class Board {
    private int moves;
    private final Cache cache = new Cache();

    public void move() {
        moves++;
        cache.hits++;
    }
}
