package dev.worlds.choco;

import dev.worlds.choco.Outcome.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.chocosolver.memory.IEnvironment;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Settings;
import org.chocosolver.solver.search.limits.FailCounter;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.DirectedGraphVar;
import org.chocosolver.solver.variables.IntVar;
import org.chocosolver.solver.variables.SetVar;
import org.chocosolver.solver.variables.Task;
import org.chocosolver.solver.variables.UndirectedGraphVar;
import org.chocosolver.util.objects.graphs.DirectedGraph;
import org.chocosolver.util.objects.graphs.GraphFactory;
import org.chocosolver.util.objects.graphs.UndirectedGraph;
import org.chocosolver.util.objects.setDataStructures.SetType;

/** Small Choco models, each with a fixed search strategy, solved to the end in a test. */
final class Corpus {
    /** 10 nodes, 15 edges, 2000 spanning trees, no Hamiltonian cycle. */
    private static final int[][] PETERSEN = petersen();
    /** 20 nodes, 30 edges, 30 Hamiltonian cycles (Hamilton's icosian game). */
    private static final int[][] DODECAHEDRON = dodecahedron();

    private Corpus() {
    }

    static Map<String, Function<IEnvironment, Problem>> problems() {
        Map<String, Function<IEnvironment, Problem>> problems = new LinkedHashMap<>();
        for (int n : new int[] {6, 8, 10}) {
            problems.put("queens " + n + ", binary constraints, all solutions, default search", env -> queensBinary(env, n));
        }
        problems.put("queens 8, allDifferent AC over views, all solutions, dom/wdeg", env -> queensViews(env, 8, "AC", 1));
        problems.put("queens 9, allDifferent BC over views, all solutions, activity", env -> queensViews(env, 9, "BC", 2));
        problems.put("queens 20, first solutions, random search with Luby restarts", env -> queensRandom(env, 20));
        problems.put("golomb ruler 7, minimise, default search", env -> golomb(env, 7));
        problems.put("magic square 3, all solutions", env -> magicSquare(env, 3, 0));
        problems.put("magic square 4, first 5 solutions, dom/wdeg", env -> magicSquare(env, 4, 5));
        problems.put("costas array 7, all solutions", env -> costas(env, 7));
        problems.put("knapsack 12 items, maximise", env -> knapsack(env));
        problems.put("bounded domains: linear and products, minimise", env -> boundedDomains(env));
        problems.put("enumerated sparse domains, all solutions", env -> sparseDomains(env));
        problems.put("set variables: partition 1..9 into equal sums, all solutions", env -> setPartition(env));
        problems.put("job shop 4x4, cumulative, minimise makespan", env -> jobShop(env));
        problems.put("graph variable: spanning trees of the Petersen graph, all solutions", env -> spanningTrees(env));
        problems.put("graph variable: Hamiltonian cycles of the dodecahedron, all solutions", env -> hamiltonianCycles(env));
        problems.put("graph variable: TSP on 10 cities, tsp constraint, minimise", env -> travellingSalesman(env));
        problems.put("directed graph variable: arborescences of the complete digraph on 5 nodes, all solutions",
                env -> arborescences(env, 5));
        problems.put("node-induced graph variable: heaviest connected 6 cells of a 4x4 grid, maximise",
                env -> connectedCells(env));
        problems.put("car sequencing, CSPLib 001 10-car instance, all solutions", env -> carSequencing(env));
        return problems;
    }

    static Problem queensBinary(IEnvironment env, int n) {
        Model model = new Model(env, "queens");
        IntVar[] q = model.intVarArray("q", n, 1, n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                model.arithm(q[i], "!=", q[j]).post();
                model.arithm(q[i], "!=", q[j], "+", j - i).post();
                model.arithm(q[i], "!=", q[j], "-", j - i).post();
            }
        }
        return new Problem(model, q);
    }

    /** strategy 1: dom/wdeg; 2: activity-based (restarts, random tie breaks with a fixed seed). */
    static Problem queensViews(IEnvironment env, int n, String consistency, int strategy) {
        Model model = new Model(env, "queens");
        IntVar[] q = model.intVarArray("q", n, 1, n, false);
        IntVar[] up = new IntVar[n];
        IntVar[] down = new IntVar[n];
        for (int i = 0; i < n; i++) {
            up[i] = model.intOffsetView(q[i], i);
            down[i] = model.intOffsetView(q[i], -i);
        }
        model.allDifferent(q, consistency).post();
        model.allDifferent(up, consistency).post();
        model.allDifferent(down, consistency).post();
        model.getSolver().setSearch(strategy == 1 ? Search.domOverWDegSearch(q) : Search.activityBasedSearch(q));
        return new Problem(model, q);
    }

    static Problem queensRandom(IEnvironment env, int n) {
        Model model = new Model(env, "queens");
        IntVar[] q = model.intVarArray("q", n, 1, n);
        IntVar[] up = new IntVar[n];
        IntVar[] down = new IntVar[n];
        for (int i = 0; i < n; i++) {
            up[i] = model.intOffsetView(q[i], i);
            down[i] = model.intOffsetView(q[i], -i);
        }
        model.allDifferent(q).post();
        model.allDifferent(up).post();
        model.allDifferent(down).post();
        model.getSolver().setSearch(Search.randomSearch(q, 42));
        model.getSolver().setLubyRestart(2, new FailCounter(model, 2), 1000);
        model.getSolver().limitSolution(20);
        return new Problem(model, q);
    }

    static Problem golomb(IEnvironment env, int m) {
        Model model = new Model(env, "golomb");
        IntVar[] ticks = model.intVarArray("a", m, 0, m * m, false);
        model.arithm(ticks[0], "=", 0).post();
        for (int i = 0; i < m - 1; i++) {
            model.arithm(ticks[i + 1], ">", ticks[i]).post();
        }
        IntVar[] diffs = model.intVarArray("d", m * (m - 1) / 2, 0, m * m, false);
        for (int k = 0, i = 0; i < m - 1; i++) {
            for (int j = i + 1; j < m; j++, k++) {
                model.scalar(new IntVar[] {ticks[j], ticks[i]}, new int[] {1, -1}, "=", diffs[k]).post();
                model.arithm(diffs[k], ">=", (j - i) * (j - i + 1) / 2).post();
            }
        }
        model.allDifferent(diffs, "BC").post();
        model.arithm(diffs[0], "<", diffs[diffs.length - 1]).post();
        model.setObjective(Model.MINIMIZE, ticks[m - 1]);
        return new Problem(model, ticks);
    }

    static Problem magicSquare(IEnvironment env, int n, int solutionLimit) {
        Model model = new Model(env, "magic square");
        int sum = n * (n * n + 1) / 2;
        IntVar[][] cells = model.intVarMatrix("c", n, n, 1, n * n);
        IntVar[] all = new IntVar[n * n];
        IntVar[] diagonal = new IntVar[n];
        IntVar[] antiDiagonal = new IntVar[n];
        for (int i = 0; i < n; i++) {
            IntVar[] column = new IntVar[n];
            for (int j = 0; j < n; j++) {
                all[i * n + j] = cells[i][j];
                column[j] = cells[j][i];
            }
            model.sum(cells[i], "=", sum).post();
            model.sum(column, "=", sum).post();
            diagonal[i] = cells[i][i];
            antiDiagonal[i] = cells[i][n - 1 - i];
        }
        model.sum(diagonal, "=", sum).post();
        model.sum(antiDiagonal, "=", sum).post();
        model.allDifferent(all, "AC").post();
        if (solutionLimit > 0) {
            model.getSolver().setSearch(Search.domOverWDegSearch(all));
            model.getSolver().limitSolution(solutionLimit);
        } else {
            model.getSolver().setSearch(Search.inputOrderLBSearch(all));
        }
        return new Problem(model, all);
    }

    static Problem costas(IEnvironment env, int n) {
        Model model = new Model(env, "costas");
        IntVar[] x = model.intVarArray("x", n, 0, n - 1, false);
        model.allDifferent(x, "AC").post();
        for (int d = 1; d < n - 1; d++) {
            IntVar[] row = new IntVar[n - d];
            for (int i = 0; i < n - d; i++) {
                row[i] = model.intVar("y" + d + "_" + i, -n + 1, n - 1, false);
                model.arithm(row[i], "=", x[i + d], "-", x[i]).post();
                model.arithm(row[i], "!=", 0).post();
            }
            model.allDifferent(row, "FC").post();
        }
        model.getSolver().setSearch(Search.minDomLBSearch(x));
        return new Problem(model, x);
    }

    static Problem knapsack(IEnvironment env) {
        Model model = new Model(env, "knapsack");
        int[] weights = {12, 7, 11, 8, 9, 6, 14, 5, 10, 13, 4, 15};
        int[] values = {24, 13, 23, 15, 16, 11, 29, 9, 19, 26, 7, 30};
        IntVar[] take = model.intVarArray("take", weights.length, 0, 2);
        IntVar weight = model.intVar("weight", 0, 60);
        IntVar value = model.intVar("value", 0, 1000);
        model.knapsack(take, weight, value, weights, values).post();
        model.setObjective(Model.MAXIMIZE, value);
        model.getSolver().setSearch(Search.inputOrderUBSearch(take));
        return new Problem(model, take);
    }

    static Problem boundedDomains(IEnvironment env) {
        Model model = new Model(env, "bounds");
        IntVar x = model.intVar("x", -50, 50, true);
        IntVar y = model.intVar("y", -50, 50, true);
        IntVar z = model.intVar("z", 0, 2500, true);
        IntVar w = model.intVar("w", -100, 100, true);
        model.times(x, y, z).post();
        model.scalar(new IntVar[] {x, y, w}, new int[] {3, -2, 1}, "=", 17).post();
        model.arithm(z, ">=", 40).post();
        model.distance(x, y, "<", 10).post();
        IntVar cost = model.intVar("cost", -10_000, 10_000, true);
        model.scalar(new IntVar[] {x, y, z, w}, new int[] {2, 3, 1, -1}, "=", cost).post();
        model.setObjective(Model.MINIMIZE, cost);
        model.getSolver().setSearch(Search.minDomLBSearch(x, y, w));
        return new Problem(model, x, y, z, w);
    }

    static Problem sparseDomains(IEnvironment env) {
        Model model = new Model(env, "sparse");
        int[] values = {1, 3, 7, 40, 100, 2_000, 9_000, 50_000};
        IntVar[] v = new IntVar[5];
        for (int i = 0; i < v.length; i++) {
            v[i] = model.intVar("v" + i, values);
        }
        model.allDifferent(v).post();
        model.sum(v, "<=", 11_200).post();
        model.arithm(v[0], "<", v[4]).post();
        model.member(v[2], new int[] {3, 40, 2_000, 50_000}).post();
        model.getSolver().setSearch(Search.inputOrderLBSearch(v));
        return new Problem(model, v);
    }

    static Problem setPartition(IEnvironment env) {
        Model model = new Model(env, "sets");
        int[] universe = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        SetVar all = model.setVar("all", universe);
        SetVar[] parts = new SetVar[3];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = model.setVar("p" + i, new int[0], universe);
            model.sum(parts[i], model.intVar(15)).post();
            model.notEmpty(parts[i]).post();
        }
        model.partition(parts, all).post();
        model.member(1, parts[0]).post();
        model.setLt(parts[1], parts[2]).post();
        IntVar[] sizes = new IntVar[3];
        for (int i = 0; i < 3; i++) {
            sizes[i] = parts[i].getCard();
        }
        model.arithm(sizes[0], "<=", 4).post();
        model.getSolver().setSearch(Search.setVarSearch(parts));
        return new Problem(model, parts);
    }

    static Problem jobShop(IEnvironment env) {
        Model model = new Model(env, "job shop");
        int[][] machine = {{0, 1, 2, 3}, {1, 0, 3, 2}, {2, 3, 0, 1}, {3, 2, 1, 0}};
        int[][] duration = {{3, 2, 2, 4}, {2, 4, 3, 1}, {4, 1, 3, 2}, {2, 3, 1, 3}};
        int horizon = 50;
        IntVar[][] start = new IntVar[4][4];
        Task[][] onMachine = new Task[4][4];
        int[] filled = new int[4];
        IntVar makespan = model.intVar("makespan", 0, horizon);
        for (int j = 0; j < 4; j++) {
            for (int k = 0; k < 4; k++) {
                start[j][k] = model.intVar("s" + j + k, 0, horizon);
                Task task = new Task(start[j][k], duration[j][k]);
                onMachine[machine[j][k]][filled[machine[j][k]]++] = task;
                if (k > 0) {
                    model.arithm(start[j][k - 1], "+", model.intVar(duration[j][k - 1]), "<=", start[j][k]).post();
                }
            }
            model.arithm(start[j][3], "+", model.intVar(duration[j][3]), "<=", makespan).post();
        }
        IntVar one = model.intVar(1);
        for (int m = 0; m < 4; m++) {
            model.cumulative(onMachine[m], new IntVar[] {one, one, one, one}, one).post();
        }
        IntVar[] all = new IntVar[17];
        for (int j = 0; j < 4; j++) {
            System.arraycopy(start[j], 0, all, 4 * j, 4);
        }
        all[16] = makespan;
        model.setObjective(Model.MINIMIZE, makespan);
        model.getSolver().setSearch(Search.inputOrderLBSearch(all));
        return new Problem(model, all);
    }

    private static int[][] petersen() {
        int[][] edges = new int[15][];
        for (int i = 0; i < 5; i++) {
            edges[3 * i] = new int[] {i, (i + 1) % 5};
            edges[3 * i + 1] = new int[] {i, i + 5};
            edges[3 * i + 2] = new int[] {i + 5, (i + 2) % 5 + 5};
        }
        return edges;
    }

    /** Outer pentagon 0..4, inner pentagon 15..19, and between them a ring of ten 5..14. */
    private static int[][] dodecahedron() {
        int[][] edges = new int[30][];
        for (int i = 0; i < 5; i++) {
            edges[6 * i] = new int[] {i, (i + 1) % 5};
            edges[6 * i + 1] = new int[] {i, 5 + 2 * i};
            edges[6 * i + 2] = new int[] {5 + 2 * i, 6 + 2 * i};
            edges[6 * i + 3] = new int[] {6 + 2 * i, 5 + (2 * i + 2) % 10};
            edges[6 * i + 4] = new int[] {6 + 2 * i, 15 + i};
            edges[6 * i + 5] = new int[] {15 + i, 15 + (i + 1) % 5};
        }
        return edges;
    }

    /** Kernel: every node, no edge; envelope: the given edges. */
    private static UndirectedGraphVar allNodesGraphVar(Model model, int n, int[][] edges, SetType nodeSets, SetType edgeSets) {
        int[] nodes = new int[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = i;
        }
        UndirectedGraph kernel = GraphFactory.makeStoredUndirectedGraph(model, n, nodeSets, edgeSets, nodes, new int[0][]);
        UndirectedGraph envelope = GraphFactory.makeStoredUndirectedGraph(model, n, nodeSets, edgeSets, nodes, edges);
        return model.graphVar("g", kernel, envelope);
    }

    /**
     * Edge sets are stored linked lists, whose changes Choco undoes by {@code IOperation}s saved in
     * the environment; node sets are bipartite sets (a swapped array and a stored size).
     */
    static Problem spanningTrees(IEnvironment env) {
        Model model = new Model(env, "spanning trees");
        UndirectedGraphVar g = allNodesGraphVar(model, 10, PETERSEN, SetType.BIPARTITESET, SetType.LINKED_LIST);
        model.tree(g).post();
        model.getSolver().setSearch(Search.graphVarSearch(g));
        return new Problem(model, g);
    }

    /**
     * Edge sets are stored bit sets (Choco's {@code S64BitSet}: stored longs and a stored word
     * count); node sets are small bipartite sets.
     */
    static Problem hamiltonianCycles(IEnvironment env) {
        Model model = new Model(env, "hamiltonian cycles");
        UndirectedGraphVar g = allNodesGraphVar(model, 20, DODECAHEDRON, SetType.SMALLBIPARTITESET, SetType.BITSET);
        model.minDegree(g, 2).post();
        model.maxDegree(g, 2).post();
        model.cycle(g).post();
        model.getSolver().setSearch(Search.graphVarSearch(g));
        return new Problem(model, g);
    }

    /**
     * Random distances on the complete graph; mode 1 of the tsp constraint prunes edges by a
     * Lagrangian one-tree bound from the root node on, so tours fail on cost, not only on shape.
     */
    static Problem travellingSalesman(IEnvironment env) {
        // tsp(...) takes the propagators of a cycle constraint it never posts, which Choco warns about.
        Model model = new Model(env, "tsp", Settings.init().setCheckDeclaredConstraints(false));
        int n = 10;
        Random random = new Random(17);
        int[][] distance = new int[n][n];
        int[][] edges = new int[n * (n - 1) / 2][];
        for (int k = 0, i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++, k++) {
                distance[i][j] = distance[j][i] = 10 + random.nextInt(90);
                edges[k] = new int[] {i, j};
            }
        }
        UndirectedGraphVar g = allNodesGraphVar(model, n, edges, SetType.BIPARTITESET, SetType.BITSET);
        IntVar length = model.intVar("length", 0, 100 * n);
        model.tsp(g, length, distance, 1).post();
        model.setObjective(Model.MINIMIZE, length);
        model.getSolver().setSearch(Search.graphVarSearch(g));
        return new Problem(model, g, length);
    }

    /** Directed graphs store successor and predecessor sets, here linked lists and bit sets. */
    static Problem arborescences(IEnvironment env, int n) {
        Model model = new Model(env, "arborescences");
        DirectedGraph kernel = GraphFactory.makeStoredAllNodesDirectedGraph(model, n, SetType.BIPARTITESET,
                SetType.LINKED_LIST, false);
        DirectedGraph envelope = GraphFactory.makeCompleteStoredDirectedGraph(model, n, SetType.BIPARTITESET,
                SetType.BITSET, false);
        DirectedGraphVar g = model.digraphVar("g", kernel, envelope);
        model.directedTree(g, 0).post();
        model.getSolver().setSearch(Search.graphVarSearch(g));
        return new Problem(model, g);
    }

    /**
     * Nodes enter and leave the graph too: a node-induced graph variable gains every envelope edge
     * between its kernel nodes, and its weight is channelled to Boolean variables.
     */
    static Problem connectedCells(IEnvironment env) {
        Model model = new Model(env, "connected cells");
        int side = 4;
        int n = side * side;
        int[] weights = {3, -2, 5, 1, -4, 6, -1, 2, 4, -3, 2, 7, -5, 1, 3, -2};
        UndirectedGraph kernel = GraphFactory.makeStoredUndirectedGraph(model, n, SetType.BITSET, SetType.BIPARTITESET,
                new int[0], new int[0][]);
        UndirectedGraph envelope = GraphFactory.makeStoredAllNodesUndirectedGraph(model, n, SetType.BITSET,
                SetType.BIPARTITESET, false);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                if (c + 1 < side) {
                    envelope.addEdge(r * side + c, r * side + c + 1);
                }
                if (r + 1 < side) {
                    envelope.addEdge(r * side + c, (r + 1) * side + c);
                }
            }
        }
        UndirectedGraphVar g = model.nodeInducedGraphVar("g", kernel, envelope);
        model.connected(g).post();
        model.nbNodes(g, model.intVar(6)).post();
        BoolVar[] chosen = model.boolVarArray("cell", n);
        model.nodesChanneling(g, chosen).post();
        IntVar weight = model.intVar("weight", -100, 100);
        model.scalar(chosen, weights, "=", weight).post();
        model.setObjective(Model.MAXIMIZE, weight);
        model.getSolver().setSearch(Search.inputOrderUBSearch(chosen));
        return new Problem(model, g, weight);
    }

    /**
     * CSPLib prob001's example: 10 cars of 6 classes, 5 options with capacities 1/2, 2/3, 1/3, 2/5
     * and 1/5 (at most p cars with the option in any q consecutive ones).
     */
    static Problem carSequencing(IEnvironment env) {
        Model model = new Model(env, "car sequencing");
        int[] demand = {1, 1, 2, 2, 2, 2};
        int[][] options = {{1, 0, 1, 1, 0}, {0, 0, 0, 1, 0}, {0, 1, 0, 0, 1}, {0, 1, 0, 1, 0}, {1, 0, 1, 0, 0}, {1, 1, 0, 0, 0}};
        int[] atMost = {1, 2, 1, 2, 1};
        int[] outOf = {2, 3, 3, 5, 5};
        int cars = 10;
        int classes = demand.length;
        IntVar[] slot = model.intVarArray("car", cars, 0, classes - 1);
        int[] classIds = new int[classes];
        IntVar[] perClass = new IntVar[classes];
        for (int c = 0; c < classes; c++) {
            classIds[c] = c;
            perClass[c] = model.intVar(demand[c]);
        }
        model.globalCardinality(slot, classIds, perClass, true).post();
        for (int o = 0; o < atMost.length; o++) {
            int[] has = new int[classes];
            int required = 0;
            for (int c = 0; c < classes; c++) {
                has[c] = options[c][o];
                required += demand[c] * has[c];
            }
            BoolVar[] fitted = model.boolVarArray("o" + o, cars);
            for (int i = 0; i < cars; i++) {
                model.element(fitted[i], has, slot[i]).post();
            }
            for (int i = 0; i + outOf[o] <= cars; i++) {
                BoolVar[] window = new BoolVar[outOf[o]];
                System.arraycopy(fitted, i, window, 0, outOf[o]);
                model.sum(window, "<=", atMost[o]).post();
            }
            model.sum(fitted, "=", required).post();
        }
        model.getSolver().setSearch(Search.inputOrderLBSearch(slot));
        return new Problem(model, slot);
    }
}
