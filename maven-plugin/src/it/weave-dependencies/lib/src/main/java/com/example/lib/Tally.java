package com.example.lib;

/** Counts amounts and keeps the last eight, in plain fields and an array. */
public class Tally {
    private int count;
    private final int[] recent = new int[8];

    public void add(int amount) {
        recent[count % recent.length] = amount;
        count++;
    }

    public int count() {
        return count;
    }

    public int last() {
        return count == 0 ? 0 : recent[(count - 1) % recent.length];
    }
}
