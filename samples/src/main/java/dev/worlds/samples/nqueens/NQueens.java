package dev.worlds.samples.nqueens;

import dev.worlds.Untracked;
import dev.worlds.Worlds;
import dev.worlds.samples.Progress;
import java.util.Arrays;

/**
 * Counts the ways to place n queens on an n×n board so that none attacks another, by
 * depth-first search over plain arrays. Placing a queen writes four arrays and a field; the
 * search never takes a queen off the board by hand: it opens a world before each placement and
 * {@link Worlds#pop()} puts everything back.
 *
 * <pre>{@code
 * long solutions = new NQueens(12).countSolutions();   // 14200
 * }</pre>
 */
public final class NQueens {
    /** Known solution counts (OEIS A000170), index n. */
    static final long[] KNOWN = {1, 1, 0, 0, 2, 10, 4, 40, 92, 352, 724, 2_680, 14_200, 73_712, 365_596,
        2_279_184, 14_772_512};
    /** The largest n the sample accepts: n=16 already takes minutes. */
    public static final int MAX_N = KNOWN.length - 1;

    private final int n;
    /** Column of the queen in each row, -1 while the row is empty. */
    private final int[] queenInRow;
    private final boolean[] columnTaken;
    /** Diagonals by row + column. */
    private final boolean[] diagonalTaken;
    /** Anti-diagonals by row - column + n - 1. */
    private final boolean[] antiDiagonalTaken;
    /** Queens on the board: a tracked field, rolled back with the arrays. */
    private int queens;

    // Statistics survive rollbacks: @Untracked.
    @Untracked
    private long nodes;
    @Untracked
    private int[] firstSolution;
    @Untracked
    private Progress progress = Progress.silent();

    public NQueens(int n) {
        if (n < 1 || n > MAX_N) {
            throw new IllegalArgumentException("n must be between 1 and " + MAX_N + ", got " + n);
        }
        this.n = n;
        queenInRow = new int[n];
        Arrays.fill(queenInRow, -1);
        columnTaken = new boolean[n];
        diagonalTaken = new boolean[2 * n - 1];
        antiDiagonalTaken = new boolean[2 * n - 1];
    }

    /** Known number of solutions for n (OEIS A000170), for 1 &lt;= n &lt;= {@value #MAX_N}. */
    public static long knownCount(int n) {
        return KNOWN[n];
    }

    public NQueens withProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /** Counts every solution; the board is empty again afterwards. */
    public long countSolutions() {
        long found = count(0);
        progress.done();
        return found;
    }

    private long count(int row) {
        if (row == n) {
            if (firstSolution == null) {
                firstSolution = queenInRow.clone();   // a new array: no world needs to save it
            }
            return 1;
        }
        long found = 0;
        for (int col = 0; col < n; col++) {
            if (attacked(row, col)) {
                continue;
            }
            if ((++nodes & 0xFFFF) == 0) {
                long soFar = nodes;
                progress.update(() -> String.format("%,d queens placed", soFar));
            }
            Worlds.push();
            place(row, col);
            found += count(row + 1);
            Worlds.pop();   // takes the queen off again: the arrays and the field are as before place()
        }
        return found;
    }

    boolean attacked(int row, int col) {
        return columnTaken[col] || diagonalTaken[row + col] || antiDiagonalTaken[row - col + n - 1];
    }

    void place(int row, int col) {
        queenInRow[row] = col;
        columnTaken[col] = true;
        diagonalTaken[row + col] = true;
        antiDiagonalTaken[row - col + n - 1] = true;
        queens++;
    }

    int size() {
        return n;
    }

    boolean isFull() {
        return queens == n;
    }

    /** The column of the queen in each row, -1 for an empty row: a copy. */
    int[] currentPlacement() {
        return queenInRow.clone();
    }

    /** Queens placed so far: tried placements, one world each. */
    public long nodes() {
        return nodes;
    }

    /** The first solution found, as the column of the queen in each row, or null if there is none. */
    public int[] firstSolution() {
        return firstSolution == null ? null : firstSolution.clone();
    }

    /** Queens on the board now: 0 after a search, if the worlds rolled every placement back. */
    public int queensOnBoard() {
        return queens;
    }

    /** True if the board is exactly as the constructor left it: every array and field rolled back. */
    public boolean isEmptyBoard() {
        if (queens != 0) {
            return false;
        }
        for (int col : queenInRow) {
            if (col != -1) {
                return false;
            }
        }
        for (boolean[] lines : new boolean[][] {columnTaken, diagonalTaken, antiDiagonalTaken}) {
            for (boolean taken : lines) {
                if (taken) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The board of a solution, one row per line: {@code Q} for a queen, {@code .} otherwise. */
    public static String board(int[] queenInRow) {
        StringBuilder text = new StringBuilder();
        for (int col : queenInRow) {
            for (int c = 0; c < queenInRow.length; c++) {
                text.append(c == col ? 'Q' : '.').append(c + 1 < queenInRow.length ? " " : "");
            }
            text.append('\n');
        }
        return text.toString();
    }
}
