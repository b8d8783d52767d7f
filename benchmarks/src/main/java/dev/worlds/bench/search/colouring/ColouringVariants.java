package dev.worlds.bench.search.colouring;

import dev.worlds.bench.search.SearchVariants;
import dev.worlds.bench.support.WovenWorkloads;
import dev.worlds.bench.workload.search.WorldsColouring;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The collection colouring solvers by variant name ({@link SearchVariants}). */
public final class ColouringVariants {
    private static final Map<String, Supplier<? extends ColouringSolver>> SOLVERS = new LinkedHashMap<>();

    static {
        SOLVERS.put(SearchVariants.WORLDS, () -> WovenWorkloads.create(
                WorldsColouring.class.getName(), ColouringSolver.class, true));
        SOLVERS.put(SearchVariants.HAND_UNDO, HandUndoColouring::new);
        SOLVERS.put(SearchVariants.COPYING, CopyingColouring::new);
    }

    private ColouringVariants() {
    }

    /** Every variant name, in the order the benchmark lists them. */
    public static Iterable<String> names() {
        return SOLVERS.keySet();
    }

    /** A new solver of the named variant. */
    public static ColouringSolver create(String variant) {
        return SearchVariants.create(variant, SOLVERS);
    }
}
