package dev.worlds.bench.search.sudoku;

import static dev.worlds.bench.search.sudoku.SudokuGrid.ALL_DIGITS;
import static dev.worlds.bench.search.sudoku.SudokuGrid.CELLS;
import static dev.worlds.bench.search.sudoku.SudokuGrid.PEERS;

import java.util.Arrays;

/**
 * The one Sudoku search every variant runs; subclasses only say how the 81 candidate masks are
 * stored and how a choice point is opened and taken back.
 *
 * <p>Propagation: when a cell is down to one candidate, that digit is removed from its 20 peers;
 * a peer left with none is a contradiction, a peer left with one propagates in turn. Search: pick
 * the open cell with the fewest candidates, try each of its digits in a choice point, recurse,
 * take the choice point back. Every solution is counted. Each JMH fork loads one subclass, so
 * the accessors are monomorphic and inlined.
 *
 * <p>Public so that the Worlds variant ({@code workload.search.WorldsSudoku}), which lives in the
 * workload package to be loaded woven, runs this very search: only its subclass is woven, so the
 * solution count kept here is never rolled back.
 */
public abstract class PropagatingSudokuSearch implements SudokuSolver {
    private int solutions;
    private String firstSolution;

    /** Starts a new puzzle with these masks (the array is the subclass's to keep). */
    protected abstract void start(int[] masks);

    protected abstract int mask(int cell);

    protected abstract void setMask(int cell, int mask);

    /** Opens a choice point: every mask change until the matching {@link #backtrack()} is undone by it. */
    protected abstract void choicePoint();

    /** Restores the masks as they were at the innermost open choice point, and closes it. */
    protected abstract void backtrack();

    @Override
    public final SudokuResult solve(String puzzle) {
        int[] givens = SudokuGrid.parse(puzzle);
        int[] masks = new int[CELLS];
        Arrays.fill(masks, ALL_DIGITS);
        start(masks);
        solutions = 0;
        firstSolution = null;
        if (placeGivens(givens)) {
            search();
        }
        return new SudokuResult(solutions, firstSolution);
    }

    private boolean placeGivens(int[] givens) {
        for (int cell = 0; cell < CELLS; cell++) {
            if (givens[cell] == 0) {
                continue;
            }
            int bit = 1 << (givens[cell] - 1);
            int mask = mask(cell);
            if ((mask & bit) == 0) {
                return false;
            }
            // A cell already narrowed to this digit by propagation has propagated it already.
            if (mask != bit && !assign(cell, bit)) {
                return false;
            }
        }
        return true;
    }

    private void search() {
        int cell = mostConstrainedOpenCell();
        if (cell < 0) {
            recordSolution();
            return;
        }
        int candidates = mask(cell);
        while (candidates != 0) {
            int bit = candidates & -candidates;
            candidates -= bit;
            choicePoint();
            if (assign(cell, bit)) {
                search();
            }
            backtrack();
        }
    }

    /** The open cell (two or more candidates) with the fewest candidates, or -1 when all are fixed. */
    private int mostConstrainedOpenCell() {
        int best = -1;
        int fewest = Integer.MAX_VALUE;
        for (int cell = 0; cell < CELLS; cell++) {
            int count = Integer.bitCount(mask(cell));
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
    private boolean assign(int cell, int bit) {
        setMask(cell, bit);
        return removeFromPeers(cell, bit);
    }

    /**
     * Removes the digit of a fixed cell from its peers; a peer left with one candidate is fixed
     * and propagates in turn. False when a peer is left with no candidate.
     */
    private boolean removeFromPeers(int cell, int bit) {
        for (int peer : PEERS[cell]) {
            int mask = mask(peer);
            if ((mask & bit) != 0) {
                mask &= ~bit;
                if (mask == 0) {
                    return false;
                }
                setMask(peer, mask);
                if ((mask & (mask - 1)) == 0 && !removeFromPeers(peer, mask)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void recordSolution() {
        solutions++;
        if (firstSolution == null) {
            StringBuilder digits = new StringBuilder(CELLS);
            for (int cell = 0; cell < CELLS; cell++) {
                digits.append(SudokuGrid.digit(mask(cell)));
            }
            firstSolution = digits.toString();
        }
    }
}
