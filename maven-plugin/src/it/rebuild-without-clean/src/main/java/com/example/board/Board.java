package com.example.board;

public class Board {
    private final Cell[] cells = new Cell[81];
    private int filled;

    public void set(int index, int value) {
        if (cells[index] == null) {
            cells[index] = new Cell();
        }
        cells[index].value = value;
        filled++;
    }
}
