package dev.worlds.bench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.worlds.Worlds;

import dev.worlds.bench.search.nqueens.NQueensCounter;
import dev.worlds.bench.search.nqueens.NQueensVariants;
import dev.worlds.bench.support.WovenWorkloads;
import dev.worlds.bench.workload.search.WorldsNQueens;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class NQueensVariantsTest {
    static Stream<String> variants() {
        List<String> names = new ArrayList<>();
        NQueensVariants.names().forEach(names::add);
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("variants")
    void countsKnownSolutions(String variant) {
        assertEquals(1, NQueensVariants.create(variant).count(1), variant + " n=1");
        assertEquals(0, NQueensVariants.create(variant).count(3), variant + " n=3");
        assertEquals(92, NQueensVariants.create(variant).count(8), variant + " n=8");
        assertEquals(724, NQueensVariants.create(variant).count(10), variant + " n=10");
        assertEquals(14_200, NQueensVariants.create(variant).count(12), variant + " n=12");
    }

    @ParameterizedTest
    @MethodSource("variants")
    void aCounterCanBeReused(String variant) {
        var counter = NQueensVariants.create(variant);
        assertEquals(92, counter.count(8));
        assertEquals(724, counter.count(10));
        assertEquals(92, counter.count(8));
    }

    @Test
    void everyVariantIsListedWorldsFirst() {
        assertEquals(List.of("worlds", "handUndo", "pushPopOnly", "choco", "copying", "noUndo"), variants().toList());
        assertThrows(IllegalArgumentException.class, () -> NQueensVariants.create("worldz"));
    }

    /** The same class loaded without weaving never clears a mark: the counts above need the undo. */
    @Test
    void theWorldsVariantIsRightOnlyBecauseItsWritesAreRolledBack() {
        NQueensCounter unwoven = WovenWorkloads.create(WorldsNQueens.class.getName(), NQueensCounter.class, false);
        assertNotEquals(92, unwoven.count(8));
        assertEquals(0, Worlds.depth());
    }
}
