package dev.worlds.bench.search.sudoku;

/**
 * Geometry of the 9×9 grid: cells 0..80 row by row, the 20 peers of each cell (same row, column
 * or box), and the candidate bitmask encoding (bit d-1 set when digit d is still possible).
 */
public final class SudokuGrid {
    public static final int CELLS = 81;
    /** Every digit still possible: bits 0..8. */
    public static final int ALL_DIGITS = 0x1FF;
    /** PEERS[cell] holds the 20 cells that must not share cell's digit. */
    static final int[][] PEERS = peers();

    private SudokuGrid() {
    }

    private static int[][] peers() {
        int[][] peers = new int[CELLS][20];
        for (int cell = 0; cell < CELLS; cell++) {
            int count = 0;
            for (int other = 0; other < CELLS; other++) {
                if (other != cell && (row(other) == row(cell) || column(other) == column(cell) || box(other) == box(cell))) {
                    peers[cell][count++] = other;
                }
            }
        }
        return peers;
    }

    static int row(int cell) {
        return cell / 9;
    }

    static int column(int cell) {
        return cell % 9;
    }

    static int box(int cell) {
        return row(cell) / 3 * 3 + column(cell) / 3;
    }

    /** The digit of a single-candidate mask. */
    static int digit(int mask) {
        return Integer.numberOfTrailingZeros(mask) + 1;
    }

    /** The givens of a puzzle string: 0 for an empty cell, else the digit. */
    public static int[] parse(String puzzle) {
        if (puzzle.length() != CELLS) {
            throw new IllegalArgumentException("a puzzle has 81 cells, got " + puzzle.length() + ": " + puzzle);
        }
        int[] givens = new int[CELLS];
        for (int cell = 0; cell < CELLS; cell++) {
            char c = puzzle.charAt(cell);
            if (c >= '1' && c <= '9') {
                givens[cell] = c - '0';
            } else if (c != '.' && c != '0') {
                throw new IllegalArgumentException("cell " + cell + " is '" + c + "'; use 1-9, '.' or '0'");
            }
        }
        return givens;
    }
}
