package dev.worlds.samples.colouring;

import dev.worlds.Untracked;
import dev.worlds.Worlds;
import dev.worlds.samples.Progress;

/**
 * Graph colouring by backtracking (DSATUR order: next the uncoloured vertex whose neighbours
 * already use the most colours). The state is plain arrays and fields: each vertex's colour, how
 * many neighbours of each vertex have each colour, how many distinct colours each vertex sees.
 * Colouring a vertex updates all of them inside a new world, and {@link Worlds#pop()} undoes the
 * colouring and every count it changed.
 *
 * <pre>{@code
 * int[] colours = new Colouring(Graph.petersen(), 3).find();   // null if 3 colours are not enough
 * }</pre>
 */
public final class Colouring {
    private final Graph graph;
    private final int maxColours;

    // The search state: tracked, rolled back by the worlds.
    /** Colour of each vertex, 1..maxColours, or 0 while uncoloured. */
    private final int[] colour;
    /** {@code [v * (maxColours + 1) + c]}: neighbours of v that have colour c. */
    private final int[] neighboursWithColour;
    /** Distinct colours among each vertex's neighbours (DSATUR's saturation). */
    private final int[] saturation;
    private int coloured;
    private int coloursUsed;

    // Results and statistics survive rollbacks: @Untracked.
    @Untracked
    private int[] found;
    @Untracked
    private long nodes;
    @Untracked
    private Progress progress = Progress.silent();

    public Colouring(Graph graph, int maxColours) {
        if (maxColours < 1) {
            throw new IllegalArgumentException("at least one colour is needed, got " + maxColours);
        }
        this.graph = graph;
        this.maxColours = maxColours;
        this.colour = new int[graph.vertices()];
        this.neighboursWithColour = new int[graph.vertices() * (maxColours + 1)];
        this.saturation = new int[graph.vertices()];
    }

    public Colouring withProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /** A proper colouring with at most {@code maxColours} colours (1-based, per vertex), or null if there is none. */
    public int[] find() {
        found = null;
        search();
        return found == null ? null : found.clone();
    }

    private boolean search() {
        if (coloured == graph.vertices()) {
            found = colour.clone();   // a new array: nothing for a world to save
            return true;
        }
        int v = nextVertex();
        // A colour not used yet is as good as any other unused one: try only the first of them.
        int limit = Math.min(coloursUsed + 1, maxColours);
        for (int c = 1; c <= limit; c++) {
            if (neighboursWithColour[v * (maxColours + 1) + c] != 0) {
                continue;
            }
            if ((++nodes & 0xFFFF) == 0) {
                long soFar = nodes;
                progress.update(() -> String.format("%,d vertices coloured trying %d colours", soFar, maxColours));
            }
            Worlds.push();
            paint(v, c);
            boolean done = search();
            Worlds.pop();   // uncoloured again, every count as before paint()
            if (done) {
                return true;
            }
        }
        return false;
    }

    /** The uncoloured vertex that sees the most colours; ties go to the higher degree. */
    private int nextVertex() {
        int best = -1;
        for (int v = 0; v < colour.length; v++) {
            if (colour[v] == 0 && (best < 0 || saturation[v] > saturation[best]
                    || saturation[v] == saturation[best] && graph.degree(v) > graph.degree(best))) {
                best = v;
            }
        }
        return best;
    }

    private void paint(int v, int c) {
        colour[v] = c;
        coloured++;
        if (c > coloursUsed) {
            coloursUsed = c;
        }
        for (int u : graph.neighboursOf(v)) {
            if (neighboursWithColour[u * (maxColours + 1) + c]++ == 0) {
                saturation[u]++;
            }
        }
    }

    /** Search nodes: vertices coloured, one world each. */
    public long nodes() {
        return nodes;
    }

    /** True if nothing is coloured and every count is zero: what the worlds must leave after a search. */
    public boolean isBlank() {
        if (coloured != 0 || coloursUsed != 0) {
            return false;
        }
        for (int[] counts : new int[][] {colour, neighboursWithColour, saturation}) {
            for (int count : counts) {
                if (count != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The chromatic number of a graph and a colouring that uses that many colours. */
    public record Chromatic(int colours, int[] colouring, int lowerBound, long nodes) {
    }

    /**
     * The chromatic number: tries k = a clique's size, k + 1, ... colours until a colouring exists.
     * Every k that fails is a complete search proving k colours are too few.
     */
    public static Chromatic chromaticNumber(Graph graph, Progress progress) {
        int lowerBound = Math.max(graph.edges() > 0 ? 2 : 1, graph.greedyCliqueSize());
        long nodes = 0;
        for (int k = lowerBound; ; k++) {
            Colouring search = new Colouring(graph, k).withProgress(progress);
            int[] colouring = search.find();
            nodes += search.nodes();
            if (colouring != null) {
                progress.done();
                return new Chromatic(k, colouring, lowerBound, nodes);
            }
        }
    }
}
