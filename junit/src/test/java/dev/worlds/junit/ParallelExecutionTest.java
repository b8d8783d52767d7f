package dev.worlds.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.WorldConflictException;
import dev.worlds.junit.fixtures.Counter;
import dev.worlds.junit.fixtures.Fixtures;
import dev.worlds.junit.fixtures.Ledger;
import dev.worlds.junit.scenarios.ParallelScenarios;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelExecutionTest {
    private static final String[] PARALLEL = {
        "junit.jupiter.execution.parallel.enabled=true",
        "junit.jupiter.execution.parallel.config.strategy=fixed",
        "junit.jupiter.execution.parallel.config.fixed.parallelism=2",
    };

    @AfterEach
    void resetFixtures() {
        Fixtures.reset();   // so that one failure does not cascade into the next test
    }

    @Test
    void testsRunningAtTheSameTimeEachRollBackTheirOwnWorld() {
        ParallelScenarios.WriteTheirOwnState.reset();

        ScenarioRun.of(ParallelScenarios.WriteTheirOwnState.class, PARALLEL).assertAllSucceeded(2);

        assertEquals(0, Counter.value);
        assertEquals(0, Ledger.SHARED.balance);
    }

    @Test
    void ofTwoTestsRunningAtTheSameTimeThatWriteOneStaticTheSecondFailsWithAnExplainedConflict() {
        ParallelScenarios.WriteOneStatic.reset();

        ScenarioRun run = ScenarioRun.of(ParallelScenarios.WriteOneStatic.class, PARALLEL);

        assertEquals(List.of("writesFirst()"), run.succeeded());
        Throwable failure = run.failureOf("writesSecond()");
        assertInstanceOf(WorldConflictException.class, failure);
        assertTrue(failure.getMessage().contains("wrote the static fields of " + Counter.class.getName()),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("tests that run at the same time (parallel execution) must not write"
                + " the same objects or static fields"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Worlds the extension has open on other threads now: test 'writesFirst()'"
                + " of " + ParallelScenarios.WriteOneStatic.class.getName() + " (thread '"), failure.getMessage());
        assertEquals(0, Counter.value);
    }
}
