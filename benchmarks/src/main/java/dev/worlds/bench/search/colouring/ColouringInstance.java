package dev.worlds.bench.search.colouring;

import java.util.List;

/**
 * A graph of {@code CollectionSearchBenchmark} with its chromatic number, and the check the
 * benchmark runs on it: prove that {@code chromatic - 1} colours are not enough, then find a
 * colouring with {@code chromatic}. The node counts are those of the one search every variant
 * runs; a variant that explores another tree is wrong.
 */
public record ColouringInstance(String name, ColouringGraph graph, int chromatic, long nodesProving, long nodesFinding) {
    /** queen6_6: 36 vertices, 290 edges, chromatic number 7 (DIMACS). */
    public static final ColouringInstance QUEEN6_6 = new ColouringInstance("queen6_6", ColouringGraph.queens(6), 7, 295, 3_637);
    /** queen7_7: 49 vertices, 476 edges, chromatic number 7 (DIMACS). */
    public static final ColouringInstance QUEEN7_7 = new ColouringInstance("queen7_7", ColouringGraph.queens(7), 7, 140, 2_846);
    /** myciel4: 23 vertices, 71 edges, triangle-free, chromatic number 5 (DIMACS). */
    public static final ColouringInstance MYCIEL4 = new ColouringInstance("myciel4", ColouringGraph.mycielski(4), 5, 767, 24);
    /** G(50, 0.5) from seed 1: 610 edges, chromatic number 9 (this search proves 8 too few). */
    public static final ColouringInstance RANDOM50 = new ColouringInstance("random50", ColouringGraph.random(50, 0.5, 1), 9,
            1_192, 9_930);

    /** Every instance, in the order of the benchmark's {@code instance} parameter. */
    public static final List<ColouringInstance> ALL = List.of(QUEEN6_6, QUEEN7_7, MYCIEL4, RANDOM50);

    /** The instance called {@code name}, or an exception naming those there are. */
    public static ColouringInstance named(String name) {
        return ALL.stream().filter(instance -> instance.name.equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("unknown instance '" + name + "'; use one of "
                        + ALL.stream().map(ColouringInstance::name).toList()));
    }

    /** Both nodes counts together: the nodes of one {@link #check}. */
    public long nodes() {
        return nodesProving + nodesFinding;
    }

    /** The results of one check: with {@code chromatic - 1} colours, then with {@code chromatic}. */
    public record Check(ColouringResult proving, ColouringResult finding) {
        public long nodes() {
            return proving.nodes() + finding.nodes();
        }
    }

    /** Runs both searches of the check with {@code solver}, without judging them ({@link #verify}). */
    public Check check(ColouringSolver solver) {
        return new Check(solver.solve(graph, chromatic - 1), solver.solve(graph, chromatic));
    }

    /** Null when {@code check} is right (no colouring, then a proper one, each in the expected nodes), else what is wrong. */
    public String verify(Check check) {
        if (check.proving().found()) {
            return name + ": found a colouring with " + (chromatic - 1) + " colours, but the chromatic number is " + chromatic;
        }
        if (!graph.isProperColouring(check.finding().colouring(), chromatic)) {
            return name + ": no proper colouring with " + chromatic + " colours returned";
        }
        if (check.proving().nodes() != nodesProving || check.finding().nodes() != nodesFinding) {
            return name + ": explored " + check.proving().nodes() + " + " + check.finding().nodes() + " nodes, expected "
                    + nodesProving + " + " + nodesFinding;
        }
        return null;
    }

    @Override
    public String toString() {
        return name;
    }
}
