package com.example.model.deep;

public class Cell {
    public int value;
}
