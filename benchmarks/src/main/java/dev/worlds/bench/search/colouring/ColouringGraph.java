package dev.worlds.bench.search.colouring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * An undirected graph for the colouring searches: vertices {@code 0..n-1}, each with its sorted,
 * duplicate-free neighbours. Immutable; shared by every variant (it is the input, not the search
 * state), and outside the workload package so that woven and plain code see the same class.
 */
public final class ColouringGraph {
    private final String name;
    private final int[][] neighbours;
    private final int edges;

    private ColouringGraph(String name, List<TreeSet<Integer>> adjacency) {
        this.name = name;
        this.neighbours = new int[adjacency.size()][];
        int ends = 0;
        for (int v = 0; v < neighbours.length; v++) {
            neighbours[v] = adjacency.get(v).stream().mapToInt(Integer::intValue).toArray();
            ends += neighbours[v].length;
        }
        this.edges = ends / 2;
    }

    /** A graph of {@code vertices} vertices and the given edges ({@code {u, v}} pairs; repeats are ignored). */
    public static ColouringGraph of(String name, int vertices, int[][] edges) {
        List<TreeSet<Integer>> adjacency = new ArrayList<>();
        for (int v = 0; v < vertices; v++) {
            adjacency.add(new TreeSet<>());
        }
        for (int[] edge : edges) {
            if (edge[0] == edge[1]) {
                throw new IllegalArgumentException(name + ": loop at vertex " + edge[0]);
            }
            adjacency.get(edge[0]).add(edge[1]);
            adjacency.get(edge[1]).add(edge[0]);
        }
        return new ColouringGraph(name, adjacency);
    }

    /**
     * The n x n queen graph (DIMACS {@code queenN_N}): a vertex per square, row by row, adjacent
     * when a queen on one attacks the other (same row, column or diagonal).
     */
    public static ColouringGraph queens(int n) {
        List<int[]> edges = new ArrayList<>();
        for (int a = 0; a < n * n; a++) {
            for (int b = a + 1; b < n * n; b++) {
                int ra = a / n;
                int ca = a % n;
                int rb = b / n;
                int cb = b % n;
                if (ra == rb || ca == cb || Math.abs(ra - rb) == Math.abs(ca - cb)) {
                    edges.add(new int[] {a, b});
                }
            }
        }
        return of("queen" + n + "_" + n, n * n, edges.toArray(int[][]::new));
    }

    /**
     * Mycielski's graph {@code mycielM} as DIMACS numbers them ({@code myciel3}: the Grötzsch graph,
     * 11 vertices; {@code myciel4}: 23; {@code myciel5}: 47): triangle-free with chromatic number
     * {@code m + 1}. Built from K2 by Mycielski's construction, applied {@code m - 1} times: the
     * graph's vertices {@code 0..n-1} keep their edges, a copy {@code n + v} of each vertex is joined
     * to the neighbours of {@code v}, and a last vertex {@code 2n} to every copy.
     */
    public static ColouringGraph mycielski(int m) {
        int n = 2;
        List<int[]> edges = new ArrayList<>(List.of(new int[] {0, 1}));
        for (int step = 1; step < m; step++) {
            List<int[]> next = new ArrayList<>(edges);
            for (int[] edge : edges) {
                next.add(new int[] {n + edge[0], edge[1]});
                next.add(new int[] {n + edge[1], edge[0]});
            }
            for (int v = 0; v < n; v++) {
                next.add(new int[] {n + v, 2 * n});
            }
            edges = next;
            n = 2 * n + 1;
        }
        return of("myciel" + m, n, edges.toArray(int[][]::new));
    }

    /** A G(n, p) random graph: each of the n(n-1)/2 edges present with probability {@code p}, from {@code seed}. */
    public static ColouringGraph random(int n, double p, long seed) {
        Random random = new Random(seed);
        List<int[]> edges = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (random.nextDouble() < p) {
                    edges.add(new int[] {a, b});
                }
            }
        }
        return of("random" + n + "_p" + Math.round(p * 100) + "_s" + seed, n, edges.toArray(int[][]::new));
    }

    public String name() {
        return name;
    }

    public int vertices() {
        return neighbours.length;
    }

    public int edges() {
        return edges;
    }

    public int degree(int vertex) {
        return neighbours[vertex].length;
    }

    /** The neighbours of {@code vertex}, ascending; the caller must not change the array. */
    public int[] neighbours(int vertex) {
        return neighbours[vertex];
    }

    /** Whether {@code colours} (one per vertex) gives adjacent vertices different colours, all in {@code 0..k-1}. */
    public boolean isProperColouring(int[] colours, int k) {
        if (colours == null || colours.length != vertices()) {
            return false;
        }
        for (int v = 0; v < vertices(); v++) {
            if (colours[v] < 0 || colours[v] >= k) {
                return false;
            }
            for (int u : neighbours[v]) {
                if (colours[u] == colours[v]) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name + " (" + vertices() + " vertices, " + edges + " edges)";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColouringGraph graph && graph.name.equals(name) && Arrays.deepEquals(graph.neighbours, neighbours);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
