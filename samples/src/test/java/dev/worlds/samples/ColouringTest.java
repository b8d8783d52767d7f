package dev.worlds.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import dev.worlds.samples.colouring.Colouring;
import dev.worlds.samples.colouring.Graph;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ColouringTest {
    static Stream<Arguments> knownGraphs() {
        return Stream.of(
                Arguments.of(Graph.petersen(), 10, 15, 3),
                Arguments.of(Graph.mycielski(3), 11, 20, 4),
                Arguments.of(Graph.mycielski(4), 23, 71, 5),
                Arguments.of(Graph.queen(5), 25, 160, 5),
                Arguments.of(Graph.queen(6), 36, 290, 7),
                Arguments.of(Graph.queen(7), 49, 476, 7));
    }

    @ParameterizedTest(name = "{0}: chromatic number {3}")
    @MethodSource("knownGraphs")
    void findsTheKnownChromaticNumber(Graph graph, int vertices, int edges, int chromaticNumber) {
        assertEquals(vertices, graph.vertices());
        assertEquals(edges, graph.edges());
        Colouring.Chromatic result = Colouring.chromaticNumber(graph, Progress.silent());
        assertEquals(chromaticNumber, result.colours());
        assertTrue(graph.isProperColouring(result.colouring()));
        assertEquals(chromaticNumber, java.util.Arrays.stream(result.colouring()).max().getAsInt());
        assertNull(new Colouring(graph, chromaticNumber - 1).find(), "one colour fewer is not enough");
        assertEquals(0, Worlds.depth());
    }

    @Test
    void myciel5HasTheDimacsSize() {
        Graph graph = Graph.mycielski(5);
        assertEquals(47, graph.vertices());
        assertEquals(236, graph.edges());
        assertEquals(2, graph.greedyCliqueSize(), "Mycielski graphs have no triangle");
    }

    /** An independent check: the least k for which some of the k^n assignments is proper, by brute force. */
    @Test
    void randomGraphsAgreeWithBruteForce() {
        for (long seed = 1; seed <= 12; seed++) {
            Graph graph = Graph.random(8, 0.3 + seed * 0.04, seed);
            Colouring.Chromatic result = Colouring.chromaticNumber(graph, Progress.silent());
            assertEquals(bruteForceChromaticNumber(graph), result.colours(), graph.toString());
            assertTrue(graph.isProperColouring(result.colouring()));
        }
    }

    private static int bruteForceChromaticNumber(Graph graph) {
        int n = graph.vertices();
        for (int k = 1; ; k++) {
            int[] colour = new int[n];
            long assignments = (long) Math.pow(k, n);
            for (long code = 0; code < assignments; code++) {
                long rest = code;
                for (int v = 0; v < n; v++) {
                    colour[v] = (int) (rest % k) + 1;
                    rest /= k;
                }
                if (graph.isProperColouring(colour)) {
                    return k;
                }
            }
        }
    }

    /** Without the woven barriers the colours and counts of the last branch tried would stay behind. */
    @Test
    void theStateIsBlankAgainOnlyBecauseTheWorldsRolledItBack() {
        Colouring colouring = new Colouring(Graph.mycielski(4), 4);
        assertNull(colouring.find());
        assertTrue(colouring.nodes() > 100, "a real search: " + colouring.nodes());
        assertTrue(colouring.isBlank());
        Colouring five = new Colouring(Graph.mycielski(4), 5);
        assertNotNull(five.find());
        assertTrue(five.isBlank(), "also after a successful search, which pops its way out");
    }

    @Test
    void isProperColouringRejectsClashesAndGaps() {
        Graph triangle = Graph.of("triangle", 3, new int[][] {{0, 1}, {1, 2}, {2, 0}});
        assertTrue(triangle.isProperColouring(new int[] {1, 2, 3}));
        assertFalse(triangle.isProperColouring(new int[] {1, 2, 1}));
        assertFalse(triangle.isProperColouring(new int[] {1, 2, 0}));
        assertFalse(triangle.isProperColouring(new int[] {1, 2}));
        assertEquals(3, Colouring.chromaticNumber(triangle, Progress.silent()).colours());
        assertEquals(1, Colouring.chromaticNumber(Graph.of("dots", 4, new int[0][]), Progress.silent()).colours());
    }
}
