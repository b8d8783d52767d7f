package com.example;

public class Counter {
    int count;

    void increment() {
        count++;
    }
}
