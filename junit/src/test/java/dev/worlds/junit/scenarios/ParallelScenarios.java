package dev.worlds.junit.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Untracked;
import dev.worlds.junit.WorldsExtension;
import dev.worlds.junit.fixtures.Counter;
import dev.worlds.junit.fixtures.Ledger;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** Tests that run at the same time, each in a world of its own thread; latches make them overlap. */
public final class ParallelScenarios {
    private ParallelScenarios() {
    }

    private static void await(CountDownLatch latch, String what) throws InterruptedException {
        assertTrue(latch.await(10, TimeUnit.SECONDS),
                "timed out waiting until " + what + ": the tests did not run at the same time");
    }

    @Scenario
    @ExtendWith(WorldsExtension.class)
    @Execution(ExecutionMode.CONCURRENT)
    public static class WriteTheirOwnState {
        @Untracked
        static CountDownLatch bothWrote;

        public static void reset() {
            bothWrote = new CountDownLatch(2);
        }

        @Test
        void writesTheCounter() throws InterruptedException {
            Counter.value = 5;
            bothWrote.countDown();
            await(bothWrote, "both wrote");
            assertEquals(5, Counter.value);
        }

        @Test
        void writesTheLedger() throws InterruptedException {
            Ledger.SHARED.book("parallel", 5);
            bothWrote.countDown();
            await(bothWrote, "both wrote");
            assertEquals(5, Ledger.SHARED.balance);
        }
    }

    @Scenario
    @ExtendWith(WorldsExtension.class)
    @Execution(ExecutionMode.CONCURRENT)
    public static class WriteOneStatic {
        @Untracked
        static CountDownLatch firstWrote;
        @Untracked
        static CountDownLatch secondDone;

        public static void reset() {
            firstWrote = new CountDownLatch(1);
            secondDone = new CountDownLatch(1);
        }

        @Test
        void writesFirst() throws InterruptedException {
            Counter.value = 1;
            firstWrote.countDown();
            await(secondDone, "the other test tried to write");
        }

        @Test
        void writesSecond() throws InterruptedException {
            await(firstWrote, "the other test wrote");
            Counter.value = 2;
        }

        /** Keeps the first test's world open until the second one's failure has been reported. */
        @AfterEach
        void done(TestInfo test) {
            if (test.getTestMethod().orElseThrow().getName().equals("writesSecond")) {
                secondDone.countDown();
            }
        }
    }
}
