package dev.worlds.junit.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.worlds.Worlds;
import dev.worlds.junit.WorldsExtension;
import dev.worlds.junit.fixtures.Counter;
import dev.worlds.junit.fixtures.Ledger;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What @BeforeAll writes lives until the class ends; @Nested classes nest their worlds. */
public final class ClassWorldScenarios {
    private ClassWorldScenarios() {
    }

    @Scenario
    @ExtendWith(WorldsExtension.class)
    public static class BeforeAllState {
        @BeforeAll
        static void fund() {
            Ledger.SHARED.book("funded", 100);
        }

        @Test
        void spends() {
            assertEquals(100, Ledger.SHARED.balance);
            Ledger.SHARED.book("spent", -30);
        }

        @Test
        void spendsAgain() {
            assertEquals(100, Ledger.SHARED.balance);
            Ledger.SHARED.book("spent", -40);
        }

        @AfterAll
        static void stillFunded() {
            assertEquals(List.of("funded"), Ledger.SHARED.entries, "the tests' writes are rolled back, not @BeforeAll's");
        }
    }

    @Scenario
    @ExtendWith(WorldsExtension.class)
    public static class Outer {
        @BeforeAll
        static void outerClass() {
            Counter.value = 1;
        }

        @BeforeEach
        void outerEach() {
            Ledger.SHARED.book("outer", 10);
        }

        @Test
        void outerTest() {
            assertEquals(1, Counter.value);
            assertEquals(List.of("outer"), Ledger.SHARED.entries);
            Counter.value = 50;
        }

        @Nested
        class Inner {
            @BeforeAll
            static void innerClass() {
                assertEquals(1, Counter.value, "the outer class's world is open around the nested class");
                Counter.value = 2;
            }

            @BeforeEach
            void innerEach() {
                Ledger.SHARED.book("inner", 5);
            }

            @Test
            void innerTest() {
                assertEquals(3, Worlds.depth(), "the outer class's world, the nested class's and the test's");
                assertEquals(2, Counter.value);
                assertEquals(List.of("outer", "inner"), Ledger.SHARED.entries);
                Counter.value = 60;
            }

            @Test
            void innerTestAgain() {
                assertEquals(2, Counter.value);
                assertEquals(15, Ledger.SHARED.balance);
                Counter.value = 70;
            }

            @AfterAll
            static void innerDone() {
                assertEquals(2, Counter.value);
            }
        }

        @AfterAll
        static void outerDone() {
            assertEquals(1, Counter.value, "the nested class's world is rolled back when it ends");
            assertEquals(0, Ledger.SHARED.balance);
        }
    }
}
