package dev.worlds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorldsApiTest {
    @AfterEach
    void noWorldLeftOpen() {
        assertEquals(0, Worlds.depth(), "a test left worlds open");
    }

    @Test
    void pushPopAndCommitTrackDepthAndCurrent() {
        assertNull(Worlds.current());
        World outer = Worlds.push();
        World inner = Worlds.push();
        assertEquals(2, Worlds.depth());
        assertSame(inner, Worlds.current());
        assertSame(outer, inner.parent());
        assertNull(outer.parent());
        assertEquals(1, outer.depth());
        assertEquals(2, inner.depth());
        Worlds.commit();
        assertFalse(inner.isOpen());
        assertSame(outer, Worlds.current());
        Worlds.pop();
        assertFalse(outer.isOpen());
        assertEquals(0, Worlds.depth());
    }

    @Test
    void rollbackRestoresAndCommitKeeps() {
        Cell cell = new Cell(1);
        Worlds.push();
        cell.set(2);
        cell.setRef("x");
        Worlds.pop();
        assertEquals(1, cell.value());
        assertNull(cell.ref());
        Worlds.push();
        cell.set(3);
        Worlds.commit();
        assertEquals(3, cell.value());
    }

    @Test
    void nestedCommitHandsSavesToTheParent() {
        Cell a = new Cell(1);
        Cell b = new Cell(10);
        Worlds.push();
        a.set(2);
        for (int i = 0; i < 100; i++) {
            Worlds.push();
            a.set(100 + i);
            b.set(200 + i);
            Worlds.commit();
        }
        assertEquals(199, a.value());
        assertEquals(299, b.value());
        Worlds.pop();
        assertEquals(1, a.value());
        assertEquals(10, b.value());
    }

    @Test
    void popUntilRollsBackToTheGivenDepth() {
        Cell cell = new Cell(0);
        Worlds.push();
        cell.set(1);
        Worlds.push();
        cell.set(2);
        Worlds.push();
        cell.set(3);
        Worlds.popUntil(1);
        assertEquals(1, Worlds.depth());
        assertEquals(1, cell.value());
        Worlds.popUntil(0);
        assertEquals(0, cell.value());
        WorldStateException error = assertThrows(WorldStateException.class, () -> Worlds.popUntil(1));
        assertTrue(error.getMessage().contains("popUntil(1) but depth() is 0"), error.getMessage());
        assertThrows(WorldStateException.class, () -> Worlds.popUntil(-1));
    }

    @Test
    void popAndCommitWithNoWorldSayWhatToDo() {
        WorldStateException pop = assertThrows(WorldStateException.class, Worlds::pop);
        assertTrue(pop.getMessage().startsWith("Worlds.pop() with no open world"), pop.getMessage());
        assertTrue(pop.getMessage().contains("Worlds.push()"), pop.getMessage());
        WorldStateException commit = assertThrows(WorldStateException.class, Worlds::commit);
        assertTrue(commit.getMessage().startsWith("Worlds.commit() with no open world"), commit.getMessage());
        assertTrue(pop instanceof IllegalStateException);
    }

    @Test
    void worldsEndInnermostFirst() {
        Cell cell = new Cell(0);
        World outer = Worlds.push();
        cell.set(1);
        World inner = Worlds.push();
        cell.set(2);
        WorldStateException error = assertThrows(WorldStateException.class, outer::commit);
        assertTrue(error.getMessage().contains("not the innermost open world"), error.getMessage());
        assertThrows(WorldStateException.class, outer::rollback);
        assertEquals(2, cell.value(), "a refused commit changes nothing");
        inner.rollback();
        outer.commit();
        assertEquals(1, cell.value());
        WorldStateException twice = assertThrows(WorldStateException.class, outer::commit);
        assertTrue(twice.getMessage().contains("already closed"), twice.getMessage());
    }

    @Test
    void closeRollsBackOpenWorldsAndIgnoresEndedOnes() {
        Cell cell = new Cell(0);
        try (World w = Worlds.push()) {
            cell.set(5);
        }
        assertEquals(0, cell.value());
        try (World w = Worlds.push()) {
            cell.set(6);
            w.commit();
        }
        assertEquals(6, cell.value());
    }

    @Test
    void closingAnOuterWorldRollsBackInnerOnesAndSaysSo() {
        Cell cell = new Cell(0);
        World outer = Worlds.push();
        cell.set(1);
        Worlds.push();
        cell.set(2);
        WorldStateException error = assertThrows(WorldStateException.class, outer::close);
        assertTrue(error.getMessage().contains("1 inner world(s) were still open"), error.getMessage());
        assertEquals(0, cell.value());
        assertEquals(0, Worlds.depth());
    }

    @Test
    void worldsAreThreadConfined() throws Exception {
        World mine = Worlds.push();
        AtomicReference<Throwable> seen = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                mine.commit();
            } catch (Throwable t) {
                seen.set(t);
            }
            assertEquals(0, Worlds.depth(), "each thread has its own stack");
        }, "worker-1");
        other.start();
        other.join();
        assertTrue(seen.get() instanceof WorldStateException);
        assertTrue(seen.get().getMessage().contains("from thread 'worker-1'"), seen.get().getMessage());
        assertTrue(mine.isOpen());
        mine.rollback();
    }

    @Test
    void worldExposesNothingOfTheEngine() {
        assertSame(Object.class, World.class.getSuperclass(), "World extends no engine class");
        for (java.lang.reflect.Method method : World.class.getMethods()) {
            assertFalse(method.getDeclaringClass().getPackageName().startsWith("dev.worlds.internal"),
                    () -> "World exposes the engine's " + method);
            assertFalse(method.getName().equals("describe"), "describe() is the engine's");
        }
    }

    /** A planner as in speculate's Javadoc: extending a plan throws nothing checked. */
    private static final class Planner {
        final Cell steps = new Cell(0);

        String extend(String order) {
            steps.set(steps.value() + 1);
            return "plan for " + order;
        }

        String read(String path) throws IOException {
            steps.set(steps.value() + 1);
            throw new IOException("no " + path);
        }
    }

    // No throws clause: a body that throws nothing checked makes speculate throw nothing checked.
    @Test
    void speculateOfABodyThatThrowsNothingCheckedNeedsNoCatch() {
        Planner planner = new Planner();
        String plan = Worlds.speculate(() -> planner.extend("o-1"));
        assertEquals("plan for o-1", plan);
        assertEquals(1, planner.steps.value());
    }

    // Declares only IOException: speculate throws the body's own checked exception, not Exception.
    @Test
    void speculateThrowsTheBodysOwnCheckedException() throws IOException {
        Planner planner = new Planner();
        IOException thrown = assertThrows(IOException.class, () -> speculateRead(planner));
        assertEquals("no config", thrown.getMessage());
        assertEquals(0, planner.steps.value(), "the body's write is rolled back");
    }

    private static String speculateRead(Planner planner) throws IOException {
        return Worlds.speculate(() -> planner.read("config"));
    }

    @Test
    void speculateCommitsOnReturnAndRollsBackOnThrow() throws Exception {
        Cell cell = new Cell(0);
        assertEquals("ok", Worlds.speculate(() -> {
            cell.set(1);
            return "ok";
        }));
        assertEquals(1, cell.value());
        IOException failure = new IOException("disk");
        IOException thrown = assertThrows(IOException.class, () -> Worlds.speculate(() -> {
            cell.set(2);
            throw failure;
        }));
        assertSame(failure, thrown);
        assertEquals(1, cell.value());
        Worlds.speculate(() -> cell.set(3));
        assertEquals(3, cell.value());
        IllegalArgumentException bad = new IllegalArgumentException();
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> Worlds.speculate((Runnable) () -> {
            cell.set(4);
            throw bad;
        })));
        assertEquals(3, cell.value());
    }

    @Test
    void speculateRollsBackInnerWorldsTheBodyLeftOpen() {
        Cell cell = new Cell(0);
        WorldStateException error = assertThrows(WorldStateException.class, () -> Worlds.speculate(() -> {
            cell.set(1);
            Worlds.push();
            cell.set(2);
        }));
        assertTrue(error.getMessage().contains("1 inner world(s) still open"), error.getMessage());
        assertEquals(0, cell.value());
        RuntimeException failure = new RuntimeException("boom");
        assertSame(failure, assertThrows(RuntimeException.class, () -> Worlds.speculate(() -> {
            Worlds.push();
            cell.set(3);
            throw failure;
        })));
        assertEquals(0, cell.value());
    }

    @Test
    void speculateReportsABodyThatClosedItsOwnWorld() {
        Cell cell = new Cell(0);
        WorldStateException error = assertThrows(WorldStateException.class, () -> Worlds.speculate(() -> {
            cell.set(1);
            Worlds.pop();
        }));
        assertTrue(error.getMessage().contains("closed the world at depth 1"), error.getMessage());
        RuntimeException failure = new RuntimeException("after pop");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> Worlds.speculate(() -> {
            Worlds.pop();
            throw failure;
        }));
        assertSame(failure, thrown);
        assertEquals(1, thrown.getSuppressed().length);
    }

    @Test
    void attemptKeepsOnlyWhatSucceeded() {
        Cell cell = new Cell(0);
        assertTrue(Worlds.attempt(() -> {
            cell.set(1);
            return true;
        }));
        assertEquals(1, cell.value());
        assertFalse(Worlds.attempt(() -> {
            cell.set(2);
            return false;
        }));
        assertEquals(1, cell.value());
        assertThrows(ArithmeticException.class, () -> Worlds.attempt(() -> {
            cell.set(3);
            return 1 / (cell.value() - 3) == 0;
        }));
        assertEquals(1, cell.value());
    }

    @Test
    void objectsCreatedInAWorldNeedNoSave() {
        Worlds.push();
        Cell fresh = new Cell(1);
        fresh.set(2);
        Worlds.pop();
        assertEquals(2, fresh.value(), "never saved, so never restored");
    }

    @Test
    void outermostCommitLeavesObjectsOnTheFastPath() {
        Cell cell = new Cell(0);
        Worlds.push();
        cell.set(1);
        Worlds.commit();
        assertNull(cell.$worlds$stamp(), "a committed object carries no stale stamp");
        cell.set(2);
        assertNull(cell.$worlds$stamp());
    }

    @Test
    void worldToStringSaysWhatItIs() {
        World w = Worlds.push();
        assertEquals("World[depth 1, thread '" + Thread.currentThread().getName() + "', open]", w.toString());
        w.rollback();
        assertTrue(w.toString().endsWith("closed]"));
    }
}
