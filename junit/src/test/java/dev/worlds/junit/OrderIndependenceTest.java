package dev.worlds.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.worlds.junit.fixtures.Counter;
import dev.worlds.junit.fixtures.Fixtures;
import dev.worlds.junit.fixtures.Ledger;
import dev.worlds.junit.scenarios.OrderScenarios;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderIndependenceTest {
    private static final String ORDER = "junit.jupiter.testmethod.order.default=";
    private static final String BY_NAME = "org.junit.jupiter.api.MethodOrderer$MethodName";
    private static final String BY_NAME_REVERSED = "dev.worlds.junit.scenarios.OrderScenarios$ReverseMethodName";

    @AfterEach
    void resetFixtures() {
        Fixtures.reset();   // so that one failure does not cascade into the next test
    }

    @ParameterizedTest
    @CsvSource({BY_NAME + ", beta()", BY_NAME_REVERSED + ", alpha()"})
    void testsSharingAStaticPassInEitherOrderWithWorldsAndTheSecondFailsWithout(String orderer, String second) {
        ScenarioRun.of(OrderScenarios.WithWorlds.class, ORDER + orderer).assertAllSucceeded(2);
        assertEquals(0, Counter.value);

        ScenarioRun without = ScenarioRun.of(OrderScenarios.WithoutWorlds.class, ORDER + orderer);

        without.failureOf(second);
        assertEquals(1, without.succeeded().size());
        assertEquals(List.of(second.equals("beta()") ? "alpha" : "beta"), Ledger.SHARED.entries,
                "what the first test wrote stays");
    }
}
