package dev.worlds.samples.colouring;

import dev.worlds.samples.Args;
import dev.worlds.samples.Progress;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The colouring sample: the chromatic number of well-known graphs (checked against their known
 * values), of one of them by name, or of a random graph.
 */
public final class ColouringSample {
    /** The built-in graphs and their known chromatic numbers. */
    record Known(Supplier<Graph> graph, int chromaticNumber) {
    }

    static final Map<String, Known> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("petersen", new Known(Graph::petersen, 3));
        KNOWN.put("myciel3", new Known(() -> Graph.mycielski(3), 4));
        KNOWN.put("myciel4", new Known(() -> Graph.mycielski(4), 5));
        KNOWN.put("myciel5", new Known(() -> Graph.mycielski(5), 6));
        KNOWN.put("queen5_5", new Known(() -> Graph.queen(5), 5));
        KNOWN.put("queen6_6", new Known(() -> Graph.queen(6), 7));
        KNOWN.put("queen7_7", new Known(() -> Graph.queen(7), 7));
    }

    private ColouringSample() {
    }

    public static int run(List<String> args, PrintStream out) {
        if (args.isEmpty()) {
            int wrong = 0;
            for (Map.Entry<String, Known> entry : KNOWN.entrySet()) {
                wrong += colour(entry.getValue().graph().get(), entry.getValue().chromaticNumber(), out) ? 0 : 1;
            }
            out.printf("colouring: %d graphs, %d with the known chromatic number%n", KNOWN.size(), KNOWN.size() - wrong);
            return wrong == 0 ? 0 : 1;
        }
        if (args.get(0).equals("random")) {
            Args.atMost(args, 4);
            if (args.size() < 2) {
                throw new IllegalArgumentException("random needs the number of vertices");
            }
            int vertices = Args.intArg(args, 1, "vertices", 0, 1, 200);
            double density = Args.doubleArg(args, 2, "density", 0.5, 0, 1);
            long seed = Args.longArg(args, 3, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
            return colour(Graph.random(vertices, density, seed), 0, out) ? 0 : 1;
        }
        Args.atMost(args, 1);
        Known known = KNOWN.get(args.get(0));
        if (known == null) {
            throw new IllegalArgumentException("unknown graph '" + args.get(0) + "'; known graphs: "
                    + String.join(", ", KNOWN.keySet()) + ", or random <vertices> [density] [seed]");
        }
        return colour(known.graph().get(), known.chromaticNumber(), out) ? 0 : 1;
    }

    /** Colours the graph and prints the result; false if it is wrong (0 for {@code expected}: unknown). */
    private static boolean colour(Graph graph, int expected, PrintStream out) {
        long start = System.nanoTime();
        Colouring.Chromatic result = Colouring.chromaticNumber(graph, Progress.onStderr("colouring " + graph.name() + ": "));
        long elapsed = System.nanoTime() - start;
        boolean proper = graph.isProperColouring(result.colouring());
        out.printf("%-30s chromatic number %d (clique bound %d)%s, %,d nodes in %s%s%n", graph + ":",
                result.colours(), result.lowerBound(), expected == 0 ? "" : expected == result.colours() ? ", as known"
                        : ", WRONG: known to be " + expected, result.nodes(), Args.seconds(elapsed),
                proper ? "" : ", NOT A PROPER COLOURING");
        return proper && (expected == 0 || expected == result.colours());
    }
}
