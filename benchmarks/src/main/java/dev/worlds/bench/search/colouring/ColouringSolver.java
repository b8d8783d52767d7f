package dev.worlds.bench.search.colouring;

/** A graph colouring search of one variant ({@link ColouringVariants}). */
public interface ColouringSolver {
    /** Finds a colouring of {@code graph} with at most {@code colours} colours, or proves there is none. */
    ColouringResult solve(ColouringGraph graph, int colours);
}
