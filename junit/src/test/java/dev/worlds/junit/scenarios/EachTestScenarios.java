package dev.worlds.junit.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.worlds.Worlds;
import dev.worlds.junit.WorldsExtension;
import dev.worlds.junit.fixtures.Counter;
import dev.worlds.junit.fixtures.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tests whose every phase writes shared state: each must start from the state before the class. */
public final class EachTestScenarios {
    private EachTestScenarios() {
    }

    @Scenario
    @ExtendWith(WorldsExtension.class)
    public static class WritesInEveryPhase {
        @BeforeEach
        void open() {
            Ledger.SHARED.book("opened", 10);
        }

        @Test
        void deposits() {
            assertEquals(List.of("opened"), Ledger.SHARED.entries);
            assertEquals(0, Counter.value);
            Ledger.SHARED.book("deposit", 5);
            Counter.value++;
            assertEquals(2, Worlds.depth(), "the class's world and the test's");
        }

        @Test
        void withdraws() {
            assertEquals(10, Ledger.SHARED.balance);
            assertEquals(0, Counter.value);
            Ledger.SHARED.book("withdrawal", -5);
            Counter.value++;
        }

        @RepeatedTest(3)
        void repeats() {
            assertEquals(List.of("opened"), Ledger.SHARED.entries);
            assertEquals(0, Counter.value);
            Counter.value++;
        }

        @TestFactory
        Stream<DynamicTest> dynamicTests() {
            Counter.value = 100;
            return Stream.of(1, 2, 3).map(i -> dynamicTest("dynamic " + i, () -> {
                assertEquals(100, Counter.value, "each dynamic test starts from what its factory wrote");
                assertEquals(3, Worlds.depth(), "the class's, the factory's and its own");
                Counter.value += i;
                Ledger.SHARED.book("dynamic", i);
            }));
        }

        @AfterEach
        void close() {
            Counter.value = 99;
            Ledger.SHARED.book("closed", 0);
        }
    }

    /** One instance serves every test: its fields are shared state too, once the test class is woven. */
    @Scenario
    @ExtendWith(WorldsExtension.class)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    public static class OneInstanceForAllTests {
        private int runs;
        private final List<String> seen = new ArrayList<>();

        @Test
        void first() {
            runs++;
            seen.add("first");
            assertEquals(1, runs);
            assertEquals(List.of("first"), seen);
        }

        @Test
        void second() {
            runs++;
            seen.add("second");
            assertEquals(1, runs);
            assertEquals(List.of("second"), seen);
        }
    }
}
