package dev.worlds.bench.search.nqueens;

import dev.worlds.bench.support.WovenWorkloads;
import dev.worlds.bench.search.SearchVariants;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The N-Queens counters by variant name ({@link SearchVariants}). */
public final class NQueensVariants {
    private static final Map<String, Supplier<? extends NQueensCounter>> COUNTERS = new LinkedHashMap<>();

    static {
        COUNTERS.put(SearchVariants.WORLDS, () -> WovenWorkloads.create(
                "dev.worlds.bench.workload.search.WorldsNQueens", NQueensCounter.class, true));
        COUNTERS.put(SearchVariants.HAND_UNDO, HandUndoNQueens::new);
        COUNTERS.put(SearchVariants.PUSH_POP_ONLY, PushPopOnlyNQueens::new);
        COUNTERS.put(SearchVariants.CHOCO, ChocoNQueens::new);
        COUNTERS.put(SearchVariants.COPYING, CopyingNQueens::new);
        COUNTERS.put(SearchVariants.NO_UNDO, BitmaskNQueens::new);
    }

    private NQueensVariants() {
    }

    /** Every variant name, in the order the benchmark lists them. */
    public static Iterable<String> names() {
        return COUNTERS.keySet();
    }

    /** A new counter of the named variant. */
    public static NQueensCounter create(String variant) {
        return SearchVariants.create(variant, COUNTERS);
    }
}
