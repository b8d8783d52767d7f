package dev.worlds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Several threads with worlds of their own, and a write into another thread's world. */
class ThreadsTest {
    @Test
    void threadsRollBackTheirOwnObjectsIndependently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] runs = new Future<?>[4];
            for (int t = 0; t < runs.length; t++) {
                int seed = t;
                runs[t] = pool.submit(() -> {
                    Cell[] cells = new Cell[64];
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = new Cell(i);
                    }
                    for (int round = 0; round < 2_000; round++) {
                        Worlds.push();
                        for (Cell cell : cells) {
                            cell.set(cell.value() + seed + round);
                        }
                        if (round % 2 == 0) {
                            Worlds.pop();
                        } else {
                            Worlds.commit();
                            for (Cell cell : cells) {
                                cell.set(cell.value() - seed - round);
                            }
                        }
                    }
                    for (int i = 0; i < cells.length; i++) {
                        assertEquals(i, cells[i].value());
                    }
                    return null;
                });
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void writingAnObjectOwnedByAnotherThreadsWorldIsAConflict() throws Exception {
        Cell shared = new Cell(0);
        CountDownLatch saved = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        Thread owner = new Thread(() -> {
            Worlds.push();
            shared.set(1);
            saved.countDown();
            try {
                checked.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Worlds.pop();
        }, "owner");
        owner.start();
        saved.await();
        Worlds.push();   // two threads with worlds: every barrier takes the slow path
        try {
            WorldConflictException conflict = assertThrows(WorldConflictException.class, () -> shared.set(2));
            assertTrue(conflict.getMessage().contains("Thread '" + Thread.currentThread().getName() + "'"), conflict.getMessage());
            assertTrue(conflict.getMessage().contains("thread 'owner'"), conflict.getMessage());
            assertTrue(conflict.getMessage().contains(Cell.class.getName()), conflict.getMessage());
        } finally {
            Worlds.pop();
            checked.countDown();
            owner.join();
        }
        assertEquals(0, shared.value(), "the owner's rollback stayed exact");
        shared.set(3);   // the world ended: writable again
        assertEquals(3, shared.value());
    }

    /** The object is saved in the owner's outer world, so its stamp is not the published current world. */
    @Test
    void aThreadWithNoWorldCannotWriteAnObjectTheOnlyOwnersOuterWorldSaved() throws Exception {
        Cell shared = new Cell(0);
        Cell unsaved = new Cell(0);
        Worlds.push();   // the only thread with worlds
        try {
            shared.set(1);
            Worlds.push();
            Throwable refused = failureOfWriteOn("writer", () -> shared.set(2));
            assertNull(failureOfWriteOn("writer", () -> unsaved.set(5)), "never saved by any world: an ordinary write");
            assertTrue(refused instanceof WorldConflictException, String.valueOf(refused));
            assertTrue(refused.getMessage().contains("Thread 'writer'"), refused.getMessage());
            assertEquals(1, shared.value(), "the refused write did not land");
            assertEquals(5, unsaved.value());
            Worlds.pop();
        } finally {
            Worlds.pop();
        }
        assertEquals(0, shared.value(), "the owner's rollback stayed exact");
        assertEquals(5, unsaved.value(), "the other thread's write was not the world's to undo");
    }

    @Test
    void anObjectCreatedInANestedWorldBelongsToTheParentItWasCommittedInto() throws Exception {
        Worlds.push();
        try {
            Worlds.push();
            Cell created = new Cell(1);   // stamped with the inner world, with no log entry to re-stamp
            Worlds.commit();
            Throwable refused = failureOfWriteOn("writer", () -> created.set(2));
            assertTrue(refused instanceof WorldConflictException, String.valueOf(refused));
            assertTrue(refused.getMessage().contains("open world at depth 1 of thread '"
                    + Thread.currentThread().getName() + "'"), refused.getMessage());
            assertEquals(1, created.value());
        } finally {
            Worlds.pop();
        }
    }

    /**
     * A thread without worlds writing an object saved in the innermost world of the only thread
     * with worlds: the stamp is the published {@code WorldsRuntime.current}, which the barrier
     * once compared with; it now compares with the writer's own comparand, null.
     */
    @Test
    void aThreadWithNoWorldWritingTheOnlyOwnersInnermostWorldConflicts() throws Exception {
        Cell shared = new Cell(0);
        Worlds.push();
        try {
            shared.set(1);
            Throwable refused = failureOfWriteOn("writer", () -> shared.set(2));
            assertTrue(refused instanceof WorldConflictException, String.valueOf(refused));
            assertEquals(1, shared.value(), "the refused write did not land");
        } finally {
            Worlds.pop();
        }
        assertEquals(0, shared.value());
    }

    /** Runs {@code write} on a new thread named {@code name}; what it threw, or null. */
    private static Throwable failureOfWriteOn(String name, Runnable write) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                write.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, name);
        writer.start();
        writer.join();
        return failure.get();
    }
}
