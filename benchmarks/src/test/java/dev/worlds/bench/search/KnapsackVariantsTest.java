package dev.worlds.bench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;

import dev.worlds.bench.search.knapsack.KnapsackInstance;
import dev.worlds.bench.search.knapsack.KnapsackResult;
import dev.worlds.bench.search.knapsack.KnapsackSolver;
import dev.worlds.bench.search.knapsack.KnapsackVariants;
import dev.worlds.bench.support.WovenWorkloads;
import dev.worlds.bench.workload.search.WorldsKnapsack;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KnapsackVariantsTest {
    static Stream<String> variants() {
        List<String> names = new ArrayList<>();
        KnapsackVariants.names().forEach(names::add);
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("variants")
    void findsTheDynamicProgrammingOptimumOfTheBenchmarkInstance(String variant) {
        assertOptimal(variant, KnapsackInstance.benchmark());
    }

    @ParameterizedTest
    @MethodSource("variants")
    void findsTheOptimumOfSmallerRandomInstances(String variant) {
        for (long seed = 1; seed <= 20; seed++) {
            assertOptimal(variant, KnapsackInstance.generate(5 + (int) seed, seed));
        }
    }

    @Test
    void everyVariantIsListedWorldsFirst() {
        assertEquals(List.of("worlds", "handUndo", "choco", "copying", "noUndo"), variants().toList());
        assertThrows(IllegalArgumentException.class, () -> KnapsackVariants.create("worldz"));
    }

    /**
     * The same class loaded without weaving (push and pop still called, writes not tracked) keeps
     * the room and value of every branch it took: the optimum tests above fail without the undo.
     */
    @Test
    void theWorldsVariantIsRightOnlyBecauseItsWritesAreRolledBack() {
        KnapsackSolver unwoven = WovenWorkloads.create(WorldsKnapsack.class.getName(), KnapsackSolver.class, false);
        KnapsackInstance instance = KnapsackInstance.benchmark();
        assertNotEquals(dynamicProgrammingOptimum(instance), unwoven.solve(instance).value());
        assertEquals(0, Worlds.depth());
    }

    private static void assertOptimal(String variant, KnapsackInstance instance) {
        KnapsackResult result = KnapsackVariants.create(variant).solve(instance);
        assertEquals(0, Worlds.depth(), variant + " left a world open");
        assertEquals(dynamicProgrammingOptimum(instance), result.value(), variant + ": optimum");
        int weight = 0;
        int value = 0;
        for (int item = 0; item < instance.items(); item++) {
            if ((result.taken() >>> item & 1) != 0) {
                weight += instance.weights()[item];
                value += instance.values()[item];
            }
        }
        assertTrue(weight <= instance.capacity(), variant + ": the chosen items exceed the capacity");
        assertEquals(result.value(), value, variant + ": the chosen items' value");
    }

    /** best[c] = the best value with capacity c, over the items seen so far (the textbook DP). */
    private static int dynamicProgrammingOptimum(KnapsackInstance instance) {
        int[] best = new int[instance.capacity() + 1];
        for (int item = 0; item < instance.items(); item++) {
            for (int c = instance.capacity(); c >= instance.weights()[item]; c--) {
                best[c] = Math.max(best[c], best[c - instance.weights()[item]] + instance.values()[item]);
            }
        }
        return best[instance.capacity()];
    }
}
