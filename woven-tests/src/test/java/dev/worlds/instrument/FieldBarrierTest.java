package dev.worlds.instrument;

import dev.worlds.instrument.fixtures.FieldScenarios;
import org.junit.jupiter.api.Test;

class FieldBarrierTest {
    private final WovenLoader loader = new WovenLoader();

    @Test
    void rollbackRestoresEveryFieldKind() {
        loader.run(FieldScenarios.class, "rollbackRestoresEveryKind");
    }

    @Test
    void commitKeepsWrites() {
        loader.run(FieldScenarios.class, "commitKeepsWrites");
    }

    @Test
    void nestedCommitIsUndoneByParentRollback() {
        loader.run(FieldScenarios.class, "nestedCommitIsUndoneByParentRollback");
    }

    @Test
    void longAndDoubleShapesJavacEmits() {
        loader.run(FieldScenarios.class, "wideValueShapes");
    }

    @Test
    void objectsCreatedInAWorldAreNotSaved() {
        loader.run(FieldScenarios.class, "objectsCreatedInAWorldAreNotSaved");
    }
}
