package dev.worlds.samples;

import dev.worlds.samples.bank.BankSample;
import dev.worlds.samples.choco.ChocoSample;
import dev.worlds.samples.colouring.ColouringSample;
import dev.worlds.samples.knapsack.KnapsackSample;
import dev.worlds.samples.nqueens.NQueensSample;
import dev.worlds.samples.sudoku.SudokuSample;
import dev.worlds.samples.planner.PlannerSample;
import dev.worlds.samples.sat.SatSample;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** {@code java -jar worlds-samples.jar <sample> [args]}: runs one of the Worlds samples. */
public final class Main {
    private static final Map<String, Sample> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("planner", new Sample("[meetings]", "places meetings into rooms by backtracking search (default 14)",
                PlannerSample::run));
        SAMPLES.put("bank", new Sample("", "speculative transfers and an all-or-nothing payroll", BankSample::run));
        SAMPLES.put("nqueens", new Sample("[n] [--threads N]",
                "counts the solutions of n queens, 1 <= n <= 16 (default 12); --threads: in parallel on N threads",
                NQueensSample::run));
        SAMPLES.put("sudoku", new Sample("[file] [--threads N]",
                "solves the hardest published 9x9 puzzles, or a file of puzzles (81 cells per line, '.' or 0 empty);"
                        + " --threads: each puzzle in parallel on N threads",
                SudokuSample::run));
        SAMPLES.put("knapsack", new Sample("[items] [seed]",
                "0/1 knapsack by branch and bound, checked by dynamic programming (default 70 items, seed 1)",
                KnapsackSample::run));
        SAMPLES.put("colouring", new Sample("[graph | random vertices [density] [seed]]",
                "chromatic number of petersen, myciel3-5, queen5_5-7_7 (all by default) or of a random graph",
                ColouringSample::run));
        SAMPLES.put("choco", new Sample("[n]",
                "n queens (4..13, default 10) in the Choco solver, on Choco's trailing and on WorldsEnvironment side by side",
                ChocoSample::run));
        SAMPLES.put("sat", new Sample("[n]",
                "n queens (1..10, default 8) in the SAT4J solver, woven from its unchanged jar: all solutions in a world,"
                        + " then a what-if per column, each rolled back",
                SatSample::run));
    }

    private record Sample(String arguments, String description, BiFunction<List<String>, PrintStream, Integer> body) {
    }

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a sample and returns the process exit code (2 for a usage error). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !SAMPLES.containsKey(args[0])) {
            if (args.length > 0 && !args[0].equals("--help")) {
                err.println("unknown sample '" + args[0] + "'");
            }
            err.println("usage: java -jar worlds-samples.jar <sample> [args]");
            SAMPLES.forEach((name, sample) -> err.printf("  %s%n      %s%n", (name + " " + sample.arguments()).strip(),
                    sample.description()));
            return 2;
        }
        try {
            return SAMPLES.get(args[0]).body().apply(Arrays.asList(args).subList(1, args.length), out);
        } catch (IllegalArgumentException e) {
            err.println(args[0] + ": " + e.getMessage());
            err.println("usage: java -jar worlds-samples.jar " + args[0] + " " + SAMPLES.get(args[0]).arguments());
            return 2;
        }
    }
}
