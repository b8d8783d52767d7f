package dev.worlds.samples.nqueens;

import dev.worlds.samples.Args;
import dev.worlds.samples.Progress;
import java.io.PrintStream;
import java.util.List;

/** The nqueens sample: counts the solutions for n queens and checks the count against the known one. */
public final class NQueensSample {
    /** Default n: about a second of search. */
    public static final int DEFAULT_N = 12;

    private NQueensSample() {
    }

    public static int run(List<String> args, PrintStream out) {
        Args.atMost(args, 1);
        int n = Args.intArg(args, 0, "n", DEFAULT_N, 1, NQueens.MAX_N);
        NQueens queens = new NQueens(n).withProgress(Progress.onStderr("nqueens: "));
        long start = System.nanoTime();
        long solutions = queens.countSolutions();
        long elapsed = System.nanoTime() - start;
        long known = NQueens.knownCount(n);
        out.printf("nqueens: n=%d: %,d %s in %s (%,d placements, one world each)%n",
                n, solutions, solutions == 1 ? "solution" : "solutions", Args.seconds(elapsed), queens.nodes());
        int[] first = queens.firstSolution();
        if (first != null && n <= 12) {
            out.print("first solution:\n" + NQueens.board(first));
        }
        if (solutions != known) {
            out.printf("nqueens: WRONG: the known count for n=%d is %,d%n", n, known);
            return 1;
        }
        out.printf("nqueens: matches the known count; board empty again after the search: %s%n", queens.isEmptyBoard());
        return queens.isEmptyBoard() ? 0 : 1;
    }
}
