package com.example.app;

/** Not included: outside com.example.model. */
public class Main {
    static int runs;

    public static void main(String[] args) {
        runs++;
    }
}
