package com.example.app;

/** Plain state: an instance field, an array and a static, woven only by the agent. */
public class Tally {
    static int created;

    int count;
    final int[] marks = new int[4];

    Tally() {
        created++;
    }

    void add(int mark) {
        marks[count++ % marks.length] = mark;
    }
}
