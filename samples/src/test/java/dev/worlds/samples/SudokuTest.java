package dev.worlds.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import dev.worlds.samples.sudoku.Grid;
import dev.worlds.samples.sudoku.HardPuzzles;
import dev.worlds.samples.sudoku.ParallelSudoku;
import dev.worlds.samples.sudoku.PuzzleFile;
import dev.worlds.samples.sudoku.SudokuSolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SudokuTest {
    private static final String INKALA_SOLUTION =
            "812753649943682175675491283154237896369845721287169534521974368438526917796318452";

    private final SudokuSolver solver = new SudokuSolver();

    @Test
    void everyBuiltInPuzzleHasExactlyOneValidSolution() {
        assertEquals(8, HardPuzzles.ALL.size());
        for (HardPuzzles.Puzzle puzzle : HardPuzzles.ALL) {
            int[] givens = Grid.parse(puzzle.cells());
            SudokuSolver.Result result = solver.solve(givens, 2);
            assertEquals(1, result.solutions(), puzzle.name() + " has exactly one solution");
            assertTrue(Grid.isSolution(givens, result.solution()), puzzle.name() + ": " + result.solution());
            assertTrue(result.choicePoints() > 0, puzzle.name() + " needs search, not just propagation");
        }
        SudokuSolver.Result inkala = solver.solve(Grid.parse(HardPuzzles.ALL.get(0).cells()), 1);
        assertEquals(INKALA_SOLUTION, inkala.solution());
    }

    /** Without the woven barriers the candidates would stay narrowed by the last search. */
    @Test
    void theCandidatesAreAllDigitsAgainOnlyBecauseTheWorldsRolledThemBack() {
        int[] allDigits = new int[81];
        Arrays.fill(allDigits, 0x1FF);
        for (HardPuzzles.Puzzle puzzle : HardPuzzles.ALL) {
            solver.solve(Grid.parse(puzzle.cells()), 2);
            assertArrayEquals(allDigits, solver.candidates(), puzzle.name());
            assertEquals(0, Worlds.depth());
        }
    }

    @Test
    void contradictoryGivensHaveNoSolution() {
        String twoFivesInRowOne = "55" + ".".repeat(79);
        SudokuSolver.Result result = solver.solve(Grid.parse(twoFivesInRowOne), 2);
        assertEquals(0, result.solutions());
        assertNull(result.solution());
        // Row one needs a 9 in its last cell, which the 9 below it in the same box and column forbids.
        String noNine = "12345678." + "........9" + ".".repeat(63);
        assertEquals(0, solver.solve(Grid.parse(noNine), 2).solutions());
    }

    @Test
    void aPuzzleWithSeveralSolutionsIsReportedAsSuch() {
        SudokuSolver.Result empty = solver.solve(new int[81], 2);
        assertEquals(2, empty.solutions(), "the count stops at the limit");
        assertTrue(Grid.isSolution(new int[81], empty.solution()));
        assertEquals(1, solver.solve(new int[81], 1).solutions());
    }

    /** A search for two solutions of a puzzle with one explores the whole tree: the same choice points. */
    @Test
    void theParallelSearchFindsWhatTheSequentialOneFinds() {
        for (int threads : new int[] {1, 2, 4}) {
            for (HardPuzzles.Puzzle puzzle : HardPuzzles.ALL) {
                int[] givens = Grid.parse(puzzle.cells());
                SudokuSolver.Result sequential = solver.solve(givens, 2);
                SudokuSolver.Result parallel = ParallelSudoku.solve(givens, 2, threads);
                assertEquals(1, parallel.solutions(), puzzle.name());
                assertEquals(sequential.solution(), parallel.solution(), puzzle.name());
                assertEquals(sequential.choicePoints(), parallel.choicePoints(), puzzle.name() + ", " + threads + " threads");
            }
        }
    }

    @Test
    void theParallelSearchStopsAtTheLimitAndSeesContradictions() {
        SudokuSolver.Result empty = ParallelSudoku.solve(new int[81], 2, 4);
        assertEquals(2, empty.solutions(), "the count stops at the limit");
        assertTrue(Grid.isSolution(new int[81], empty.solution()));
        SudokuSolver.Result contradiction = ParallelSudoku.solve(Grid.parse("55" + ".".repeat(79)), 2, 2);
        assertEquals(0, contradiction.solutions());
        assertNull(contradiction.solution());
        assertEquals(0, contradiction.choicePoints());
    }

    @Test
    void parseSaysWhatIsWrong() {
        assertEquals("expected 81 cells (digits 1-9, '.' or '0' for empty), got 80",
                assertThrows(IllegalArgumentException.class, () -> Grid.parse(".".repeat(80))).getMessage());
        assertEquals("character 'x' at column 3 is not a digit 1-9 or '.'/'0' for an empty cell",
                assertThrows(IllegalArgumentException.class, () -> Grid.parse("12x" + ".".repeat(78))).getMessage());
        assertArrayEquals(Grid.parse("0".repeat(81)), Grid.parse("  " + ".".repeat(81) + "\t"));
    }

    @Test
    void isSolutionChecksRowsColumnsBoxesAndGivens() {
        int[] none = new int[81];
        assertTrue(Grid.isSolution(none, INKALA_SOLUTION));
        String swappedInRow = "182753649" + INKALA_SOLUTION.substring(9);   // rows fine, columns and boxes broken
        assertFalse(Grid.isSolution(none, swappedInRow));
        int[] givens = new int[81];
        givens[0] = 9;
        assertFalse(Grid.isSolution(givens, INKALA_SOLUTION), "the given 9 is not kept");
        assertFalse(Grid.isSolution(none, INKALA_SOLUTION.replace('8', '.')));
        assertFalse(Grid.isSolution(none, null));
    }

    @Test
    void readsAFileSkippingBlankAndCommentLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("puzzles.txt");
        Files.writeString(file, "# two puzzles\n\n" + HardPuzzles.ALL.get(0).cells() + "\r\n   \n"
                + HardPuzzles.ALL.get(1).cells().replace('.', '0') + "  \n");
        List<PuzzleFile.Entry> puzzles = PuzzleFile.read(file);
        assertEquals(2, puzzles.size());
        assertEquals(3, puzzles.get(0).line());
        assertEquals(5, puzzles.get(1).line());
        assertArrayEquals(Grid.parse(HardPuzzles.ALL.get(1).cells()), puzzles.get(1).givens());
    }

    @Test
    void aBadLineNamesTheFileTheLineAndWhatIsWrong(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "# header\n" + HardPuzzles.ALL.get(0).cells() + "\n" + ".".repeat(40) + "?" + ".".repeat(40) + "\n");
        assertEquals(file + " line 3: character '?' at column 41 is not a digit 1-9 or '.'/'0' for an empty cell",
                assertThrows(IllegalArgumentException.class, () -> PuzzleFile.read(file)).getMessage());
        Files.writeString(file, HardPuzzles.ALL.get(0).cells() + "1\n");
        assertEquals(file + " line 1: expected 81 cells (digits 1-9, '.' or '0' for empty), got 82",
                assertThrows(IllegalArgumentException.class, () -> PuzzleFile.read(file)).getMessage());
        Files.writeString(file, "# nothing\n\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PuzzleFile.read(file)).getMessage()
                .contains("holds no puzzle"));
        assertEquals("no such file: " + dir.resolve("missing.txt"),
                assertThrows(IllegalArgumentException.class, () -> PuzzleFile.read(dir.resolve("missing.txt"))).getMessage());
    }
}
