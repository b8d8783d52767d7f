package dev.worlds.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.worlds.junit.fixtures.Counter;
import dev.worlds.junit.fixtures.Fixtures;
import dev.worlds.junit.fixtures.Ledger;
import dev.worlds.junit.scenarios.ClassWorldScenarios;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClassWorldTest {

    @AfterEach
    void resetFixtures() {
        Fixtures.reset();   // so that one failure does not cascade into the next test
    }

    @Test
    void whatBeforeAllWroteLastsForTheClassAndIsRolledBackAfterIt() {
        ScenarioRun.of(ClassWorldScenarios.BeforeAllState.class).assertAllSucceeded(2);

        assertEquals(0, Ledger.SHARED.balance);
        assertEquals(List.of(), Ledger.SHARED.entries);
    }

    @Test
    void aNestedClassRunsInAWorldInsideItsEnclosingClasssWorld() {
        ScenarioRun.of(ClassWorldScenarios.Outer.class).assertAllSucceeded(3);

        assertEquals(0, Counter.value);
        assertEquals(0, Ledger.SHARED.balance);
    }
}
