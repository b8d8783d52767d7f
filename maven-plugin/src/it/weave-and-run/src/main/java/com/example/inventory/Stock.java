package com.example.inventory;

public class Stock {
    private final String item;
    private int quantity;

    public Stock(String item, int quantity) {
        this.item = item;
        this.quantity = quantity;
    }

    public void take(int amount) {
        if (amount > quantity) {
            throw new IllegalStateException("only " + quantity + " " + item + " left");
        }
        quantity -= amount;
    }

    public void add(int amount) {
        quantity += amount;
    }

    public int quantity() {
        return quantity;
    }
}
