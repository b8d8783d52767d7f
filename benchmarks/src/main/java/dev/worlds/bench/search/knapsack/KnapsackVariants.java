package dev.worlds.bench.search.knapsack;

import dev.worlds.bench.search.SearchVariants;
import dev.worlds.bench.support.WovenWorkloads;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The knapsack solvers by variant name ({@link SearchVariants}). */
public final class KnapsackVariants {
    private static final Map<String, Supplier<? extends KnapsackSolver>> SOLVERS = new LinkedHashMap<>();

    static {
        SOLVERS.put(SearchVariants.WORLDS, () -> WovenWorkloads.create(
                "dev.worlds.bench.workload.search.WorldsKnapsack", KnapsackSolver.class, true));
        SOLVERS.put(SearchVariants.HAND_UNDO, HandUndoKnapsack::new);
        SOLVERS.put(SearchVariants.CHOCO, ChocoKnapsack::new);
        SOLVERS.put(SearchVariants.COPYING, CopyingKnapsack::new);
        SOLVERS.put(SearchVariants.NO_UNDO, StatelessKnapsack::new);
    }

    private KnapsackVariants() {
    }

    /** Every variant name, in the order the benchmark lists them. */
    public static Iterable<String> names() {
        return SOLVERS.keySet();
    }

    /** A new solver of the named variant. */
    public static KnapsackSolver create(String variant) {
        return SearchVariants.create(variant, SOLVERS);
    }
}
