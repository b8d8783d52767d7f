package dev.worlds.instrument;

import dev.worlds.instrument.fixtures.ClassInitScenarios;
import org.junit.jupiter.api.Test;

class ClassInitTest {
    @Test
    void staticInitializerRunningInsideAWorldIsNotPartOfIt() {
        new WovenLoader().run(ClassInitScenarios.class, "objectsMadeByAStaticInitializerAreSavedWhenWritten");
    }

    @Test
    void aStaticInitializerThatLeavesAWorldOpenFailsAndItsWorldIsRolledBack() {
        new WovenLoader().run(ClassInitScenarios.class, "aStaticInitializerThatLeavesAWorldOpenIsRefusedAndItsWorldRolledBack");
    }

    @Test
    void aStaticInitializerThatClosesAWorldOpenBeforeItFails() {
        new WovenLoader().run(ClassInitScenarios.class, "aStaticInitializerThatClosesAWorldOpenBeforeItIsRefused");
    }
}
