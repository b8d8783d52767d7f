package dev.worlds.bench.search;

import dev.worlds.bench.search.sudoku.HardPuzzles;
import dev.worlds.bench.search.sudoku.HardPuzzles.Puzzle;
import dev.worlds.bench.search.sudoku.SudokuSolver;
import dev.worlds.bench.search.sudoku.SudokuVariants;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Solving the {@link HardPuzzles} set (exploring each whole search tree, so every solution is
 * counted) by propagation over candidate bitmasks in an int[81] and backtracking, in each
 * {@link SearchVariants variant}: {@code worlds} (a plain int[81] written by woven code,
 * {@code Worlds.push()/pop()} per choice point), {@code handUndo} (an explicit (cell, old mask)
 * trail), {@code choco} (81 {@code IStateInt}s, worldPush/worldPop) and {@code copying} (the
 * int[81] cloned per choice point). Score: ms for the whole set; the report gives each variant's
 * ratio to {@code handUndo}.
 *
 * <p>Reproduce: {@code benchmarks/run SudokuBenchmark}, or after a build
 * {@code java -jar benchmarks/target/benchmarks.jar SudokuBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SudokuBenchmark {
    @Param({"worlds", "handUndo", "choco", "copying"})
    public String variant;

    private SudokuSolver solver;
    private int lastSolutions = -1;

    @Setup
    public void createSolver() {
        solver = SudokuVariants.create(variant);
    }

    @Benchmark
    public int solveAll() {
        int solutions = 0;
        for (Puzzle puzzle : HardPuzzles.ALL) {
            solutions += solver.solve(puzzle.cells()).solutions();
        }
        lastSolutions = solutions;
        return solutions;
    }

    /** Every puzzle of the set has exactly one solution: anything else means the variant is wrong. */
    @TearDown
    public void checkSolutions() {
        if (lastSolutions != HardPuzzles.ALL.size()) {
            throw new IllegalStateException(variant + " found " + lastSolutions + " solutions in total, expected "
                    + HardPuzzles.ALL.size());
        }
    }
}
