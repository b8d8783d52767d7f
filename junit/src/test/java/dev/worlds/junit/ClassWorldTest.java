package dev.worlds.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.worlds.junit.fixtures.Counter;
import dev.worlds.junit.fixtures.Ledger;
import dev.worlds.junit.scenarios.ClassWorldScenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassWorldTest {

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
