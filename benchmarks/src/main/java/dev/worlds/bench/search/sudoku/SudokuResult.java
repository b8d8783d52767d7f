package dev.worlds.bench.search.sudoku;

/**
 * What a {@link SudokuSolver} found: how many solutions the puzzle has, and the first one as 81
 * digits (null when there is none).
 */
public record SudokuResult(int solutions, String firstSolution) {
}
