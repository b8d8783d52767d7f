package dev.worlds.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.WorldStateException;
import dev.worlds.junit.fixtures.Counter;
import dev.worlds.junit.fixtures.Fixtures;
import dev.worlds.junit.fixtures.Ledger;
import dev.worlds.junit.scenarios.LeakScenarios;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class LeftOpenWorldsTest {

    @AfterEach
    void resetFixtures() {
        Fixtures.reset();   // so that one failure does not cascade into the next test
    }

    @Test
    void aTestThatLeavesWorldsOpenFailsAfterTheyAreRolledBackAndTheNextTestStartsClean() {
        ScenarioRun run = ScenarioRun.of(LeakScenarios.LeavesWorldsOpen.class);

        Throwable leak = run.failureOf("leavesTwo()");
        assertInstanceOf(WorldStateException.class, leak);
        assertEquals("WorldsExtension: test 'leavesTwo()' of " + LeakScenarios.LeavesWorldsOpen.class.getName()
                + " left 2 world(s) open (pushed but neither committed nor rolled back); they were rolled back"
                + " with the world the extension opened for it. End every world you push, on every path:"
                + " try (World w = Worlds.push()) { ... }, or Worlds.pop() / Worlds.commit() in a finally block.",
                leak.getMessage());
        assertEquals(List.of("startsClean()"), run.succeeded());
        assertEquals(0, Counter.value);
        assertEquals(0, Ledger.SHARED.balance);
    }

    @Test
    void aFailingTestThatLeavesWorldsOpenReportsItsOwnFailureWithTheLeakAttached() {
        Throwable failure = ScenarioRun.of(LeakScenarios.LeavesWorldsOpen.class).failureOf("failsAndLeavesOne()");

        assertInstanceOf(AssertionFailedError.class, failure);
        assertEquals("the test's own failure", failure.getMessage());
        assertEquals(1, failure.getSuppressed().length);
        assertTrue(failure.getSuppressed()[0].getMessage().contains("left 1 world(s) open"),
                failure.getSuppressed()[0].getMessage());
    }

    @Test
    void worldsPushedInBeforeEachAndPoppedInAfterEachAreNoLeak() {
        ScenarioRun.of(LeakScenarios.PushesInBeforeEachPopsInAfterEach.class).assertAllSucceeded(1);

        assertEquals(0, Counter.value);
    }

    @Test
    void aTestThatClosesTheWorldOpenedForItFails() {
        Throwable failure = ScenarioRun.of(LeakScenarios.ClosesTheExtensionsWorld.class).failureOf("popsOnceTooOften()");

        assertInstanceOf(WorldStateException.class, failure);
        assertTrue(failure.getMessage().startsWith("WorldsExtension: test 'popsOnceTooOften()' of "
                + LeakScenarios.ClosesTheExtensionsWorld.class.getName() + " closed the world the extension opened"
                + " for it (depth 2)"), failure.getMessage());
        assertEquals(0, Counter.value, "rolled back by its pop");
        assertEquals(0, Ledger.SHARED.balance, "written in the class's world after the pop, rolled back with it");
    }

    @Test
    void worldsThatBeforeAllLeavesOpenAreRolledBackAndFailTheClass() {
        ScenarioRun run = ScenarioRun.of(LeakScenarios.BeforeAllLeavesAWorldOpen.class);

        Throwable failure = run.failureOf(LeakScenarios.BeforeAllLeavesAWorldOpen.class);
        assertInstanceOf(WorldStateException.class, failure);
        assertTrue(failure.getMessage().startsWith("WorldsExtension: class "
                + LeakScenarios.BeforeAllLeavesAWorldOpen.class.getName() + " left 1 world(s) open"), failure.getMessage());
        assertEquals(List.of("seesIt()"), run.succeeded());
        assertEquals(0, Counter.value);
    }
}
