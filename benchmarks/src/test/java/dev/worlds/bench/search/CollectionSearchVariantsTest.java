package dev.worlds.bench.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import dev.worlds.bench.search.colouring.ColouringGraph;
import dev.worlds.bench.search.colouring.ColouringInstance;
import dev.worlds.bench.search.colouring.ColouringResult;
import dev.worlds.bench.search.colouring.ColouringSolver;
import dev.worlds.bench.search.colouring.ColouringVariants;
import dev.worlds.bench.support.WovenWorkloads;
import dev.worlds.bench.workload.search.CollectionColouring;
import dev.worlds.bench.workload.search.WorldsColouring;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Param;

/**
 * {@link CollectionSearchBenchmark}'s premise: every variant gets every instance right in exactly
 * the same tree, and the {@code worlds} variant is right only because the collections the woven
 * search creates are tracked and roll back.
 */
class CollectionSearchVariantsTest {
    static Stream<String> variants() {
        List<String> names = new ArrayList<>();
        ColouringVariants.names().forEach(names::add);
        return names.stream();
    }

    @Test
    void everyVariantIsListedWorldsFirst() {
        assertEquals(List.of("worlds", "handUndo", "copying"), variants().toList());
        assertThrows(IllegalArgumentException.class, () -> ColouringVariants.create("choco"));
    }

    @Test
    void theBenchmarkParametersNameEveryInstance() throws NoSuchFieldException {
        var instance = CollectionSearchBenchmark.class.getField("instance").getAnnotation(Param.class);
        assertEquals(ColouringInstance.ALL.stream().map(ColouringInstance::name).toList(), List.of(instance.value()));
        var variant = CollectionSearchBenchmark.class.getField("variant").getAnnotation(Param.class);
        assertEquals(variants().toList(), List.of(variant.value()));
    }

    /** Each variant: no colouring with chromatic - 1 colours, a proper one with chromatic, in the expected nodes. */
    @ParameterizedTest
    @MethodSource("variants")
    void checksEveryChromaticNumberInTheSameTree(String variant) {
        ColouringSolver solver = ColouringVariants.create(variant);
        for (ColouringInstance instance : ColouringInstance.ALL) {
            ColouringInstance.Check check = instance.check(solver);
            assertNull(instance.verify(check), variant);
            assertEquals(0, Worlds.depth(), variant + " left a world open");
        }
    }

    /** Reused solvers, both answers on small graphs, and the same colouring from every variant. */
    @Test
    void everyVariantFindsTheSameColouringInTheSameNodes() {
        List<ColouringGraph> graphs = List.of(ColouringGraph.mycielski(3), ColouringGraph.mycielski(4),
                ColouringGraph.queens(5), ColouringGraph.queens(6), ColouringGraph.random(30, 0.3, 5),
                ColouringGraph.random(40, 0.5, 11));
        Map<String, ColouringSolver> solvers = new HashMap<>();
        variants().forEach(variant -> solvers.put(variant, ColouringVariants.create(variant)));
        for (ColouringGraph graph : graphs) {
            for (int colours = 1; colours <= 8; colours++) {
                ColouringResult expected = solvers.get(SearchVariants.HAND_UNDO).solve(graph, colours);
                if (expected.found()) {
                    assertTrue(graph.isProperColouring(expected.colouring(), colours), graph + " k=" + colours);
                }
                for (var entry : solvers.entrySet()) {
                    ColouringResult result = entry.getValue().solve(graph, colours);
                    String what = entry.getKey() + " " + graph + " k=" + colours;
                    assertEquals(expected.nodes(), result.nodes(), what + ": nodes");
                    assertEquals(expected.found(), result.found(), what + ": found");
                    if (expected.found()) {
                        assertArrayEquals(expected.colouring(), result.colouring(), what);
                    }
                }
            }
        }
        assertEquals(0, Worlds.depth());
    }

    /** The graphs are the DIMACS ones: sizes, and myciel3's edges exactly as in myciel3.col. */
    @Test
    void graphsAreTheDimacsOnes() {
        assertEquals(List.of(36, 290), List.of(ColouringGraph.queens(6).vertices(), ColouringGraph.queens(6).edges()));
        assertEquals(List.of(49, 476), List.of(ColouringGraph.queens(7).vertices(), ColouringGraph.queens(7).edges()));
        assertEquals(List.of(23, 71), List.of(ColouringGraph.mycielski(4).vertices(), ColouringGraph.mycielski(4).edges()));
        assertEquals(List.of(47, 236), List.of(ColouringGraph.mycielski(5).vertices(), ColouringGraph.mycielski(5).edges()));
        int[][] myciel3 = {{1, 2}, {1, 4}, {1, 7}, {1, 9}, {2, 3}, {2, 6}, {2, 8}, {3, 5}, {3, 7}, {3, 10}, {4, 5},
            {4, 6}, {4, 10}, {5, 8}, {5, 9}, {6, 11}, {7, 11}, {8, 11}, {9, 11}, {10, 11}};
        int[][] zeroBased = Stream.of(myciel3).map(edge -> new int[] {edge[0] - 1, edge[1] - 1}).toArray(int[][]::new);
        ColouringGraph dimacs = ColouringGraph.of("myciel3", 11, zeroBased);
        assertEquals(dimacs, ColouringGraph.mycielski(3));
        assertEquals(List.of(50, 610), List.of(ColouringInstance.RANDOM50.graph().vertices(),
                ColouringInstance.RANDOM50.graph().edges()));
    }

    @Test
    void theWovenSearchKeepsItsStateInTrackedCollections() throws ReflectiveOperationException {
        ColouringSolver woven = ColouringVariants.create(SearchVariants.WORLDS);
        woven.solve(ColouringGraph.queens(5), 5);
        assertEquals("dev.worlds.collections.TrackedHashMap", field(woven, "domains").getClass().getName());
        assertEquals("dev.worlds.collections.TrackedHashSet",
                ((Map<?, ?>) field(woven, "domains")).get(0).getClass().getName());
        assertEquals("dev.worlds.collections.TrackedHashMap", field(woven, "colourOf").getClass().getName());
        ColouringSolver handUndo = ColouringVariants.create(SearchVariants.HAND_UNDO);
        handUndo.solve(ColouringGraph.queens(5), 5);
        assertEquals(HashMap.class, field(handUndo, "domains").getClass());
        assertEquals(HashSet.class, ((Map<?, ?>) field(handUndo, "domains")).get(0).getClass());
    }

    /**
     * The test of the benchmark itself: the {@code worlds} variant woven with collection
     * replacement off ({@code TrackedCollections.OFF}: its fields roll back, the JDK collections it
     * creates do not) still pushes and pops its worlds, and must then get the instances wrong.
     */
    @Test
    void theWorldsVariantIsRightOnlyBecauseItsCollectionsAreTracked() {
        ColouringSolver untrackedCollections = WovenWorkloads.createWithoutTrackedCollections(
                WorldsColouring.class.getName(), ColouringSolver.class);
        for (ColouringInstance instance : ColouringInstance.ALL) {
            String wrong = instance.verify(instance.check(untrackedCollections));
            // Observed: queen6_6, queen7_7 and random50 find no colouring with chromatic colours (the
            // domains pruned by failed branches stay pruned); myciel4 proves 4 colours too few in 20
            // nodes instead of 767.
            assertNotNull(wrong, instance + ": right although the collections were not rolled back");
            assertEquals(0, Worlds.depth());
        }
    }

    /** Unwoven (push and pop still called, nothing tracked) it is wrong too. */
    @Test
    void theWorldsVariantUnwovenIsWrong() {
        ColouringSolver unwoven = WovenWorkloads.create(WorldsColouring.class.getName(), ColouringSolver.class, false);
        for (ColouringInstance instance : ColouringInstance.ALL) {
            assertNotNull(instance.verify(instance.check(unwoven)), instance.name());
        }
        assertEquals(0, Worlds.depth());
    }

    @Test
    void untrackedCollectionsAreJdkOnes() throws ReflectiveOperationException {
        ColouringSolver untrackedCollections = WovenWorkloads.createWithoutTrackedCollections(
                WorldsColouring.class.getName(), ColouringSolver.class);
        untrackedCollections.solve(ColouringGraph.queens(5), 5);
        assertEquals(HashMap.class, field(untrackedCollections, "domains").getClass());
        assertEquals(HashSet.class, ((Map<?, ?>) field(untrackedCollections, "domains")).get(0).getClass());
        assertEquals(HashMap.class, field(untrackedCollections, "colourOf").getClass());
    }

    private static Object field(ColouringSolver solver, String name) throws ReflectiveOperationException {
        Class<?> type = solver.getClass();
        while (!type.getName().equals(CollectionColouring.class.getName())) {
            type = type.getSuperclass();
        }
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(solver);
    }
}
