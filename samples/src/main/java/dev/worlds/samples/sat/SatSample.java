package dev.worlds.samples.sat;

import dev.worlds.Worlds;
import dev.worlds.samples.Args;
import java.io.PrintStream;
import java.util.List;

/**
 * The sat sample: n queens in the SAT4J solver, a library woven by the build. Counts the solutions
 * in a world that is then rolled back, then asks a what-if per column of the first row on the same
 * live solver, and checks that the parts add up to the whole and the solver is as it was.
 */
public final class SatSample {
    static final int DEFAULT_N = 8;
    static final int MAX_N = 10;
    private static final long[] KNOWN = {1, 0, 0, 2, 10, 4, 40, 92, 352, 724};

    private SatSample() {
    }

    public static int run(List<String> args, PrintStream out) {
        Args.atMost(args, 1);
        int n = Args.intArg(args, 0, "n", DEFAULT_N, 1, MAX_N);
        long start = System.nanoTime();
        QueensSat queens = new QueensSat(n);
        out.printf("sat: %d queens as %,d clauses in SAT4J (woven by the build from the unchanged jar)%n", n,
                queens.clauses());
        int all = queens.countSolutions();
        out.printf("sat: %,d solutions, each excluded by a new clause inside one world; after its rollback the"
                + " solver has %,d clauses again%n", all, queens.clauses());
        int sum = 0;
        StringBuilder perColumn = new StringBuilder();
        for (int column = 0; column < n; column++) {
            int some = queens.countWithFirstQueenIn(column);
            sum += some;
            perColumn.append(column == 0 ? "" : " + ").append(some);
        }
        out.printf("sat: what if the first queen stands in column 1..%d, each asked in a world of its own: %s = %,d%n",
                n, perColumn, sum);
        boolean right = all == KNOWN[n - 1] && sum == all && queens.clauses() == queens.problemClauses()
                && Worlds.depth() == 0;
        out.printf("sat: %s (known count %,d) in %s%n", right ? "right" : "WRONG", KNOWN[n - 1],
                Args.seconds(System.nanoTime() - start));
        return right ? 0 : 1;
    }
}
