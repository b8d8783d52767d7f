package dev.worlds.bench.search.sudoku;

import dev.worlds.bench.search.SearchVariants;
import dev.worlds.bench.support.WovenWorkloads;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Sudoku solvers by variant name ({@link SearchVariants}). There is no {@code noUndo}
 * variant: propagation rewrites up to 81 masks per choice, too much state to pass as arguments.
 */
public final class SudokuVariants {
    private static final Map<String, Supplier<? extends SudokuSolver>> SOLVERS = new LinkedHashMap<>();

    static {
        SOLVERS.put(SearchVariants.WORLDS, () -> WovenWorkloads.create(
                "dev.worlds.bench.workload.search.WorldsSudoku", SudokuSolver.class, true));
        SOLVERS.put(SearchVariants.HAND_UNDO, HandUndoSudoku::new);
        SOLVERS.put(SearchVariants.CHOCO, ChocoSudoku::new);
        SOLVERS.put(SearchVariants.COPYING, CopyingSudoku::new);
    }

    private SudokuVariants() {
    }

    /** Every variant name, in the order the benchmark lists them. */
    public static Iterable<String> names() {
        return SOLVERS.keySet();
    }

    /** A new solver of the named variant. */
    public static SudokuSolver create(String variant) {
        return SearchVariants.create(variant, SOLVERS);
    }
}
