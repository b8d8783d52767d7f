package dev.worlds.samples.colouring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/** An undirected simple graph: vertices 0..n-1 and each vertex's neighbours. Never changed after construction. */
public final class Graph {
    private final String name;
    private final int[][] neighbours;
    private final int edges;

    private Graph(String name, List<TreeSet<Integer>> adjacency) {
        this.name = name;
        this.neighbours = new int[adjacency.size()][];
        int ends = 0;
        for (int v = 0; v < neighbours.length; v++) {
            neighbours[v] = adjacency.get(v).stream().mapToInt(Integer::intValue).toArray();
            ends += neighbours[v].length;
        }
        this.edges = ends / 2;
    }

    /** A graph from its edge list, pairs of vertices {@code {a, b}}. */
    public static Graph of(String name, int vertices, int[][] edges) {
        List<TreeSet<Integer>> adjacency = empty(vertices);
        for (int[] edge : edges) {
            connect(adjacency, edge[0], edge[1]);
        }
        return new Graph(name, adjacency);
    }

    /** The Petersen graph: 10 vertices, 15 edges, chromatic number 3. */
    public static Graph petersen() {
        List<TreeSet<Integer>> adjacency = empty(10);
        for (int i = 0; i < 5; i++) {
            connect(adjacency, i, (i + 1) % 5);           // outer cycle
            connect(adjacency, 5 + i, 5 + (i + 2) % 5);   // inner pentagram
            connect(adjacency, i, 5 + i);                 // spokes
        }
        return new Graph("petersen", adjacency);
    }

    /**
     * The DIMACS graph {@code mycielK}: the Mycielski construction applied K-2 times to the
     * 5-cycle. Triangle-free, chromatic number K+1 (myciel3: 11 vertices, 20 edges, χ = 4).
     */
    public static Graph mycielski(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("myciel" + k + " is not defined; k must be at least 2");
        }
        List<TreeSet<Integer>> adjacency = empty(5);
        for (int i = 0; i < 5; i++) {
            connect(adjacency, i, (i + 1) % 5);
        }
        for (int step = 2; step < k; step++) {
            int n = adjacency.size();
            List<TreeSet<Integer>> next = empty(2 * n + 1);
            for (int v = 0; v < n; v++) {
                for (int u : adjacency.get(v)) {
                    connect(next, v, u);        // the original edges
                    connect(next, n + v, u);    // the copy of v sees v's neighbours
                }
                connect(next, n + v, 2 * n);    // the apex sees every copy
            }
            adjacency = next;
        }
        return new Graph("myciel" + k, adjacency);
    }

    /**
     * The DIMACS graph {@code queenN_N}: the squares of an n×n board, adjacent when a queen on one
     * attacks the other (queen5_5: χ = 5, queen6_6: χ = 7, queen7_7: χ = 7).
     */
    public static Graph queen(int n) {
        List<TreeSet<Integer>> adjacency = empty(n * n);
        for (int a = 0; a < n * n; a++) {
            for (int b = a + 1; b < n * n; b++) {
                int ra = a / n;
                int ca = a % n;
                int rb = b / n;
                int cb = b % n;
                if (ra == rb || ca == cb || Math.abs(ra - rb) == Math.abs(ca - cb)) {
                    connect(adjacency, a, b);
                }
            }
        }
        return new Graph("queen" + n + "_" + n, adjacency);
    }

    /** A random graph G(n, p): each pair of vertices is an edge with probability p. */
    public static Graph random(int vertices, double density, long seed) {
        Random random = new Random(seed);
        List<TreeSet<Integer>> adjacency = empty(vertices);
        for (int a = 0; a < vertices; a++) {
            for (int b = a + 1; b < vertices; b++) {
                if (random.nextDouble() < density) {
                    connect(adjacency, a, b);
                }
            }
        }
        return new Graph(String.format("random(%d, %s, seed %d)", vertices, density, seed), adjacency);
    }

    private static List<TreeSet<Integer>> empty(int vertices) {
        List<TreeSet<Integer>> adjacency = new ArrayList<>();
        for (int v = 0; v < vertices; v++) {
            adjacency.add(new TreeSet<>());
        }
        return adjacency;
    }

    private static void connect(List<TreeSet<Integer>> adjacency, int a, int b) {
        if (a == b) {
            throw new IllegalArgumentException("a loop at vertex " + a + " cannot be coloured");
        }
        adjacency.get(a).add(b);
        adjacency.get(b).add(a);
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

    public int degree(int v) {
        return neighbours[v].length;
    }

    int[] neighboursOf(int v) {
        return neighbours[v];
    }

    /** True if every vertex has a colour 1.. and no edge joins two vertices of the same colour. */
    public boolean isProperColouring(int[] colour) {
        if (colour == null || colour.length != vertices()) {
            return false;
        }
        for (int v = 0; v < vertices(); v++) {
            if (colour[v] < 1) {
                return false;
            }
            for (int u : neighbours[v]) {
                if (colour[u] == colour[v]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The size of a clique found greedily (a lower bound on the chromatic number). */
    public int greedyCliqueSize() {
        int best = vertices() == 0 ? 0 : 1;
        for (int start = 0; start < vertices(); start++) {
            List<Integer> clique = new ArrayList<>(List.of(start));
            Integer[] candidates = Arrays.stream(neighbours[start]).boxed().toArray(Integer[]::new);
            Arrays.sort(candidates, (a, b) -> Integer.compare(degree(b), degree(a)));
            for (int v : candidates) {
                if (clique.stream().allMatch(c -> Arrays.binarySearch(neighbours[v], c) >= 0)) {
                    clique.add(v);
                }
            }
            best = Math.max(best, clique.size());
        }
        return best;
    }

    @Override
    public String toString() {
        return name + " (" + vertices() + " vertices, " + edges + " edges)";
    }
}
