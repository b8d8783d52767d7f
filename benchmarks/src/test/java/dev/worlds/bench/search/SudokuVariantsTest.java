package dev.worlds.bench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;

import dev.worlds.bench.search.sudoku.HardPuzzles;
import dev.worlds.bench.search.sudoku.HardPuzzles.Puzzle;
import dev.worlds.bench.search.sudoku.SudokuResult;
import dev.worlds.bench.search.sudoku.SudokuSolver;
import dev.worlds.bench.search.sudoku.SudokuVariants;
import dev.worlds.bench.support.WovenWorkloads;
import dev.worlds.bench.workload.search.WorldsSudoku;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SudokuVariantsTest {
    /** Two solutions: the grid below with 1s and 2s of its top-left corner exchangeable. */
    private static final String SOLVED = "123456789456789123789123456214365897365897214897214365531642978642978531978531642";

    static Stream<String> variants() {
        List<String> names = new ArrayList<>();
        SudokuVariants.names().forEach(names::add);
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("variants")
    void solvesEveryHardPuzzleUniquely(String variant) {
        SudokuSolver solver = SudokuVariants.create(variant);
        for (Puzzle puzzle : HardPuzzles.ALL) {
            SudokuResult result = solver.solve(puzzle.cells());
            assertEquals(1, result.solutions(), variant + " " + puzzle.name() + ": solutions");
            assertValidSolutionOf(puzzle.cells(), result.firstSolution(), variant + " " + puzzle.name());
        }
        assertEquals(0, Worlds.depth(), variant + " left a world open");
    }

    @ParameterizedTest
    @MethodSource("variants")
    void countsEverySolutionAndDetectsContradictions(String variant) {
        SudokuSolver solver = SudokuVariants.create(variant);
        assertEquals(1, solver.solve(SOLVED).solutions(), variant + " solved grid");
        // Emptying the four cells holding 1 and 2 in rows 0 and 3, columns 0 and 1 leaves two solutions.
        String twoWays = ".." + SOLVED.substring(2, 27) + ".." + SOLVED.substring(29);
        SudokuResult two = solver.solve(twoWays);
        assertEquals(2, two.solutions(), variant + " two solutions");
        assertValidSolutionOf(twoWays, two.firstSolution(), variant);
        SudokuResult none = solver.solve("11" + ".".repeat(79));
        assertEquals(0, none.solutions(), variant + " two 1s in a row");
        assertNull(none.firstSolution());
    }

    @Test
    void everyVariantIsListedWorldsFirst() {
        assertEquals(List.of("worlds", "handUndo", "choco", "copying"), variants().toList());
        assertThrows(IllegalArgumentException.class, () -> SudokuVariants.create("noUndo"));
    }

    /**
     * The tests above would not notice a Worlds variant whose undo never happened if no puzzle
     * needed it: the same class loaded without weaving (push and pop still called, writes not
     * tracked) must get the hard puzzles wrong.
     */
    @Test
    void theWorldsVariantIsRightOnlyBecauseItsWritesAreRolledBack() {
        SudokuSolver unwoven = WovenWorkloads.create(WorldsSudoku.class.getName(), SudokuSolver.class, false);
        int right = 0;
        for (Puzzle puzzle : HardPuzzles.ALL) {
            if (unwoven.solve(puzzle.cells()).solutions() == 1) {
                right++;
            }
        }
        assertNotEquals(HardPuzzles.ALL.size(), right, "unwoven, the Worlds variant still solved every puzzle");
        assertEquals(0, Worlds.depth());
    }

    private static void assertValidSolutionOf(String puzzle, String solution, String what) {
        assertEquals(81, solution.length(), what);
        for (int cell = 0; cell < 81; cell++) {
            char given = puzzle.charAt(cell);
            assertTrue(given == '.' || given == solution.charAt(cell), what + ": given of cell " + cell + " changed");
        }
        for (int unit = 0; unit < 9; unit++) {
            Set<Character> row = new HashSet<>();
            Set<Character> column = new HashSet<>();
            Set<Character> box = new HashSet<>();
            for (int k = 0; k < 9; k++) {
                row.add(solution.charAt(unit * 9 + k));
                column.add(solution.charAt(k * 9 + unit));
                box.add(solution.charAt((unit / 3 * 3 + k / 3) * 9 + unit % 3 * 3 + k % 3));
            }
            Set<Character> digits = Set.of('1', '2', '3', '4', '5', '6', '7', '8', '9');
            assertEquals(digits, row, what + ": row " + unit);
            assertEquals(digits, column, what + ": column " + unit);
            assertEquals(digits, box, what + ": box " + unit);
        }
    }
}
