package dev.worlds.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.WorldConflictException;
import dev.worlds.Worlds;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The slow path claims an object with a compare-and-set before it copies it. */
class StampClaimTest {
    /** A tracked object whose first claim loses to a stamp some other thread put there meanwhile. */
    private static class Contested extends HandTracked {
        private Object winner;
        int value;
        int claims;

        @Override
        public boolean $worlds$claimStamp(Object expected, Object newStamp) {
            claims++;
            if (winner != null) {
                $worlds$setStamp(winner);   // the other thread's claim landed between our read and our claim
                winner = null;
                return false;
            }
            return super.$worlds$claimStamp(expected, newStamp);
        }

        @Override
        public void $worlds$save(WorldLog log) {
            log.saveInt(value);
        }

        @Override
        public void $worlds$restore(WorldLog log) {
            value = log.restoreInt();
        }
    }

    @Test
    void aClaimLostToAnotherThreadsOpenWorldIsAConflictAndSavesNothing() throws Exception {
        AtomicReference<WorldFrame> otherWorld = new AtomicReference<>();
        CountDownLatch opened = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            Worlds.push();
            otherWorld.set(ThreadWorlds.current().top());
            opened.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Worlds.pop();
        }, "other");
        other.start();
        opened.await();
        Contested contested = new Contested();
        contested.winner = otherWorld.get();
        Worlds.push();
        try {
            WorldLog log = ThreadWorlds.current().log;
            WorldConflictException conflict = assertThrows(WorldConflictException.class, () -> WorldsRuntime.save(contested));
            assertEquals(0, log.size(), "nothing saved for an object this world does not own");
            assertSame(otherWorld.get(), contested.$worlds$stamp(), "the winner keeps it");
            assertEquals(1, contested.claims);
            assertEquals(true, conflict.getMessage().contains("thread 'other'"), conflict.getMessage());
        } finally {
            Worlds.pop();
            done.countDown();
            other.join();
        }
    }

    @Test
    void aClaimLostToAStampThatIsNoOpenWorldIsTriedAgain() {
        Contested contested = new Contested();
        contested.winner = new Object();   // e.g. a stale stamp another thread's claim left
        Worlds.push();
        try {
            WorldsRuntime.save(contested);
            contested.value = 7;
            assertEquals(2, contested.claims, "read again, claimed again");
            assertSame(ThreadWorlds.current().top(), contested.$worlds$stamp());
        } finally {
            Worlds.pop();
        }
        assertEquals(0, contested.value, "saved after the second claim, so restored");
    }

    @Test
    void anObjectAnOuterWorldOfThisThreadOwnsNeedsNoCompareAndSet() {
        Contested contested = new Contested();
        Worlds.push();
        try {
            WorldsRuntime.save(contested);
            Worlds.push();
            WorldsRuntime.save(contested);
            assertEquals(1, contested.claims, "the inner world re-stamps it with a plain store");
            Worlds.pop();
        } finally {
            Worlds.pop();
        }
    }

    /** A hand-written Tracked whose claim compares a field other than the one its stamp getter returns. */
    private static final class ClaimsTheWrongField extends Contested {
        @Override
        public boolean $worlds$claimStamp(Object expected, Object newStamp) {
            claims++;
            return false;
        }
    }

    @Test
    void aClaimThatFailsWhileTheStampStaysAsReadIsAnErrorNamingTheClassNotAnEndlessLoop() {
        ClaimsTheWrongField broken = new ClaimsTheWrongField();
        broken.$worlds$setStamp(new Object());
        IllegalStateException error = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Worlds.push();
            try {
                return assertThrows(IllegalStateException.class, () -> WorldsRuntime.save(broken));
            } finally {
                Worlds.pop();
            }
        });
        assertEquals(ObjectSaves.CLAIM_REFUSALS_BEFORE_ERROR, broken.claims);
        assertTrue(error.getMessage().contains(ClaimsTheWrongField.class.getName()
                + " implements dev.worlds.internal.Tracked inconsistently"), error.getMessage());
    }
}
