package dev.worlds.bench.search.nqueens;

/**
 * Counts every placement of n non-attacking queens on an n×n board. All implementations run the
 * same search: rows top to bottom, columns left to right, a queen per row, and differ only in
 * how they keep and take back the occupied columns and diagonals.
 */
public interface NQueensCounter {
    /** The number of solutions for an n×n board (n ≥ 1). */
    long count(int n);
}
