package dev.worlds.instrument;

import dev.worlds.instrument.fixtures.CloneScenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloneTest {
    private final WovenLoader loader = new WovenLoader();

    @ParameterizedTest
    @ValueSource(strings = {"aCopyMadeInAWorldStaysIndependent", "aCopyMadeBeforeAWorldRollsBack"})
    void scenario(String name) {
        loader.run(CloneScenarios.class, name);
    }
}
