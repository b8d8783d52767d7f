package dev.worlds.samples.nqueens;

import dev.worlds.samples.Args;
import dev.worlds.samples.Progress;
import dev.worlds.samples.ThreadsOption;
import java.io.PrintStream;
import java.util.List;

/**
 * The nqueens sample: counts the solutions for n queens and checks the count against the known one;
 * with {@code --threads N}, on N threads ({@link ParallelNQueens}).
 */
public final class NQueensSample {
    /** Default n: about a second of search. */
    public static final int DEFAULT_N = 12;

    private NQueensSample() {
    }

    public static int run(List<String> commandLine, PrintStream out) {
        ThreadsOption threads = ThreadsOption.take(commandLine);
        List<String> args = threads.arguments();
        Args.atMost(args, 1);
        int n = Args.intArg(args, 0, "n", DEFAULT_N, 1, NQueens.MAX_N);
        if (threads.parallel()) {
            return inParallel(n, threads.threads(), out);
        }
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

    /** The same search and report on {@code threads} threads, a board per thread. */
    private static int inParallel(int n, int threads, PrintStream out) {
        long start = System.nanoTime();
        ParallelNQueens.Count count = ParallelNQueens.count(n, threads);
        long elapsed = System.nanoTime() - start;
        long known = NQueens.knownCount(n);
        out.printf("nqueens: n=%d: %,d %s in %s on %d %s (%,d placements, one world each)%n", n, count.solutions(),
                count.solutions() == 1 ? "solution" : "solutions", Args.seconds(elapsed), threads,
                threads == 1 ? "thread" : "threads", count.placements());
        if (count.firstSolution() != null && n <= 12) {
            out.print("first solution:\n" + NQueens.board(count.firstSolution()));
        }
        if (count.solutions() != known) {
            out.printf("nqueens: WRONG: the known count for n=%d is %,d%n", n, known);
            return 1;
        }
        out.printf("nqueens: matches the known count; boards empty again after the search: %s%n", count.boardsEmpty());
        return count.boardsEmpty() ? 0 : 1;
    }
}
