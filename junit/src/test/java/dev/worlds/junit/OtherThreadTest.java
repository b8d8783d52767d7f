package dev.worlds.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.WorldConflictException;
import dev.worlds.WorldStateException;
import dev.worlds.junit.fixtures.Counter;
import dev.worlds.junit.fixtures.Fixtures;
import dev.worlds.junit.fixtures.Ledger;
import dev.worlds.junit.fixtures.Tally;
import dev.worlds.junit.scenarios.OtherThreadScenarios;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OtherThreadTest {

    @AfterEach
    void resetFixtures() {
        Fixtures.reset();   // so that one failure does not cascade into the next test
    }

    @Test
    void aBodyOnATimeoutThreadRunsInAWorldOfThatThreadRolledBackWhenItEnds() {
        ScenarioRun run = ScenarioRun.of(OtherThreadScenarios.BodyOnATimeoutThread.class);

        assertTrue(run.succeeded().contains("writes()"), run.succeeded().toString());
        assertEquals(0, Counter.value);
        assertEquals(0, Ledger.SHARED.balance);
    }

    @Test
    void aBodyOnATimeoutThreadThatLeavesWorldsOpenFails() {
        Throwable failure = ScenarioRun.of(OtherThreadScenarios.BodyOnATimeoutThread.class).failureOf("leavesAWorldOpen()");

        assertInstanceOf(WorldStateException.class, failure);
        assertTrue(failure.getMessage().startsWith("WorldsExtension: the body of test 'leavesAWorldOpen()' of "
                + OtherThreadScenarios.BodyOnATimeoutThread.class.getName() + " on thread 'junit-timeout-thread-"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("left 1 world(s) open"), failure.getMessage());
        assertEquals(0, Counter.value);
    }

    @Test
    void aBodyOnATimeoutThreadThatWritesWhatBeforeEachWroteGetsAnExplainedConflict() {
        Throwable failure = ScenarioRun.of(OtherThreadScenarios.BodyOnATimeoutThreadWritesWhatBeforeEachWrote.class)
                .failureOf("spends()");

        assertInstanceOf(WorldConflictException.class, failure);
        assertInstanceOf(WorldConflictException.class, failure.getCause());
        assertTrue(failure.getMessage().startsWith(failure.getCause().getMessage() + "\nWorldsExtension: the body of test"
                + " 'spends()' of " + OtherThreadScenarios.BodyOnATimeoutThreadWritesWhatBeforeEachWrote.class.getName()
                + " runs on thread 'junit-timeout-thread-"), failure.getMessage());
        assertTrue(failure.getMessage().contains("the test's world, with what @BeforeAll and @BeforeEach methods wrote,"
                + " belongs to thread '" + Thread.currentThread().getName() + "'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("@Timeout(threadMode = SAME_THREAD)"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Worlds the extension has open on other threads now: class "
                + OtherThreadScenarios.BodyOnATimeoutThreadWritesWhatBeforeEachWrote.class.getName() + " (thread '"
                + Thread.currentThread().getName() + "', depth 1); test 'spends()' of "
                + OtherThreadScenarios.BodyOnATimeoutThreadWritesWhatBeforeEachWrote.class.getName() + " (thread '"
                + Thread.currentThread().getName() + "', depth 2)."), failure.getMessage());
        assertEquals(0, Ledger.SHARED.balance);
        assertEquals(List.of(), Ledger.SHARED.entries);
    }

    @Test
    void aBeforeEachMethodOnATimeoutThreadIsRefusedBeforeItRuns() {
        OtherThreadScenarios.BeforeEachOnATimeoutThread.ran = false;

        Throwable failure = ScenarioRun.of(OtherThreadScenarios.BeforeEachOnATimeoutThread.class).failureOf("test()");

        assertInstanceOf(WorldStateException.class, failure);
        assertTrue(failure.getMessage().startsWith("WorldsExtension: the @BeforeEach method fund() of "
                + OtherThreadScenarios.BeforeEachOnATimeoutThread.class.getName() + " would run on thread"
                + " 'junit-timeout-thread-"), failure.getMessage());
        assertTrue(failure.getMessage().contains("It was not run."), failure.getMessage());
        assertFalse(OtherThreadScenarios.BeforeEachOnATimeoutThread.ran);
        assertEquals(0, Counter.value);
    }

    @Test
    void aBeforeAllMethodOnATimeoutThreadIsRefusedBeforeItRuns() {
        OtherThreadScenarios.BeforeAllOnATimeoutThread.ran = false;

        Throwable failure = ScenarioRun.of(OtherThreadScenarios.BeforeAllOnATimeoutThread.class)
                .failureOf(OtherThreadScenarios.BeforeAllOnATimeoutThread.class);

        assertInstanceOf(WorldStateException.class, failure);
        assertTrue(failure.getMessage().startsWith("WorldsExtension: the @BeforeAll method fund() of "), failure.getMessage());
        assertTrue(failure.getMessage().contains("but the world of class "
                + OtherThreadScenarios.BeforeAllOnATimeoutThread.class.getName() + " belongs to thread"), failure.getMessage());
        assertFalse(OtherThreadScenarios.BeforeAllOnATimeoutThread.ran);
        assertEquals(0, Counter.value);
    }

    @Test
    void aBodyStillRunningAfterItsTimeoutIsReportedAndRollsBackWhenItEnds() throws InterruptedException {
        OtherThreadScenarios.BodyOutlivesItsTimeout.reset();
        try {
            Throwable failure = ScenarioRun.of(OtherThreadScenarios.BodyOutlivesItsTimeout.class).failureOf("goesOn()");

            assertInstanceOf(TimeoutException.class, failure);
            Throwable report = failure.getSuppressed()[failure.getSuppressed().length - 1];
            assertInstanceOf(WorldStateException.class, report);
            assertTrue(report.getMessage().startsWith("WorldsExtension: the body of test 'goesOn()' of "
                    + OtherThreadScenarios.BodyOutlivesItsTimeout.class.getName() + " is still running on thread"
                    + " 'junit-timeout-thread-"), report.getMessage());
            assertTrue(OtherThreadScenarios.BodyOutlivesItsTimeout.wrote.await(10, TimeUnit.SECONDS));
            assertThrows(WorldConflictException.class, () -> Counter.set(1), "the running body's world still owns it");
        } finally {
            OtherThreadScenarios.BodyOutlivesItsTimeout.release = true;
        }
        Thread body = OtherThreadScenarios.BodyOutlivesItsTimeout.body;
        body.join(10_000);
        assertFalse(body.isAlive());
        assertEquals(0, Counter.value, "rolled back when the body ended");
    }

    @Test
    void aWriteInAssertTimeoutPreemptivelyToWhatTheTestsWorldSavedGetsAnExplainedConflict() {
        Throwable failure = ScenarioRun.of(OtherThreadScenarios.PreemptiveTimeoutAssertion.class)
                .failureOf("spendsInTheAssertion()");

        assertInstanceOf(WorldConflictException.class, failure);
        assertTrue(failure.getMessage().startsWith("Thread 'junit-timeout-thread-"), failure.getMessage());
        assertTrue(failure.getMessage().contains("\nWorldsExtension: test 'spendsInTheAssertion()' of "
                + OtherThreadScenarios.PreemptiveTimeoutAssertion.class.getName() + " runs in a world of thread '"
                + Thread.currentThread().getName() + "'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("assertTimeoutPreemptively"), failure.getMessage());
        assertEquals(0, Ledger.SHARED.balance);
    }

    @Test
    void writesThatOtherThreadsMadeOutsideEveryWorldFailTheTestAfterItsWorldIsRolledBack() {
        Class<?> scenario = OtherThreadScenarios.OtherThreadsWriteOutsideTheTestsWorld.class;
        ScenarioRun run = ScenarioRun.of(scenario);

        Throwable preemptive = run.failureOf("countsInAPreemptiveAssertion()");
        assertInstanceOf(WorldStateException.class, preemptive);
        assertTrue(preemptive.getMessage().startsWith("WorldsExtension: while the world of test"
                + " 'countsInAPreemptiveAssertion()' of " + scenario.getName() + " was open on thread '"
                + Thread.currentThread().getName() + "', code on other threads with no world open wrote"),
                preemptive.getMessage());
        assertTrue(preemptive.getMessage().contains("these writes were NOT rolled back: thread 'junit-timeout-thread-"),
                preemptive.getMessage());
        assertTrue(preemptive.getMessage().contains("' wrote the static fields of " + Counter.class.getName() + " at "
                + scenario.getName() + ".lambda$countsInAPreemptiveAssertion$"), preemptive.getMessage());
        assertTrue(preemptive.getMessage().contains("assertTimeout instead of assertTimeoutPreemptively"),
                preemptive.getMessage());
        assertEquals(7, Counter.value, "the report is true: no world saved it");

        String tally = run.failureOf("startsAThreadThatTallies()").getMessage();
        assertTrue(tally.contains("NOT rolled back: thread 'tally' wrote an array int[] of length 4 at "
                + scenario.getName() + ".lambda$startsAThreadThatTallies$"), tally);
        assertEquals(1, tally.split("thread 'tally' wrote").length - 1, "noted once per array: " + tally);
        assertEquals(5, Tally.COUNTS[1]);

        assertTrue(run.succeeded().contains("startsAThreadThatOnlyBuildsItsOwnObjects()"), run.succeeded().toString());
        assertTrue(run.succeeded().contains("writesOnItsOwnThread()"), run.succeeded().toString());
        assertEquals(0, Tally.COUNTS[0], "rolled back");
    }
}
