package dev.worlds.bench.search;

import dev.worlds.bench.support.Variant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Names of the ways the search benchmarks keep (and take back) their state. Each is the value of
 * the JMH parameter {@code variant}; {@code RatioTable} reports every variant of a search
 * benchmark as a ratio to {@link #HAND_UNDO}.
 */
public final class SearchVariants {
    /**
     * Plain arrays (or, in {@code CollectionSearchBenchmark}, JDK collections that weaving turns into
     * tracked ones), woven, with {@code Worlds.push()/pop()} around choices: what Worlds offers.
     */
    public static final String WORLDS = "worlds";
    /** The same search with an explicit undo (trail or reset after the recursive call): the floor. */
    public static final String HAND_UNDO = Variant.HAND_UNDO.paramName();
    /** State in Choco's {@code IStateInt}/{@code IStateBool}, {@code worldPush()/worldPop()} around choices. */
    public static final String CHOCO = "choco";
    /** The state arrays deep-copied at each choice point (Gecode-style copying). */
    public static final String COPYING = "copying";
    /**
     * The hand-written undo inside {@code Worlds.push()/pop()} that save nothing (N-Queens only):
     * the cost of the worlds alone, to split the Worlds variant's cost.
     */
    public static final String PUSH_POP_ONLY = "pushPopOnly";
    /** Un-woven code that needs no undo at all: state passed down as arguments. */
    public static final String NO_UNDO = "noUndo";

    private SearchVariants() {
    }

    /** Creates the solver a variant name selects among {@code solvers}, or says which names exist. */
    public static <T> T create(String variant, Map<String, Supplier<? extends T>> solvers) {
        Supplier<? extends T> solver = solvers.get(variant);
        if (solver == null) {
            throw new IllegalArgumentException("unknown variant '" + variant + "'; use one of " + List.copyOf(solvers.keySet()));
        }
        return solver.get();
    }
}
