package dev.worlds.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void plannerRunsEndToEnd() {
        assertEquals(0, run("planner"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("planner: placed 14 meetings"), text);
        assertTrue(text.contains("worlds open now: 0"), text);
    }

    @Test
    void bankRunsEndToEnd() {
        assertEquals(0, run("bank"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("payroll failed"));
    }

    @Test
    void unknownSampleAndBadArgumentsPrintUsage() {
        assertEquals(2, run("chess"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown sample 'chess'"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("planner"));
        err.reset();
        assertEquals(2, run("planner", "many"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: java -jar worlds-samples.jar planner [meetings]"));
        assertEquals(2, run());
    }

    @Test
    void usageListsEverySample() {
        assertEquals(2, run("--help"));
        String usage = err.toString(StandardCharsets.UTF_8);
        for (String sample : new String[] {"planner [meetings]", "bank", "nqueens [n] [--threads N]",
            "sudoku [file] [--threads N]", "knapsack [items] [seed]",
            "colouring [graph | random vertices [density] [seed]]", "choco [n]"}) {
            assertTrue(usage.contains("  " + sample + "\n") || usage.contains("  " + sample + System.lineSeparator()), usage);
        }
        assertFalse(usage.contains("unknown sample"), usage);
    }

    @Test
    void nqueensCountsAndChecks() {
        assertEquals(0, run("nqueens", "6"));
        String text = out();
        assertTrue(text.contains("nqueens: n=6: 4 solutions in"), text);
        assertTrue(text.contains("matches the known count; board empty again after the search: true"), text);
        assertTrue(text.contains(". Q . . . .\n") || text.contains(". Q . . . ." + System.lineSeparator()), text);
    }

    @Test
    void nqueensWithThreadsPrintsTheSameResults() {
        assertEquals(0, run("nqueens", "8"));
        String sequential = out();
        out.reset();
        assertEquals(0, run("nqueens", "--threads", "2", "8"));
        String parallel = out();
        assertTrue(parallel.contains("nqueens: n=8: 92 solutions in "), parallel);
        assertTrue(parallel.contains(" on 2 threads (2,056 placements, one world each)"), parallel);
        assertTrue(sequential.contains("(2,056 placements, one world each)"), sequential);
        assertEquals(sequential.substring(sequential.indexOf("first solution:"), sequential.indexOf("nqueens: matches")),
                parallel.substring(parallel.indexOf("first solution:"), parallel.indexOf("nqueens: matches")));
        assertTrue(parallel.contains("matches the known count; boards empty again after the search: true"), parallel);
        out.reset();
        assertEquals(0, run("nqueens", "6", "--threads=1"));
        assertTrue(out().contains("nqueens: n=6: 4 solutions in "), out());
    }

    @Test
    void threadsOptionBadArguments() {
        assertUsageError("--threads must be between 1 and 1024, got 0", "nqueens", "--threads", "0");
        assertUsageError("--threads needs a number of threads", "nqueens", "8", "--threads");
        assertUsageError("--threads must be a whole number, got 'many'", "sudoku", "--threads=many");
        assertUsageError("unexpected argument '9'", "nqueens", "8", "--threads", "2", "9");
    }

    @Test
    void nqueensBadArguments() {
        assertUsageError("n must be between 1 and 16, got 0", "nqueens", "0");
        assertUsageError("n must be between 1 and 16, got 17", "nqueens", "17");
        assertUsageError("n must be a whole number, got 'eight'", "nqueens", "eight");
        assertUsageError("unexpected argument '9'", "nqueens", "8", "9");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: java -jar worlds-samples.jar nqueens [n]"));
    }

    @Test
    void sudokuSolvesTheBuiltInPuzzles() {
        assertEquals(0, run("sudoku"));
        String text = out();
        assertTrue(text.contains("inkala-2012:      812753649943682175675491283154237896369845721287169534521974368438526917796318452"
                + "  unique solution"), text);
        assertTrue(text.contains("  8 1 2 | 7 5 3 | 6 4 9"), text);
        assertTrue(text.contains("sudoku: 8 hardest published puzzles in "), text);
        assertTrue(text.contains(", 8 solved with a unique, valid solution"), text);
    }

    /** The same lines but for the time each puzzle took. */
    @Test
    void sudokuWithThreadsPrintsTheSameSolutions() {
        assertEquals(0, run("sudoku"));
        String sequential = out().replaceAll(", [0-9.]+ ms|in [0-9.]+ s", "");
        out.reset();
        assertEquals(0, run("sudoku", "--threads", "2"));
        String parallel = out().replaceAll(", [0-9.]+ ms|in [0-9.]+ s", "");
        assertEquals(sequential, parallel);
    }

    @Test
    void sudokuSolvesAFileAndReportsPuzzlesWithoutSolution(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.txt");
        Files.writeString(file, "# a solvable one, one without solution, one with many\n"
                + "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..\n"
                + "55" + ".".repeat(79) + "\n"
                + ".".repeat(81) + "\n");
        assertEquals(1, run("sudoku", file.toString()));
        String text = out();
        assertTrue(text.contains(file + " line 2: 812753649"), text);
        assertTrue(text.contains(file + " line 3: no solution"), text);
        assertTrue(text.contains(file + " line 4: "), text);
        assertTrue(text.contains("several solutions (one shown)"), text);
        out.reset();
        assertEquals(1, run("sudoku", file.toString(), "--threads", "3"));
        String parallel = out();
        assertTrue(parallel.contains(file + " line 2: 812753649"), parallel);
        assertTrue(parallel.contains(file + " line 3: no solution"), parallel);
        assertTrue(parallel.contains("several solutions (one shown)"), parallel);
        assertTrue(text.contains("3 puzzles from " + file), text);
        assertTrue(text.contains("2 solved (1 unique, 1 with several solutions), 1 without solution"), text);
    }

    @Test
    void sudokuWithManyPuzzlesPrintsASummaryAndTheProblems(@TempDir Path dir) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            lines.append(i == 17 ? "55" + ".".repeat(79)
                    : dev.worlds.samples.sudoku.HardPuzzles.ALL.get(i % 8).cells()).append('\n');
        }
        Path file = dir.resolve("many.txt");
        Files.writeString(file, lines);
        assertEquals(1, run("sudoku", file.toString()));
        String text = out();
        assertEquals(2, text.lines().count(), text);
        assertTrue(text.startsWith(file + " line 18: no solution"), text);
        assertTrue(text.contains("30 puzzles from " + file), text);
        assertTrue(text.contains("29 solved (29 unique, 0 with several solutions), 1 without solution"), text);
    }

    @Test
    void sudokuBadFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "# fine\n" + ".".repeat(81) + "\n" + ".".repeat(80) + "\n");
        assertUsageError(file + " line 3: expected 81 cells (digits 1-9, '.' or '0' for empty), got 80", "sudoku",
                file.toString());
        assertUsageError("no such file: " + dir.resolve("none.txt"), "sudoku", dir.resolve("none.txt").toString());
    }

    @Test
    void knapsackAgreesWithDynamicProgramming() {
        assertEquals(0, run("knapsack", "30", "2"));
        String text = out();
        assertTrue(text.contains("knapsack: 30 items (seed 2)"), text);
        assertTrue(text.contains("dynamic programming agrees"), text);
        assertTrue(text.contains("state empty again after the search: true"), text);
        assertUsageError("items must be between 1 and 10000, got 0", "knapsack", "0");
        assertUsageError("seed must be a whole number, got 'x'", "knapsack", "10", "x");
    }

    @Test
    void colouringKnownAndRandomGraphs() {
        assertEquals(0, run("colouring", "petersen"));
        assertTrue(out().contains("petersen (10 vertices, 15 edges): chromatic number 3 (clique bound 2), as known"));
        this.out.reset();
        assertEquals(0, run("colouring", "random", "20", "0.4", "3"));
        assertTrue(out().contains("random(20, 0.4, seed 3) (20 vertices, "), out());
        assertUsageError("unknown graph 'k5'; known graphs: petersen, myciel3, myciel4, myciel5, queen5_5, queen6_6, "
                + "queen7_7, or random <vertices> [density] [seed]", "colouring", "k5");
        assertUsageError("random needs the number of vertices", "colouring", "random");
        assertUsageError("density must be between 0.0 and 1.0, got 2", "colouring", "random", "10", "2");
    }

    @Test
    void chocoSolvesTheSameOnBothEnvironments() {
        assertEquals(0, run("choco", "6"));
        String text = out();
        assertTrue(text.contains("choco: 6 queens, every solution"), text);
        assertTrue(text.matches("(?s).*EnvironmentTrailing +4 .*"), text);
        assertTrue(text.matches("(?s).*WorldsEnvironment +4 .*"), text);
        assertTrue(text.contains("the same search with both environments; every world closed"), text);
        assertUsageError("n must be between 4 and 13, got 3", "choco", "3");
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private void assertUsageError(String message, String... args) {
        err.reset();
        assertEquals(2, run(args), String.join(" ", args));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith(args[0] + ": " + message), text);
        assertTrue(text.contains("usage: java -jar worlds-samples.jar " + args[0]), text);
    }
}
