package com.example.ledger;

public class Account {
    private long balance;
    private final long[] history = new long[8];
    private int entries;

    public void deposit(long amount) {
        balance += amount;
        history[entries++ % history.length] = amount;
    }

    public long balance() {
        return balance;
    }

    public int entries() {
        return entries;
    }

    public long entry(int index) {
        return history[index];
    }
}
