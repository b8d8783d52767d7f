package dev.worlds.instrument;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.worlds.instrument.fixtures.ArrayThreadScenarios;
import dev.worlds.instrument.fixtures.SchedulerScenarios;
import dev.worlds.instrument.fixtures.ThreadScenarios;
import dev.worlds.instrument.fixtures.unwoven.VirtualThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The ownership rules of the thread contract on woven classes, one test each (the scenarios and
 * what they prove are in {@link ThreadScenarios}, {@link ArrayThreadScenarios} and
 * {@link SchedulerScenarios}).
 */
@Timeout(120)
class ThreadOwnershipTest {
    private final WovenLoader loader = new WovenLoader();

    @Test
    void afterTheOwnersRollbackAnyThreadMayWrite() {
        loader.run(ThreadScenarios.class, "rollbackFreesTheObject");
    }

    @Test
    void afterTheOwnersOutermostCommitAnyThreadMayWrite() {
        loader.run(ThreadScenarios.class, "outermostCommitFreesTheObject");
    }

    @Test
    void aCommitIntoAParentKeepsTheObjectOwnedUntilTheParentRollsBack() {
        loader.run(ThreadScenarios.class, "commitIntoParentKeepsOwnershipUntilTheParentRollsBack");
    }

    @Test
    void aCommitIntoAParentKeepsTheObjectOwnedUntilTheParentCommits() {
        loader.run(ThreadScenarios.class, "commitIntoParentKeepsOwnershipUntilTheParentCommits");
    }

    @Test
    void objectsCreatedInANestedWorldStayOwnedByTheParentItCommittedInto() {
        loader.run(ThreadScenarios.class, "createdObjectsAreOwnedUntilTheWorldsHoldingThemEnd");
    }

    @Test
    void arraysAWorldSavedAreRefusedToOtherThreadsUntilItEnds() {
        loader.run(ArrayThreadScenarios.class, "arraysAWorldSavedAreRefusedToOtherThreadsUntilItEnds");
    }

    @Test
    void aNestedCommitHandsArraysToTheParentAndAnInnerRollbackFreesThem() {
        loader.run(ArrayThreadScenarios.class, "aNestedCommitHandsArraysToTheParentAndAnInnerRollbackFreesThem");
    }

    @Test
    void aStaticFieldConflictNamesTheClass() {
        loader.run(ThreadScenarios.class, "staticFieldConflictNamesTheClass");
    }

    @Test
    void aPoolTaskSubmittedInsideAWorldConflictsOnlyOnWhatTheWorldSaved() {
        loader.run(ThreadScenarios.class, "poolTaskInsideAWorld");
    }

    @Test
    void volatileFieldsAreSavedAndRestored() {
        loader.run(ThreadScenarios.class, "volatileFieldsAreSavedAndRestored");
    }

    @Test
    void aVolatileFlagAnotherThreadSetsWhileAWorldOwnsTheObjectConflicts() {
        loader.run(ThreadScenarios.class, "volatileFlagSetByAnotherThreadConflicts");
    }

    @Test
    void virtualThreadsKeepTheirOwnWorldsAcrossCarriers() {
        assumeTrue(VirtualThreads.supported(), "virtual threads need JDK 21 or later");
        Object moved = loader.run(SchedulerScenarios.class, "virtualThreadsKeepTheirWorldsAcrossCarriers");
        System.out.println("virtual threads seen on more than one carrier: " + moved + " of 200");
    }

    @Test
    void forkJoinTasksWithWorldsOfTheirOwnWork() {
        loader.run(SchedulerScenarios.class, "forkJoinTasksWithTheirOwnWorlds");
    }

    @Test
    void joinInsideAWorldRunsTheJoinedTaskInsideThatWorld() {
        loader.run(SchedulerScenarios.class, "joinInsideAWorldRunsTheJoinedTaskInThatWorld");
    }
}
