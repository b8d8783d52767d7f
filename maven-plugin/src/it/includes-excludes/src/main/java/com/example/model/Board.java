package com.example.model;

import com.example.model.deep.Cell;

public class Board {
    private final LookupCache cache = new LookupCache();
    private Cell focus;

    public void focus(Cell cell) {
        focus = cell;
        cache.hits++;
    }
}
