package dev.worlds.bench.search.sudoku;

/**
 * Solves a 9×9 Sudoku by constraint propagation over candidate bitmasks and backtracking, and
 * explores the whole search tree, so it counts every solution (a proper puzzle has one).
 */
public interface SudokuSolver {
    /**
     * Solves a puzzle given as 81 characters, row by row: {@code 1}–{@code 9} for a given,
     * {@code .} or {@code 0} for an empty cell.
     */
    SudokuResult solve(String puzzle);
}
