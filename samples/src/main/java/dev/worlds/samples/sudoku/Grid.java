package dev.worlds.samples.sudoku;

/** Text forms of a 9×9 grid: parsing a puzzle line, checking and printing a solution. */
public final class Grid {
    private Grid() {
    }

    /**
     * Parses 81 cells row by row: digits 1-9 for givens, {@code .} or {@code 0} for empty cells.
     * Surrounding whitespace is ignored.
     *
     * @return 81 digits, 0 for an empty cell
     * @throws IllegalArgumentException saying what is wrong, with the 1-based column of a bad character
     */
    public static int[] parse(String line) {
        String text = line.strip();
        int[] cells = new int[SudokuSolver.CELLS];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                throw new IllegalArgumentException("character '" + c + "' at column " + (i + 1)
                        + " is not a digit 1-9 or '.'/'0' for an empty cell");
            }
            if (i < cells.length) {
                cells[i] = c == '.' ? 0 : c - '0';
            }
        }
        if (text.length() != SudokuSolver.CELLS) {
            throw new IllegalArgumentException("expected 81 cells (digits 1-9, '.' or '0' for empty), got "
                    + text.length());
        }
        return cells;
    }

    /** The digit of each cell whose mask has exactly one bit, {@code .} for the others. */
    static String digits(int[] masks) {
        StringBuilder text = new StringBuilder(masks.length);
        for (int mask : masks) {
            text.append(Integer.bitCount(mask) == 1 ? (char) ('1' + Integer.numberOfTrailingZeros(mask)) : '.');
        }
        return text.toString();
    }

    /**
     * True if {@code solution} is a complete grid whose rows, columns and boxes each hold 1-9 once,
     * and which keeps every given of {@code givens}.
     */
    public static boolean isSolution(int[] givens, String solution) {
        if (solution == null || solution.length() != SudokuSolver.CELLS) {
            return false;
        }
        int[] digits = parse(solution);
        for (int cell = 0; cell < SudokuSolver.CELLS; cell++) {
            if (digits[cell] == 0 || givens[cell] != 0 && givens[cell] != digits[cell]) {
                return false;
            }
        }
        for (int unit = 0; unit < 9; unit++) {
            int row = 0;
            int col = 0;
            int box = 0;
            for (int k = 0; k < 9; k++) {
                row |= 1 << digits[unit * 9 + k];
                col |= 1 << digits[k * 9 + unit];
                box |= 1 << digits[(unit / 3 * 3 + k / 3) * 9 + unit % 3 * 3 + k % 3];
            }
            int allNine = ((1 << 10) - 1) & ~1;
            if (row != allNine || col != allNine || box != allNine) {
                return false;
            }
        }
        return true;
    }

    /** Nine lines with box separators. */
    public static String format(String cells) {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < 9; row++) {
            if (row > 0 && row % 3 == 0) {
                text.append("  ------+-------+------\n");
            }
            text.append("  ");
            for (int col = 0; col < 9; col++) {
                if (col > 0 && col % 3 == 0) {
                    text.append("| ");
                }
                text.append(cells.charAt(row * 9 + col)).append(col < 8 ? " " : "");
            }
            text.append('\n');
        }
        return text.toString();
    }
}
