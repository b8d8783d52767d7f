package dev.worlds.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import dev.worlds.samples.knapsack.Knapsack;
import dev.worlds.samples.knapsack.KnapsackInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnapsackTest {
    @ParameterizedTest(name = "{0} items, seed {1}")
    @CsvSource({"1, 1", "2, 1", "10, 1", "20, 2", "30, 1", "30, 2", "30, 3", "30, 4", "30, 5", "40, 1", "40, 7",
        "50, 1", "60, 4", "80, 3"})
    void branchAndBoundFindsTheDynamicProgrammingOptimum(int items, long seed) {
        KnapsackInstance instance = KnapsackInstance.random(items, seed);
        Knapsack knapsack = new Knapsack(instance);
        Knapsack.Solution best = knapsack.solve();
        assertEquals(instance.optimumByDynamicProgramming(), best.value());
        assertTrue(best.weight() <= instance.capacity(), best.weight() + " > " + instance.capacity());
        int value = 0;
        int weight = 0;
        for (int k = 0; k < items; k++) {
            if (best.takenById()[instance.ids()[k]]) {
                value += instance.values()[k];
                weight += instance.weights()[k];
            }
        }
        assertEquals(best.value(), value, "the reported items add up to the reported value");
        assertEquals(best.weight(), weight);
        assertEquals(0, Worlds.depth());
    }

    @Test
    void aSmallInstanceByHand() {
        // Greedy by density takes item 0 (60/10) and 1 (100/20), then 2 (120/30) does not fit: 160.
        // The optimum leaves item 0: 100 + 120 = 220.
        KnapsackInstance instance = KnapsackInstance.of(new int[] {10, 20, 30}, new int[] {60, 100, 120}, 50);
        Knapsack.Solution best = new Knapsack(instance).solve();
        assertEquals(220, best.value());
        assertEquals(50, best.weight());
        assertEquals(2, best.itemCount());
        assertTrue(best.takenById()[1] && best.takenById()[2]);
        assertEquals(220, instance.optimumByDynamicProgramming());
    }

    /** Without the woven barriers room, value and taken[] would keep every item ever taken. */
    @Test
    void theKnapsackIsEmptyAgainOnlyBecauseTheWorldsRolledItBack() {
        Knapsack knapsack = new Knapsack(KnapsackInstance.random(40, 7));
        Knapsack.Solution first = knapsack.solve();
        assertTrue(knapsack.isEmpty());
        assertTrue(first.nodes() > 1000, "enough search to matter: " + first.nodes());
        assertEquals(first.value(), knapsack.solve().value(), "the same search again from the restored state");
    }
}
