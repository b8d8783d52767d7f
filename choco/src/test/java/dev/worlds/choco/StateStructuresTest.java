package dev.worlds.choco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chocosolver.memory.IEnvironment;
import org.chocosolver.memory.IStateBitSet;
import org.chocosolver.memory.IStateBool;
import org.chocosolver.memory.IStateDouble;
import org.chocosolver.memory.IStateDoubleVector;
import org.chocosolver.memory.IStateInt;
import org.chocosolver.memory.IStateIntVector;
import org.chocosolver.memory.IStateLong;
import org.chocosolver.memory.trailing.EnvironmentTrailing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The environment's structures against Choco's own under random operations and random world
 * pushes, pops and commits: every query answers the same after every step.
 */
class StateStructuresTest {
    @AfterEach
    void noWorldLeftOpen() {
        int depth = Worlds.depth();
        Worlds.popUntil(0);
        assertEquals(0, depth, "a test left worlds open");
    }

    /** One environment and its structures. */
    private static final class Side {
        final IEnvironment env;
        final IStateInt i;
        final IStateBool b;
        final IStateLong l;
        final IStateDouble d;
        final IStateBitSet small;
        final IStateBitSet medium;
        final IStateBitSet large;
        final IStateBitSet sparse;
        final IStateIntVector ints;
        final IStateDoubleVector doubles;

        Side(IEnvironment env) {
            this.env = env;
            i = env.makeInt(3);
            b = env.makeBool(false);
            l = env.makeLong(-7);
            d = env.makeFloat(0.5);
            small = env.makeBitSet(20);
            medium = env.makeBitSet(50);
            large = env.makeBitSet(300);
            sparse = env.makeSparseBitset(64);
            ints = env.makeIntVector(5, -1);
            doubles = env.makeDoubleVector(4, 1.5);
        }

        String state() {
            return i.get() + " " + b.get() + " " + l.get() + " " + d.get() + " " + bits(small, 20, true) + " " + bits(medium, 50, true) + " " + bits(large, 330, true)
                    + " " + bits(sparse, 330, false) + " " + vector() + " " + env.getWorldIndex() + " " + env.getTimeStamp();
        }

        private String vector() {
            StringBuilder s = new StringBuilder("[");
            for (int k = 0; k < 5; k++) {
                s.append(ints.quickGet(k)).append(',');
            }
            for (int k = 0; k < 4; k++) {
                s.append(doubles.quickGet(k)).append(',');
            }
            return s.append(']').toString();
        }

        /** Every query from -1 up to {@code limit}: a one-word set of Choco's answers only within its word. */
        private static String bits(IStateBitSet set, int limit, boolean prevClear) {
            List<Integer> answers = new ArrayList<>();
            answers.add(set.cardinality());
            answers.add(set.isEmpty() ? 1 : 0);
            for (int k = -1; k < limit; k += limit < 64 ? 1 : 7) {
                answers.add(set.nextSetBit(Math.max(k, 0)));
                answers.add(set.nextClearBit(Math.max(k, 0)));
                answers.add(set.prevSetBit(k));
                if (prevClear) {
                    // Choco 4.10.18's SparseBitSet.prevClearBit can answer an index past fromIndex (the
                    // end of a block), which looks like a bug of its own; BitsetIntVarImpl calls it
                    // only in previousValueOut and its value iterators (the "out" values).
                    answers.add(set.prevClearBit(k));
                }
                answers.add(k >= 0 && set.get(k) ? 1 : 0);
            }
            return answers.toString();
        }
    }

    @Test
    void randomOperationsAnswerAsChocosOwnStructures() {
        for (int seed = 0; seed < 60; seed++) {
            Random random = new Random(seed);
            Side choco = new Side(new EnvironmentTrailing());
            Side worlds = new Side(new WorldsEnvironment());
            for (int step = 0; step < 400; step++) {
                int op = random.nextInt(16);
                int a = random.nextInt(330);
                int c = a + random.nextInt(140);
                long value = random.nextInt(9) - 4;
                for (Side side : new Side[] {choco, worlds}) {
                    apply(side, op, a, c, value);
                }
                assertEquals(choco.state(), worlds.state(), "seed " + seed + " step " + step + " op " + op);
            }
            choco.env.worldPopUntil(0);
            worlds.env.worldPopUntil(0);
            assertEquals(choco.state(), worlds.state(), "seed " + seed + " after popping every world");
        }
    }

    private static void apply(Side side, int op, int a, int c, long value) {
        IStateBitSet[] sets = {side.small, side.medium, side.large, side.sparse};
        IStateBitSet set = sets[a % 4];
        int bound = set == side.small ? 20 : set == side.medium ? 50 : set == side.large ? 300 : 330;
        switch (op) {
            case 0, 1 -> side.env.worldPush();
            case 2 -> {
                if (side.env.getWorldIndex() > 0) {
                    side.env.worldPop();
                }
            }
            case 3 -> {
                if (side.env.getWorldIndex() > 0) {
                    side.env.worldCommit();
                }
            }
            case 4 -> side.i.add((int) value);
            case 5 -> side.b.set(value > 0);
            case 6 -> side.l.set(side.l.get() * 3 + value);
            case 7 -> side.d.set(value / 4.0);
            case 8 -> set.set(a % bound);
            case 9 -> set.clear(a % bound);
            case 10 -> set.set(a % bound, Math.min(c, bound));
            case 11 -> set.clear(a % bound, Math.min(c, bound));
            case 12 -> {
                if (value == 0) {
                    set.clear();
                }
            }
            case 13 -> side.ints.quickSet(a % 5, (int) value);
            case 14 -> side.doubles.quickSet(a % 4, value / 2.0);
            case 15 -> side.ints.set(c % 5, (int) value * 10);
            default -> throw new IllegalArgumentException();
        }
    }

    @Test
    void anotherThreadCannotEndTheEnvironmentsWorlds() throws Exception {
        WorldsEnvironment env = new WorldsEnvironment();
        IStateInt value = env.makeInt(1);
        env.worldPush();
        value.set(2);
        java.util.concurrent.atomic.AtomicReference<Throwable> seen = new java.util.concurrent.atomic.AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                env.worldPop();
            } catch (Throwable t) {
                seen.set(t);
            }
        }, "other-solver");
        other.start();
        other.join();
        assertTrue(seen.get() instanceof dev.worlds.WorldStateException, String.valueOf(seen.get()));
        assertTrue(seen.get().getMessage().contains("from thread 'other-solver'"), seen.get().getMessage());
        assertEquals(1, env.getWorldIndex(), "the refused pop leaves the world open and indexed");
        env.worldPop();
        assertEquals(1, value.get());
        assertEquals(0, env.getWorldIndex());
    }

    @Test
    void aThrowingUndoOperationStillClosesTheWorld() {
        WorldsEnvironment env = new WorldsEnvironment();
        IStateInt value = env.makeInt(1);
        env.worldPush();
        env.save(() -> {
            throw new IllegalStateException("undo failed");
        });
        value.set(2);
        assertThrows(IllegalStateException.class, env::worldPop);
        assertEquals(0, env.getWorldIndex());
        assertEquals(1, value.get(), "restored although the operation threw");
    }

    @Test
    void vectorsGrowAndRollBack() {
        WorldsEnvironment env = new WorldsEnvironment();
        IStateIntVector vector = env.makeIntVector(2, 7);
        env.worldPush();
        for (int k = 0; k < 40; k++) {
            vector.add(k);
        }
        vector.quickSet(0, 100);
        assertEquals(39, vector.quickGet(41));
        env.worldPop();
        assertEquals(7, vector.quickGet(0));
        assertEquals(7, vector.quickGet(1));
        assertThrows(IndexOutOfBoundsException.class, () -> vector.set(2, 1));
    }

    @Test
    void operationsAreUndoneByTheWorldTheyWereSavedIn() {
        WorldsEnvironment env = new WorldsEnvironment();
        List<String> undone = new ArrayList<>();
        env.save(() -> undone.add("world 0: never"));
        env.worldPush();
        env.save(() -> undone.add("1a"));
        env.worldPush();
        env.save(() -> undone.add("2a"));
        env.saveAt(() -> undone.add("1b"), 1);
        env.worldPush();
        env.worldCommit();
        env.worldPop();
        assertEquals(List.of("2a"), undone);
        env.worldPop();
        assertEquals(List.of("2a", "1b", "1a"), undone);
        assertEquals(0, env.getWorldIndex());
        assertThrows(IllegalArgumentException.class, () -> env.saveAt(() -> { }, 1));
        assertThrows(IllegalStateException.class, env::worldCommit);
        assertEquals(5, env.getTimeStamp(), "pushes and pops count, commits do not");
    }
}
