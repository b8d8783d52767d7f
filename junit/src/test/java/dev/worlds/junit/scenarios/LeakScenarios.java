package dev.worlds.junit.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.worlds.Worlds;
import dev.worlds.junit.WorldsExtension;
import dev.worlds.junit.fixtures.Counter;
import dev.worlds.junit.fixtures.Ledger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** Code that leaves worlds open, or closes the one the extension opened. */
public final class LeakScenarios {
    private LeakScenarios() {
    }

    @Scenario
    @ExtendWith(WorldsExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    public static class LeavesWorldsOpen {
        @Test
        @Order(1)
        void leavesTwo() {
            Worlds.push();
            Counter.value = 5;
            Worlds.push();
            Ledger.SHARED.book("leaked", 1);
        }

        @Test
        @Order(2)
        void failsAndLeavesOne() {
            Worlds.push();
            Counter.value = 6;
            fail("the test's own failure");
        }

        @Test
        @Order(3)
        void startsClean() {
            assertEquals(2, Worlds.depth(), "the class's world and the test's");
            assertEquals(0, Counter.value);
            assertEquals(0, Ledger.SHARED.balance);
        }
    }

    @Scenario
    @ExtendWith(WorldsExtension.class)
    public static class PushesInBeforeEachPopsInAfterEach {
        @BeforeEach
        void push() {
            Worlds.push();
        }

        @Test
        void writes() {
            assertEquals(3, Worlds.depth());
            Counter.value = 7;
        }

        @AfterEach
        void pop() {
            Worlds.pop();
        }
    }

    @Scenario
    @ExtendWith(WorldsExtension.class)
    public static class ClosesTheExtensionsWorld {
        @Test
        void popsOnceTooOften() {
            Counter.value = 8;
            Worlds.pop();
            Ledger.SHARED.book("after the pop", 1);
        }
    }

    @Scenario
    @ExtendWith(WorldsExtension.class)
    public static class BeforeAllLeavesAWorldOpen {
        @BeforeAll
        static void leave() {
            Worlds.push();
            Counter.value = 9;
        }

        @Test
        void seesIt() {
            assertEquals(9, Counter.value);
            assertEquals(3, Worlds.depth());
        }
    }
}
