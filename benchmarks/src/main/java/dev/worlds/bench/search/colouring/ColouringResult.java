package dev.worlds.bench.search.colouring;

import java.util.Map;

/**
 * What a {@link ColouringSolver} found: a colouring (one colour per vertex) or null when the graph
 * has none with the colours allowed, and how many search nodes it took (each call of the
 * recursive search counts one, the root included), so that variants can be checked to explore
 * the same tree.
 */
public record ColouringResult(int[] colouring, long nodes) {
    public boolean found() {
        return colouring != null;
    }

    /**
     * The colouring a search holds in {@code colourOf} (vertex to colour) when every vertex of
     * {@code 0..vertices-1} has one, as an array. This class is never woven, so the array is plain
     * and what is written into it survives the rollback of the worlds the search then pops.
     */
    public static int[] colouringOf(Map<Integer, Integer> colourOf, int vertices) {
        int[] colours = new int[vertices];
        for (int v = 0; v < vertices; v++) {
            colours[v] = colourOf.get(v);
        }
        return colours;
    }

    @Override
    public String toString() {
        return (found() ? "colouring" : "no colouring") + " in " + nodes + " nodes";
    }
}
