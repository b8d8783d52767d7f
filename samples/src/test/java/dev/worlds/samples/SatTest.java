package dev.worlds.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.samples.sat.QueensSat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SatTest {
    /** Without the woven solver the clauses of the first count stay, and the second count finds nothing. */
    @Test
    void theLiveSolverIsRolledBackWithEverythingItLearnt() {
        QueensSat queens = new QueensSat(8);
        assertEquals(736, queens.clauses());

        assertEquals(92, queens.countSolutions());
        assertEquals(736, queens.clauses(), "the 92 clauses excluding solutions are rolled back");
        assertEquals(92, queens.countSolutions(), "the same solver, asked again, finds them all again");
    }

    @ParameterizedTest(name = "n={0}: {1} solutions")
    @CsvSource({"1, 1", "3, 0", "4, 2", "6, 4", "7, 40"})
    void countsTheKnownNumberOfSolutionsAndThePartsAddUp(int n, int solutions) {
        QueensSat queens = new QueensSat(n);
        assertEquals(solutions, queens.countSolutions());
        int sum = 0;
        for (int column = 0; column < n; column++) {
            sum += queens.countWithFirstQueenIn(column);
        }
        assertEquals(solutions, sum);
        assertEquals(queens.problemClauses(), queens.clauses());
    }

    @Test
    void theSolverLoadedIsTheWovenCopyInTheProjectsClassesAheadOfItsJar() throws Exception {
        Class<?> solver = Class.forName("org.sat4j.minisat.core.Solver");
        Path from = Path.of(solver.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertEquals(Path.of(QueensSat.class.getProtectionDomain().getCodeSource().getLocation().toURI()), from);
        assertTrue(wovenMarkerInClassFile(solver), solver + " is woven");
    }

    private static boolean wovenMarkerInClassFile(Class<?> type) throws Exception {
        try (var in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains("dev/worlds/internal/Woven");
        }
    }

    @Test
    void sampleRunsEndToEnd() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Main.run(new String[] {"sat"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("sat: 92 solutions, each excluded by a new clause inside one world; after its rollback"
                + " the solver has 736 clauses again"), text);
        assertTrue(text.contains(": 4 + 8 + 16 + 18 + 18 + 16 + 8 + 4 = 92"), text);
        assertTrue(text.contains("sat: right (known count 92)"), text);
    }
}
