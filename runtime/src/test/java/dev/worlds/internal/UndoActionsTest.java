package dev.worlds.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.World;
import dev.worlds.WorldStateException;
import dev.worlds.Worlds;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link World#onRollback} and {@link Worlds#onRollback}: undo actions as entries of the save log. */
class UndoActionsTest {
    private final List<String> ran = new ArrayList<>();

    @AfterEach
    void noWorldLeftOpen() {
        int depth = Worlds.depth();
        Worlds.popUntil(0);
        assertEquals(0, depth, "a test left worlds open");
    }

    /** A tracked object with one int field, as the weaver would generate it. */
    static final class Box extends HandTracked {
        int value;

        void set(int newValue) {
            $worlds$barrier();
            value = newValue;
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
    void actionsRunNewestFirstInterleavedWithRestores() {
        Box box = new Box();
        int[] cells = new int[4];
        Worlds.push();
        Worlds.onRollback(() -> ran.add("first box=" + box.value + " cell=" + cells[0]));
        box.set(5);
        Worlds.onRollback(() -> ran.add("second box=" + box.value + " cell=" + cells[0]));
        ArrayWrites.storeInt(cells, 0, 7);
        Worlds.onRollback(() -> ran.add("third box=" + box.value + " cell=" + cells[0]));
        box.set(6);                          // the box is saved already: no entry
        ArrayWrites.storeInt(cells, 0, 8);   // a second write in a row copies the array: a new entry
        Worlds.pop();
        assertEquals(List.of("third box=6 cell=7", "second box=6 cell=0", "first box=0 cell=0"), ran);
        assertEquals(0, box.value);
        assertArrayEquals(new int[4], cells);
    }

    @Test
    void aNestedCommitHandsActionsToTheParent() {
        Box box = new Box();
        World outer = Worlds.push();
        box.set(1);
        outer.onRollback(() -> ran.add("outer"));
        Worlds.push();
        Worlds.onRollback(() -> ran.add("inner kept"));
        box.set(2);
        Worlds.commit();
        Worlds.push();
        Worlds.onRollback(() -> ran.add("inner rolled back"));
        Worlds.pop();
        assertEquals(List.of("inner rolled back"), ran);
        ran.clear();
        Worlds.pop();
        assertEquals(List.of("inner kept", "outer"), ran);
        assertEquals(0, box.value);
    }

    @Test
    void anActionWithATargetIsCalledWithItAndKeepsItsPlace() {
        Box box = new Box();
        java.util.ArrayDeque<String> path = new java.util.ArrayDeque<>();
        World outer = Worlds.push();
        path.push("a");
        outer.onRollback(path, java.util.Deque::pop);
        World inner = Worlds.push();
        box.set(4);
        path.push("b");
        inner.onRollback(path, java.util.Deque::pop);
        outer.onRollback(ran, list -> list.add("outer sees " + path));
        Worlds.push();
        Worlds.commit();
        inner.rollback();
        assertEquals(List.of("a"), List.copyOf(path));
        assertTrue(ran.isEmpty());
        outer.rollback();
        assertEquals(List.of("outer sees [a]"), ran);
        assertTrue(path.isEmpty());
        assertEquals(0, box.value);
    }

    @Test
    void theOutermostCommitDropsActions() {
        Worlds.push();
        Worlds.onRollback(() -> ran.add("dropped"));
        Worlds.push();
        Worlds.onRollback(() -> ran.add("dropped too"));
        Worlds.commit();
        Worlds.commit();
        Worlds.push();
        Worlds.pop();
        assertTrue(ran.isEmpty(), ran.toString());
    }

    @Test
    void anOuterWorldsActionRunsWhenThatWorldRollsBackAfterWhatItsInnerWorldsRestore() {
        Box box = new Box();
        Object[] refs = {"a", "b"};
        long[] longs = {1, 2};
        World outer = Worlds.push();
        box.set(1);
        World middle = Worlds.push();
        ArrayWrites.storeRef(refs, 0, "x");
        ArrayWrites.storeLong(longs, 1, 20);
        World inner = Worlds.push();
        box.set(2);
        ArrayWrites.storeRef(refs, 1, "y");
        outer.onRollback(() -> ran.add("outer box=" + box.value + " ref=" + refs[0]));
        middle.onRollback(() -> ran.add("middle box=" + box.value + " long=" + longs[1]));
        ArrayWrites.storeLong(longs, 0, 10);
        assertSame(inner, Worlds.current());
        inner.rollback();
        assertTrue(ran.isEmpty(), "inner's rollback runs no outer action: " + ran);
        assertEquals(1, box.value);
        assertArrayEquals(new Object[] {"x", "b"}, refs);
        assertArrayEquals(new long[] {1, 20}, longs);
        Worlds.push();
        box.set(3);
        Worlds.commit();
        middle.rollback();
        assertEquals(List.of("middle box=1 long=20"), ran, "after what the committed inner world restores");
        assertEquals(1, box.value);
        assertArrayEquals(new Object[] {"a", "b"}, refs);
        assertArrayEquals(new long[] {1, 2}, longs);
        outer.rollback();
        assertEquals(List.of("middle box=1 long=20", "outer box=1 ref=a"), ran);
        assertEquals(0, box.value);
    }

    @Test
    void anOuterWorldKeepsItsActionsWhenInnerWorldsCommit() {
        Box box = new Box();
        int[] cells = {0, 0};
        World outer = Worlds.push();
        for (int i = 0; i < 50; i++) {
            Worlds.push();
            box.set(i + 1);
            ArrayWrites.storeInt(cells, i % 2, i + 1);
            int step = i;
            outer.onRollback(() -> ran.add("outer " + step));
            Worlds.onRollback(() -> ran.add("inner " + step));
            Worlds.commit();
        }
        outer.rollback();
        assertEquals(100, ran.size());
        for (int i = 0; i < 50; i++) {
            int step = 49 - i;
            assertTrue(ran.subList(0, 2 * i + 2).containsAll(List.of("outer " + step, "inner " + step)), ran.toString());
        }
        assertEquals(0, box.value);
        assertArrayEquals(new int[2], cells);
    }

    @Test
    void aThrowingActionDoesNotStopTheRollback() {
        Box box = new Box();
        int[] cells = new int[2];
        Worlds.push();
        box.set(1);
        IllegalStateException first = new IllegalStateException("first");
        Worlds.onRollback(() -> {
            throw first;
        });
        ArrayWrites.storeInt(cells, 1, 9);
        Worlds.onRollback(() -> ran.add("runs"));
        Worlds.push();
        box.set(2);
        Worlds.onRollback(() -> {
            throw new ArithmeticException("later");
        });
        Worlds.commit();
        ArithmeticException thrown = assertThrows(ArithmeticException.class, Worlds::pop,
                "the failure of the first action to run: the newest");
        assertEquals(1, thrown.getSuppressed().length);
        assertSame(first, thrown.getSuppressed()[0]);
        assertEquals(List.of("runs"), ran);
        assertEquals(0, box.value);
        assertArrayEquals(new int[2], cells);
        assertEquals(0, Worlds.depth(), "the world is closed");
    }

    @Test
    void popUntilRollsBackEveryWorldBeforeRethrowing() {
        Box box = new Box();
        Worlds.push();
        box.set(1);
        Worlds.onRollback(() -> ran.add("outer"));
        Worlds.push();
        box.set(2);
        Worlds.onRollback(() -> {
            throw new IllegalArgumentException("inner");
        });
        Worlds.push();
        box.set(3);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Worlds.popUntil(0));
        assertEquals("inner", thrown.getMessage());
        assertEquals(0, Worlds.depth());
        assertEquals(0, box.value);
        assertEquals(List.of("outer"), ran);
    }

    @Test
    void closeRollsBackEverythingAndReportsBothProblems() {
        World outer = Worlds.push();
        Worlds.push();
        Worlds.onRollback(() -> {
            throw new UnsupportedOperationException("undo");
        });
        UnsupportedOperationException thrown = assertThrows(UnsupportedOperationException.class, outer::close);
        assertEquals(1, thrown.getSuppressed().length);
        assertTrue(thrown.getSuppressed()[0].getMessage().contains("inner world(s) were still open"));
        assertFalse(outer.isOpen());
    }

    @Test
    void aSpeculationKeepsItsOwnFailureAndAttachesTheActionsOne() {
        RuntimeException body = new RuntimeException("body");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> Worlds.speculate((Runnable) () -> {
            Worlds.onRollback(() -> {
                throw new IllegalStateException("undo");
            });
            throw body;
        }));
        assertSame(body, thrown);
        assertEquals("undo", thrown.getSuppressed()[0].getMessage());
    }

    @Test
    void closedWorldsOtherThreadsAndNoWorldAreRefused() throws Exception {
        WorldStateException none = assertThrows(WorldStateException.class, () -> Worlds.onRollback(() -> { }));
        assertTrue(none.getMessage().startsWith("Worlds.onRollback() with no open world"), none.getMessage());
        World world = Worlds.push();
        AtomicReference<Throwable> seen = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                world.onRollback(() -> ran.add("never"));
            } catch (Throwable t) {
                seen.set(t);
            }
        }, "worker-2");
        other.start();
        other.join();
        assertTrue(seen.get() instanceof WorldStateException, String.valueOf(seen.get()));
        assertTrue(seen.get().getMessage().startsWith("onRollback of the world at depth 1"), seen.get().getMessage());
        assertTrue(seen.get().getMessage().contains("from thread 'worker-2'"), seen.get().getMessage());
        world.rollback();
        assertTrue(ran.isEmpty());
        WorldStateException closed = assertThrows(WorldStateException.class, () -> world.onRollback(() -> { }));
        assertTrue(closed.getMessage().contains("already closed"), closed.getMessage());
        assertThrows(NullPointerException.class, () -> Worlds.onRollback(null));
    }
}
