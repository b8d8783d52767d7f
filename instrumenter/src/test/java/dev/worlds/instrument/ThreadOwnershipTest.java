package dev.worlds.instrument;

import dev.worlds.instrument.fixtures.ThreadScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The ownership rules of the thread contract on woven classes, one test each (the scenarios and
 * what they prove are in {@link ThreadScenarios}).
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
}
