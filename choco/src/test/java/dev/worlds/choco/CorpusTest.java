package dev.worlds.choco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.choco.Outcome.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.chocosolver.memory.IEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each model of the {@link Corpus}, solved with Choco's trailing and with {@link WorldsEnvironment}
 * by the same strategy: the same solutions in the same order, and the same numbers of nodes,
 * fails, backtracks and restarts.
 */
class CorpusTest {
    static Stream<Arguments> problems() {
        return Corpus.problems().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void worldsSearchesExactlyAsTrailingDoes(String name, Function<IEnvironment, Problem> build) {
        Outcome trailing = Outcome.trailing(build);
        Outcome worlds = Outcome.worlds(build);
        assertTrue(trailing.solutionCount() > 0, name + ": " + trailing);
        assertEquals(trailing.toString(), worlds.toString(), name);
        assertEquals(trailing, worlds, name);
    }

    /** The corpus answers what is known of these problems, so the comparison above is not vacuous. */
    @Test
    void knownAnswers() {
        assertEquals(92, Outcome.worlds(env -> Corpus.queensBinary(env, 8)).solutionCount());
        assertEquals(724, Outcome.worlds(env -> Corpus.queensViews(env, 10, "AC", 1)).solutionCount());
        assertEquals(200, Outcome.worlds(env -> Corpus.costas(env, 7)).solutionCount());
        assertEquals(8, Outcome.worlds(env -> Corpus.magicSquare(env, 3, 0)).solutionCount());
        List<String> rulers = Outcome.worlds(env -> Corpus.golomb(env, 7)).solutions();
        assertTrue(rulers.get(rulers.size() - 1).endsWith(" 25"), "optimal 7-mark ruler has length 25: " + rulers);
    }

    /**
     * Counts by the matrix-tree theorem (Petersen graph 2000, Cayley's n^(n-2) = 125 arborescences of
     * the complete digraph on 5 nodes), the dodecahedron's 30 Hamiltonian cycles; optima checked by
     * exhaustive enumeration outside Choco (Held-Karp for the tour, all 6-cell subsets of the grid).
     */
    @Test
    void knownGraphAnswers() {
        Outcome trees = Outcome.worlds(Corpus::spanningTrees);
        assertEquals(2000, trees.solutionCount());
        assertEquals(2000, new HashSet<>(trees.solutions()).size(), "distinct edge sets");
        assertEquals(30, Outcome.worlds(Corpus::hamiltonianCycles).solutionCount());
        assertEquals(125, Outcome.worlds(env -> Corpus.arborescences(env, 5)).solutionCount());
        assertTrue(last(Outcome.worlds(Corpus::travellingSalesman)).endsWith(" 346"), "shortest tour 346");
        assertEquals("nodes [2, 5, 6, 10, 11, 14] edges [2-6, 5-6, 6-10, 10-11, 10-14] 22",
                last(Outcome.worlds(Corpus::connectedCells)));
    }

    /** CSPLib prob001's 10-car example has 6 sequences, the one CSPLib shows among them. */
    @Test
    void knownCarSequences() {
        List<String> sequences = Outcome.worlds(Corpus::carSequencing).solutions();
        assertEquals(6, sequences.size());
        assertTrue(sequences.contains("0 1 5 2 4 3 3 4 2 5"), sequences.toString());
    }

    private static String last(Outcome outcome) {
        return outcome.solutions().get(outcome.solutions().size() - 1);
    }
}
