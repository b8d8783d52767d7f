package dev.worlds.bench.search.nqueens;

/** Counts n-queens solutions with {@code dev.worlds.search.ParallelSearch} on a given number of threads. */
public interface ParallelNQueensCounter {
    /** The number of solutions for an n×n board, searched by {@code threads} workers. */
    long count(int n, int threads);
}
