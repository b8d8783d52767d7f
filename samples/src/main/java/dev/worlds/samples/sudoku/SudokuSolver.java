package dev.worlds.samples.sudoku;

import dev.worlds.Untracked;
import dev.worlds.Worlds;
import java.util.Arrays;

/**
 * A 9×9 Sudoku solver: constraint propagation over candidate bitmasks in a plain {@code int[81]},
 * plus backtracking. Propagation: a cell down to one candidate removes that digit from its 20
 * peers; a peer left with none is a contradiction, a peer left with one propagates in turn.
 * Search: take the open cell with the fewest candidates, and for each candidate open a world,
 * assign it, propagate, recurse, and {@link Worlds#pop()}: every mask the propagation narrowed
 * is back as it was. There is no undo code and no copy of the grid.
 *
 * <pre>{@code
 * SudokuSolver solver = new SudokuSolver();
 * SudokuSolver.Result result = solver.solve(Grid.parse(puzzle), 2);   // stop at 2: unique or not
 * }</pre>
 */
public final class SudokuSolver {
    static final int CELLS = 81;
    /** All nine digits: bit d-1 stands for digit d. */
    static final int ALL_DIGITS = (1 << 9) - 1;
    /** The 20 cells sharing a row, column or box with each cell. */
    static final int[][] PEERS = peers();

    /** The candidates of each cell. The only search state: written in worlds, rolled back by them. */
    private final int[] candidates = new int[CELLS];

    // Results and statistics must survive the rollbacks: @Untracked.
    @Untracked
    private int solutions;
    @Untracked
    private int limit;
    @Untracked
    private String firstSolution;
    @Untracked
    private long choicePoints;

    /** What {@link #solve} found. */
    public record Result(int solutions, String solution, long choicePoints, long nanos) {
        public boolean solved() {
            return solutions > 0;
        }
    }

    public SudokuSolver() {
        Arrays.fill(candidates, ALL_DIGITS);
    }

    /**
     * Solves a puzzle, counting solutions up to {@code limit} (2 tells unique from not unique).
     * The candidates are all-digits again afterwards: the givens and the search ran in worlds.
     *
     * @param givens 81 digits, 0 for an empty cell (see {@link Grid#parse})
     */
    public Result solve(int[] givens, int limit) {
        if (givens.length != CELLS) {
            throw new IllegalArgumentException("a puzzle has 81 cells, got " + givens.length);
        }
        long start = System.nanoTime();
        long choicePointsBefore = choicePoints;
        this.limit = Math.max(1, limit);
        solutions = 0;
        firstSolution = null;
        Worlds.push();
        if (placeGivens(givens)) {
            search();
        }
        Worlds.pop();
        return new Result(solutions, firstSolution, choicePoints - choicePointsBefore, System.nanoTime() - start);
    }

    boolean placeGivens(int[] givens) {
        for (int cell = 0; cell < CELLS; cell++) {
            if (givens[cell] == 0) {
                continue;
            }
            int bit = 1 << (givens[cell] - 1);
            if ((candidates[cell] & bit) == 0) {
                return false;   // a peer's given already took this digit
            }
            // A cell already narrowed to this digit by propagation has propagated it already.
            if (candidates[cell] != bit && !assign(cell, bit)) {
                return false;
            }
        }
        return true;
    }

    private void search() {
        int cell = mostConstrainedOpenCell();
        if (cell < 0) {
            solutions++;
            if (firstSolution == null) {
                firstSolution = Grid.digits(candidates);
            }
            return;
        }
        int remaining = candidates[cell];
        while (remaining != 0 && solutions < limit) {
            int bit = remaining & -remaining;
            remaining -= bit;
            choicePoints++;
            Worlds.push();
            if (assign(cell, bit)) {
                search();
            }
            Worlds.pop();   // a contradiction or an explored subtree: the masks are as before assign()
        }
    }

    /** The open cell (two or more candidates) with the fewest candidates, or -1 when every cell is fixed. */
    int mostConstrainedOpenCell() {
        int best = -1;
        int fewest = Integer.MAX_VALUE;
        for (int cell = 0; cell < CELLS; cell++) {
            int count = Integer.bitCount(candidates[cell]);
            if (count > 1 && count < fewest) {
                best = cell;
                fewest = count;
                if (count == 2) {
                    break;
                }
            }
        }
        return best;
    }

    /** Fixes cell to the single digit bit and propagates; false on a contradiction. */
    boolean assign(int cell, int bit) {
        candidates[cell] = bit;
        return removeFromPeers(cell, bit);
    }

    private boolean removeFromPeers(int cell, int bit) {
        for (int peer : PEERS[cell]) {
            int mask = candidates[peer];
            if ((mask & bit) != 0) {
                mask &= ~bit;
                if (mask == 0) {
                    return false;
                }
                candidates[peer] = mask;
                if ((mask & (mask - 1)) == 0 && !removeFromPeers(peer, mask)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The candidates of one cell. */
    int candidatesOf(int cell) {
        return candidates[cell];
    }

    /** The grid as digits, {@code .} for cells not fixed yet. */
    String digits() {
        return Grid.digits(candidates);
    }

    /** A copy of the candidate masks: all {@code 0x1FF} between searches, if every world rolled back. */
    public int[] candidates() {
        return candidates.clone();
    }

    /** Choice points opened since this solver was made: one world each. */
    public long choicePoints() {
        return choicePoints;
    }

    private static int[][] peers() {
        int[][] peers = new int[CELLS][];
        for (int cell = 0; cell < CELLS; cell++) {
            int row = cell / 9;
            int col = cell % 9;
            int[] list = new int[20];
            int count = 0;
            for (int other = 0; other < CELLS; other++) {
                int r = other / 9;
                int c = other % 9;
                boolean sameBox = r / 3 == row / 3 && c / 3 == col / 3;
                if (other != cell && (r == row || c == col || sameBox)) {
                    list[count++] = other;
                }
            }
            peers[cell] = list;
        }
        return peers;
    }
}
