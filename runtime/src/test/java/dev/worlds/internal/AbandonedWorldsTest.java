package dev.worlds.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.WorldConflictException;
import dev.worlds.Worlds;
import dev.worlds.internal.UndoActionsTest.Box;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A thread that ends with worlds open: the next write of another thread into what they own rolls
 * them all back, logs one warning, and goes ahead ({@link AbandonedWorlds}). Each ended thread is
 * joined before the write, so the order is determined.
 */
@Timeout(60)
class AbandonedWorldsTest {
    private static final int LARGE = 3 * ArrayStamps.CHUNK;

    private final LoggedWarnings logged = new LoggedWarnings();
    private final String me = Thread.currentThread().getName();

    @AfterEach
    void cleanUp() {
        logged.close();
        int depth = Worlds.depth();
        Worlds.popUntil(0);
        assertEquals(0, depth, "a test left worlds open");
    }

    @Test
    void aWriteIntoAnObjectAnEndedThreadSavedRollsBackAllItsWorldsAndGoesAhead() {
        Box box = new Box();
        Box other = new Box();
        int[] small = new int[10];
        int[] large = new int[LARGE];
        List<String> undone = new CopyOnWriteArrayList<>();
        EndedThread.run("quitter", () -> {
            Worlds.push();
            box.set(2);
            ArrayWrites.storeInt(small, 0, 7);          // an element entry
            Worlds.onRollback(() -> undone.add("outer"));
            Worlds.push();
            box.set(3);
            other.set(4);
            ArrayWrites.storeInt(large, 600, 8);
            ArrayWrites.storeInt(large, 601, 9);        // a run: the chunk is copied
        });

        box.set(5);

        assertEquals(5, box.value, "the write went ahead");
        assertEquals(0, other.value, "every object the ended thread saved is restored");
        assertEquals(0, small[0]);
        assertEquals(0, large[600]);
        assertEquals(0, large[601]);
        assertEquals(List.of("outer"), undone, "its undo actions ran, once");
        assertNull(ArrayOwnership.holderOf(small), "its array claims are released");
        assertNull(ArrayOwnership.holderOf(large));
        assertNull(WorldsRuntime.current, "no thread has worlds open any more");
        String warning = logged.only().getMessage();
        assertTrue(warning.contains("thread 'quitter' ended with 2 world(s) open; thread '" + me + "' rolled them back"
                + " (7 saved objects, static fields, array parts and undo actions) when it wrote an object of "
                + Box.class.getName() + " they owned, and its write went ahead."), warning);
        assertTrue(warning.contains("try-with-resources"), warning);
        ArrayWrites.storeInt(small, 0, 1);
        other.set(6);
        assertEquals(1, logged.warnings().size(), "rolled back once");
    }

    @Test
    void anArrayWriteWithoutWorldsFindsTheEndedOwnerToo() {
        Box box = new Box();
        long[] cells = new long[10];
        EndedThread.run("array-quitter", () -> {
            Worlds.push();
            ArrayWrites.storeLong(cells, 3, 30);
            ArrayWrites.storeLong(cells, 4, 40);   // a run: copied whole
            box.set(2);
        });

        ArrayWrites.storeLong(cells, 3, 33);

        assertEquals(33, cells[3]);
        assertEquals(0, cells[4]);
        assertEquals(0, box.value);
        String warning = logged.only().getMessage();
        assertTrue(warning.contains("when it wrote an array long[] of length 10 they owned"), warning);
    }

    /** The writer's own world saves what the rollback restored: its own rollback goes back to that. */
    @Test
    void aWriterWithAWorldOfItsOwnSavesTheRestoredState() {
        Box box = new Box();
        box.set(1);
        int[] cells = new int[10];
        EndedThread.run("quitter-with-objects", () -> {
            Worlds.push();
            box.set(2);
            ArrayWrites.storeInt(cells, 0, 2);
        });

        Worlds.push();
        ArrayWrites.storeInt(cells, 0, 5);   // the claim finds the ended owner
        box.set(5);
        assertSame(ThreadWorlds.current().top(), ArrayOwnership.holderOf(cells), "the writer's world owns the array now");
        Worlds.pop();

        assertEquals(1, box.value);
        assertEquals(0, cells[0]);
        assertEquals(1, logged.warnings().size());
    }

    /**
     * A pool thread that left a world open and went back to the pool is alive: its world is kept,
     * and the conflict says the thread is still running.
     */
    @Test
    void aLiveThreadThatLeftAWorldOpenKeepsItAndTheConflictSaysItIsRunning() throws Exception {
        Box box = new Box();
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "pool-worker"));
        try {
            pool.submit(() -> {
                Worlds.push();
                box.set(2);
            }).get(30, TimeUnit.SECONDS);

            WorldConflictException conflict = assertThrows(WorldConflictException.class, () -> box.set(3));

            String message = conflict.getMessage();
            assertTrue(message.contains("thread 'pool-worker', which is still running"), message);
            assertTrue(message.contains("(a missing pop or close) stays open while its thread runs"), message);
            assertEquals(2, box.value, "the refused write did not land");
            assertTrue(logged.warnings().isEmpty(), "nothing was rolled back");
            pool.submit(() -> Worlds.popUntil(0)).get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, box.value);
    }

    /**
     * An undo action of the ended thread's worlds writes what those worlds still own: it cannot
     * wait for the rollback it is part of, so it gets a conflict that says the owner ended; the
     * rollback completes, restores that object anyway, and the warning names the failure.
     */
    @Test
    void anUndoActionThatWritesWhatTheEndedThreadsWorldsOwnGetsAConflictThatSaysSo() {
        Box outerSaved = new Box();
        Box innerSaved = new Box();
        EndedThread.run("quitter-with-undo", () -> {
            Worlds.push();
            outerSaved.set(1);
            Worlds.push();
            innerSaved.set(2);
            Worlds.onRollback(() -> outerSaved.set(99));
        });

        innerSaved.set(5);

        assertEquals(5, innerSaved.value);
        assertEquals(0, outerSaved.value, "restored by the outer world's rollback");
        LogRecord warning = logged.only();
        assertTrue(warning.getMessage().contains("An undo action threw: dev.worlds.WorldConflictException"), warning.getMessage());
        WorldConflictException conflict = assertInstanceOf(WorldConflictException.class, warning.getThrown());
        assertTrue(conflict.getMessage().contains("thread 'quitter-with-undo', which is no longer alive"),
                conflict.getMessage());
        assertTrue(conflict.getMessage().contains("this thread is rolling them back"), conflict.getMessage());
    }

    /**
     * When a write still finds an ended thread's world in its way (that thread ended while the write
     * was checked, or rolling back its worlds failed), the conflict says that the thread has ended.
     */
    @Test
    void aConflictWithAWorldOfAnEndedThreadSaysItIsNoLongerAlive() {
        ThreadWorlds[] ended = new ThreadWorlds[1];
        EndedThread.run("gone", () -> ended[0] = ThreadWorlds.current());
        WorldFrame frame = new WorldFrame(ended[0], null, null);

        String message = WorldErrors.conflict(new Box(), frame).getMessage();

        assertTrue(message.contains("the open world at depth 1 of thread 'gone', which is no longer alive"), message);
        assertTrue(message.contains("write again"), message);
    }

    /** Threads that find the same ended owner at once: one rolls back, the others wait, all go ahead. */
    @Test
    void threadsThatFindTheSameEndedOwnerAtOnceRollItBackOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            Box[] boxes = {new Box(), new Box(), new Box()};
            int[] cells = new int[10];
            EndedThread.run("quitter-" + round, () -> {
                Worlds.push();
                for (Box box : boxes) {
                    box.set(-1);
                }
                ArrayWrites.storeInt(cells, 0, -1);
            });
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            Thread[] writers = new Thread[boxes.length];
            for (int w = 0; w < writers.length; w++) {
                Box box = boxes[w];
                int value = w + 1;
                writers[w] = new Thread(() -> {
                    awaitQuietly(go);
                    box.set(value);
                    ArrayWrites.storeInt(cells, value, value);
                }, "writer-" + w);
                writers[w].start();
            }
            go.countDown();
            for (Thread writer : writers) {
                writer.join(TimeUnit.SECONDS.toMillis(30));
            }
            for (int w = 0; w < boxes.length; w++) {
                assertEquals(w + 1, boxes[w].value, "round " + round + ": no write undone by a second rollback");
                assertEquals(w + 1, cells[w + 1]);
            }
            assertEquals(0, cells[0]);
            assertEquals(round + 1, logged.warnings().size(), "round " + round + ": rolled back exactly once");
        }
    }

    /** Once its worlds are rolled back, nothing keeps the ended thread's save log reachable. */
    @Test
    void theEndedThreadsStackIsFreedByTheRollback() throws Exception {
        Box box = new Box();
        java.lang.ref.WeakReference<ThreadWorlds>[] stack = EndedThread.stackOf("quitter-freed", () -> {
            Worlds.push();
            box.set(2);
        });
        box.set(3);   // the rollback closes its frames, which still stamp nothing but closed worlds
        for (int i = 0; i < 20 && stack[0].get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(stack[0].get(), "the ended thread's stack is still reachable");
        assertEquals(3, box.value);
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
