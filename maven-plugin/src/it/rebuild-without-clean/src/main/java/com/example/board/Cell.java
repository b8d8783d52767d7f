package com.example.board;

public class Cell {
    int value;
}
