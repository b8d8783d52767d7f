package dev.worlds.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WorldLogTest {
    /** A tracked object with one long field whose save can be made to fail. */
    static final class Slot extends HandTracked {
        long value;
        boolean failSave;

        @Override
        public void $worlds$save(WorldLog log) {
            log.saveLong(value);
            if (failSave) {
                throw new OutOfMemoryError("simulated");
            }
            log.saveRef("padding");
        }

        @Override
        public void $worlds$restore(WorldLog log) {
            value = log.restoreLong();
            log.restoreRef();
        }
    }

    @Test
    void aFailedSaveLeavesNoPartialEntry() {
        WorldLog log = new WorldLog();
        Slot good = new Slot();
        good.value = 1;
        log.record(good, null);
        Slot bad = new Slot();
        bad.failSave = true;
        assertThrows(OutOfMemoryError.class, () -> log.record(bad, null));
        assertEquals(1, log.size());
        good.value = 2;
        log.rollback(0);
        assertEquals(1, good.value);
    }

    @Test
    void commitDropsEntriesTheParentHoldsAndKeepsTheRestInOrder() {
        WorldLog log = new WorldLog();
        WorldFrame parent = new WorldFrame(ThreadWorlds.current(), null, null);
        Slot a = new Slot();
        Slot b = new Slot();
        Slot c = new Slot();
        a.value = 1;
        log.record(a, null);        // the parent's own entry for a
        int childStart = log.size();
        b.value = 2;
        log.record(b, null);        // child saves b (unsaved before)
        a.value = 10;
        log.record(a, parent);      // child saves a, which the parent already holds
        c.value = 3;
        log.record(c, null);
        log.commitInto(childStart, parent);
        assertEquals(3, log.size());
        assertSame(parent, a.$worlds$stamp());
        assertSame(parent, b.$worlds$stamp());
        a.value = 99;
        b.value = 99;
        c.value = 99;
        log.rollback(0);
        assertEquals(1, a.value);
        assertEquals(2, b.value);
        assertEquals(3, c.value);
    }

    @Test
    void anEmptyLogThatGrewLargeShrinksBack() {
        WorldLog log = new WorldLog();
        for (int i = 0; i < 100_000; i++) {
            log.record(new Slot(), null);
        }
        assertTrue(log.entryCapacity() >= 100_000);
        log.commitOutermost(0);
        log.trim();
        assertEquals(64, log.entryCapacity());
    }
}
