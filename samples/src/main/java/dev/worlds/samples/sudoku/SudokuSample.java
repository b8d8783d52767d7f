package dev.worlds.samples.sudoku;

import dev.worlds.samples.Args;
import dev.worlds.samples.Progress;
import dev.worlds.samples.ThreadsOption;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sudoku sample: with no argument, solves the built-in hardest published puzzles and prints
 * their solutions; with a file, solves every puzzle in it (one per line). Each puzzle is searched
 * for up to two solutions, which tells a unique solution from several. With {@code --threads N}
 * each puzzle is searched on N threads ({@link ParallelSudoku}).
 */
public final class SudokuSample {
    /** Up to this many puzzles, each solution is printed; beyond, a summary and the problems only. */
    static final int PRINT_EACH_UP_TO = 20;

    private SudokuSample() {
    }

    /** Solves a puzzle for up to {@code limit} solutions: the sequential solver, or the parallel search. */
    private interface Solver {
        SudokuSolver.Result solve(int[] givens, int limit);
    }

    public static int run(List<String> commandLine, PrintStream out) {
        ThreadsOption threads = ThreadsOption.take(commandLine);
        List<String> args = threads.arguments();
        Args.atMost(args, 1);
        Solver solver = threads.parallel()
                ? (givens, limit) -> ParallelSudoku.solve(givens, limit, threads.threads())
                : new SudokuSolver()::solve;
        if (args.isEmpty()) {
            return builtIn(solver, out);
        }
        Path file = Path.of(args.get(0));
        return fromFile(file, PuzzleFile.read(file), solver, out);
    }

    private static int builtIn(Solver solver, PrintStream out) {
        int failures = 0;
        long totalNanos = 0;
        for (HardPuzzles.Puzzle puzzle : HardPuzzles.ALL) {
            int[] givens = Grid.parse(puzzle.cells());
            SudokuSolver.Result result = solver.solve(givens, 2);
            totalNanos += result.nanos();
            boolean ok = result.solutions() == 1 && Grid.isSolution(givens, result.solution());
            failures += ok ? 0 : 1;
            out.printf("%-17s %s  %s, %,d choice points, %.1f ms%n", puzzle.name() + ":",
                    result.solved() ? result.solution() : "-".repeat(81), describe(result), result.choicePoints(),
                    result.nanos() / 1e6);
            if (puzzle == HardPuzzles.ALL.get(0) && result.solved()) {
                out.print(Grid.format(result.solution()));
            }
        }
        out.printf("sudoku: %d hardest published puzzles in %s, %d solved with a unique, valid solution%n",
                HardPuzzles.ALL.size(), Args.seconds(totalNanos), HardPuzzles.ALL.size() - failures);
        return failures == 0 ? 0 : 1;
    }

    private static int fromFile(Path file, List<PuzzleFile.Entry> puzzles, Solver solver, PrintStream out) {
        Progress progress = Progress.onStderr("sudoku: ");
        long choicePoints = 0;
        boolean printEach = puzzles.size() <= PRINT_EACH_UP_TO;
        List<String> problems = new ArrayList<>();
        int unsolved = 0;
        int several = 0;
        long start = System.nanoTime();
        for (int i = 0; i < puzzles.size(); i++) {
            PuzzleFile.Entry puzzle = puzzles.get(i);
            SudokuSolver.Result result = solver.solve(puzzle.givens(), 2);
            choicePoints += result.choicePoints();
            String where = file + " line " + puzzle.line();
            if (!result.solved()) {
                unsolved++;
            } else if (result.solutions() > 1) {
                several++;
            }
            if (result.solved() && !Grid.isSolution(puzzle.givens(), result.solution())) {
                throw new IllegalStateException("bug: invalid solution for " + where + ": " + result.solution());
            }
            String line = where + ": " + (result.solved() ? result.solution() + "  " : "") + describe(result);
            if (printEach) {
                out.println(line);
            } else if (result.solutions() != 1) {
                problems.add(line);
            }
            int done = i + 1;
            long choicePointsSoFar = choicePoints;
            progress.update(() -> String.format("%,d of %,d puzzles, %,d choice points", done, puzzles.size(),
                    choicePointsSoFar));
        }
        long elapsed = System.nanoTime() - start;
        progress.done();
        problems.stream().limit(PRINT_EACH_UP_TO).forEach(out::println);
        if (problems.size() > PRINT_EACH_UP_TO) {
            out.printf("... and %,d more without a unique solution%n", problems.size() - PRINT_EACH_UP_TO);
        }
        out.printf("sudoku: %,d puzzles from %s in %s (%.2f ms each): %,d solved (%,d unique, %,d with several "
                + "solutions), %,d without solution; %,d choice points%n", puzzles.size(), file, Args.seconds(elapsed),
                elapsed / 1e6 / puzzles.size(), puzzles.size() - unsolved, puzzles.size() - unsolved - several, several,
                unsolved, choicePoints);
        return unsolved == 0 ? 0 : 1;
    }

    private static String describe(SudokuSolver.Result result) {
        return switch (result.solutions()) {
            case 0 -> "no solution";
            case 1 -> "unique solution";
            default -> "several solutions (one shown)";
        };
    }
}
