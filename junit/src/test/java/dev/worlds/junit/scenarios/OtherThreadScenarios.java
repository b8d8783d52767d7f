package dev.worlds.junit.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Untracked;
import dev.worlds.Worlds;
import dev.worlds.junit.WorldsExtension;
import dev.worlds.junit.fixtures.Counter;
import dev.worlds.junit.fixtures.Ledger;
import dev.worlds.junit.fixtures.Tally;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.extension.ExtendWith;

/** Test code that JUnit runs on another thread than the test's world. */
public final class OtherThreadScenarios {
    private OtherThreadScenarios() {
    }

    @Scenario
    @ExtendWith(WorldsExtension.class)
    public static class BodyOnATimeoutThread {
        @Test
        @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
        void writes() {
            assertTrue(Thread.currentThread().getName().startsWith("junit-timeout-thread"));
            assertEquals(1, Worlds.depth(), "a world of its own on this thread");
            Counter.value = 3;
            Ledger.SHARED.book("on the timeout thread", 3);
        }

        @Test
        @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
        void leavesAWorldOpen() {
            Worlds.push();
            Counter.value = 4;
        }
    }

    @Scenario
    @ExtendWith(WorldsExtension.class)
    public static class BodyOnATimeoutThreadWritesWhatBeforeEachWrote {
        @BeforeEach
        void fund() {
            Ledger.SHARED.book("funded", 10);
        }

        @Test
        @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
        void spends() {
            Ledger.SHARED.book("spent", -1);
        }
    }

    /** A lifecycle method with a timeout takes the thread mode of its test method's (or class's) @Timeout. */
    @Scenario
    @ExtendWith(WorldsExtension.class)
    public static class BeforeEachOnATimeoutThread {
        @Untracked
        public static volatile boolean ran;

        @BeforeEach
        @Timeout(10)
        void fund() {
            ran = true;
            Counter.value = 11;
        }

        @Test
        @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
        void test() {
        }
    }

    @Scenario
    @ExtendWith(WorldsExtension.class)
    @Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
    public static class BeforeAllOnATimeoutThread {
        @Untracked
        public static volatile boolean ran;

        @BeforeAll
        @Timeout(10)
        static void fund() {
            ran = true;
            Counter.value = 13;
        }

        @Test
        void test() {
        }
    }

    /** A body that goes on after its timeout: it ignores the interrupt until released. */
    @Scenario
    @ExtendWith(WorldsExtension.class)
    public static class BodyOutlivesItsTimeout {
        @Untracked
        public static volatile Thread body;
        @Untracked
        public static volatile CountDownLatch wrote;
        @Untracked
        public static volatile boolean release;

        public static void reset() {
            body = null;
            wrote = new CountDownLatch(1);
            release = false;
        }

        @Test
        @Timeout(value = 100, unit = TimeUnit.MILLISECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
        void goesOn() {
            body = Thread.currentThread();
            Counter.value = 12;
            wrote.countDown();
            while (!release) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException ignored) {
                    // what a body that does not stop when interrupted does
                }
            }
        }
    }

    @Scenario
    @ExtendWith(WorldsExtension.class)
    public static class PreemptiveTimeoutAssertion {
        @BeforeEach
        void fund() {
            Ledger.SHARED.book("funded", 10);
        }

        @Test
        void spendsInTheAssertion() {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Ledger.SHARED.book("spent", -1));
        }
    }

    /**
     * Code a test hands to other threads that have no world: what it writes into what existed
     * before escapes the test's world, and is reported; what it creates is its own.
     */
    @Scenario
    @ExtendWith(WorldsExtension.class)
    public static class OtherThreadsWriteOutsideTheTestsWorld {
        @Test
        void countsInAPreemptiveAssertion() {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                Counter.value = 7;
            });
        }

        @Test
        void startsAThreadThatTallies() throws InterruptedException {
            onThread("tally", () -> {
                Tally.COUNTS[1] = 5;
                Tally.COUNTS[2] = 6;
            });
        }

        @Test
        void startsAThreadThatOnlyBuildsItsOwnObjects() throws InterruptedException {
            onThread("builder", () -> {
                Ledger own = new Ledger();
                own.book("own", 1);
                int[] cells = new int[3];
                cells[0] = 1;
            });
        }

        @Test
        void writesOnItsOwnThread() {
            Counter.value = 1;
            Tally.COUNTS[0] = 1;
        }

        private static void onThread(String name, Runnable code) throws InterruptedException {
            Thread thread = new Thread(code, name);
            thread.start();
            thread.join(10_000);
        }
    }
}
