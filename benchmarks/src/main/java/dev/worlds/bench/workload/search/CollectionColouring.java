package dev.worlds.bench.workload.search;

import dev.worlds.Untracked;
import dev.worlds.bench.search.colouring.ColouringGraph;
import dev.worlds.bench.search.colouring.ColouringResult;
import dev.worlds.bench.search.colouring.ColouringSolver;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Graph colouring by backtracking with forward checking, its state kept the way one writes it with
 * collections: {@code domains} maps each vertex to the set of colours it may still take
 * ({@code HashMap} of {@code HashSet}s), {@code colourOf} maps each coloured vertex to its colour
 * ({@code HashMap}). A node picks the uncoloured vertex with the fewest colours left (ties: the
 * higher degree, then the lower number), tries its colours in ascending order, at most one more than
 * the highest used so far (colours are interchangeable), and removes each colour it gives from the
 * domains of the uncoloured neighbours, failing when one runs empty.
 *
 * <p>This one search serves every variant of {@code CollectionSearchBenchmark}; they differ only in
 * the hooks: {@link WorldsColouring} (this package, loaded woven: the collections created below
 * become tracked ones, {@code Worlds.push()/pop()} is the whole undo), and outside the workload
 * package, never woven, the hand-written undo stack and the copying variant. Each JMH fork loads
 * one subclass, so the hooks are monomorphic and inlined; the empty ones cost nothing.
 */
public abstract class CollectionColouring implements ColouringSolver {
    /** Vertex to the colours it may still take; uncoloured vertices only are kept up to date. */
    protected Map<Integer, Set<Integer>> domains;
    /** Coloured vertex to its colour. */
    protected Map<Integer, Integer> colourOf;
    /** Search nodes of this solve: statistics, so never rolled back. */
    @Untracked
    private long nodes;

    @Override
    public final ColouringResult solve(ColouringGraph graph, int colours) {
        domains = new HashMap<>();
        for (int v = 0; v < graph.vertices(); v++) {
            Set<Integer> domain = new HashSet<>();
            for (int c = 0; c < colours; c++) {
                domain.add(c);
            }
            domains.put(v, domain);
        }
        colourOf = new HashMap<>();
        nodes = 0;
        start();
        int[] colouring = search(graph, colours, -1);
        return new ColouringResult(colouring, nodes);
    }

    /** A colouring that extends the current one, or null; {@code highestUsed} is the highest colour given so far. */
    private int[] search(ColouringGraph graph, int colours, int highestUsed) {
        nodes++;
        int vertex = selectVertex(graph);
        if (vertex < 0) {
            return ColouringResult.colouringOf(colourOf, graph.vertices());
        }
        Set<Integer> domain = domains.get(vertex);
        int limit = Math.min(colours - 1, highestUsed + 1);
        for (int colour = 0; colour <= limit; colour++) {
            if (!domain.contains(colour)) {
                continue;
            }
            choicePoint();
            int[] colouring = assign(graph, vertex, colour)
                    ? search(graph, colours, Math.max(highestUsed, colour))
                    : null;
            backtrack();
            if (colouring != null) {
                return colouring;
            }
        }
        return null;
    }

    /** The uncoloured vertex with the fewest colours left, or -1 when every vertex is coloured. */
    private int selectVertex(ColouringGraph graph) {
        int best = -1;
        int bestSize = Integer.MAX_VALUE;
        for (int v = 0; v < graph.vertices(); v++) {
            if (colourOf.containsKey(v)) {
                continue;
            }
            int size = domains.get(v).size();
            if (size < bestSize || size == bestSize && graph.degree(v) > graph.degree(best)) {
                best = v;
                bestSize = size;
            }
        }
        return best;
    }

    /** Colours {@code vertex} and prunes its uncoloured neighbours; false when one has no colour left. */
    private boolean assign(ColouringGraph graph, int vertex, int colour) {
        colourOf.put(vertex, colour);
        assigned(vertex);
        for (int neighbour : graph.neighbours(vertex)) {
            if (colourOf.containsKey(neighbour)) {
                continue;
            }
            Set<Integer> domain = domains.get(neighbour);
            if (domain.remove(colour)) {
                removed(neighbour, colour);
                if (domain.isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Called once the initial state is built, before the search starts. */
    protected void start() {
    }

    /** Opens a choice point: everything changed until the matching {@link #backtrack()} is taken back then. */
    protected abstract void choicePoint();

    /** Takes back every change made since the matching {@link #choicePoint()}. */
    protected abstract void backtrack();

    /** {@code colourOf.put(vertex, ...)} was just done for an uncoloured {@code vertex}. */
    protected void assigned(int vertex) {
    }

    /** {@code colour} was just removed from the domain of {@code vertex}. */
    protected void removed(int vertex, int colour) {
    }
}
