package dev.worlds.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shared identity table of array claims, on a table of its own. */
class ArrayClaimTableTest {
    private final ArrayClaimTable table = new ArrayClaimTable();

    @AfterEach
    void closeWorlds() {
        Worlds.popUntil(0);
    }

    @Test
    void anArrayHasOneRecordFoundByIdentity() {
        Worlds.push();
        WorldFrame world = ThreadWorlds.current().top();
        int[] array = new int[3];
        assertTrue(table.isEmpty());
        assertNull(table.find(array));
        ArrayClaim fresh = new ArrayClaim(array, world);
        assertSame(fresh, table.addIfAbsent(fresh));
        assertSame(fresh, table.addIfAbsent(new ArrayClaim(array, world)), "the first record stays");
        assertSame(fresh, table.find(array));
        assertNull(table.find(new int[3]), "an equal array is another array");
        assertFalse(table.isEmpty());
        assertSame(world, fresh.holder());
    }

    @Test
    void aRebuildDropsTheRecordsNobodyHoldsKeepsTheHeldOnesAndShrinks() {
        Worlds.push();
        WorldFrame world = ThreadWorlds.current().top();
        List<ArrayClaim> claims = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            ArrayClaim claim = new ArrayClaim(new int[1], world);
            assertSame(claim, table.addIfAbsent(claim));
            claims.add(claim);
        }
        for (ArrayClaim claim : claims) {
            assertSame(claim, table.find(claim.array));
        }
        int grown = table.capacity();
        assertTrue(grown >= 2_000, "at most half full: " + grown);
        List<ArrayClaim> held = claims.subList(0, 10);
        for (ArrayClaim claim : claims.subList(10, claims.size())) {
            claim.release();
        }
        int added = 0;
        while (table.capacity() == grown) {
            ArrayClaim passing = new ArrayClaim(new int[1], world);
            table.addIfAbsent(passing);
            passing.release();
            added++;
        }
        assertTrue(added <= grown / 2, "rebuilt once half full, after " + added);
        assertTrue(table.capacity() < grown, "shrank to " + table.capacity());
        assertEquals(11, table.size(), "the held records and the one just added");
        for (ArrayClaim claim : held) {
            assertSame(claim, table.find(claim.array));
            assertSame(world, claim.holder());
        }
        ArrayClaim dropped = claims.get(500);
        assertNull(table.find(dropped.array));
        assertSame(ArrayClaim.DEAD, dropped.holder());
        assertFalse(dropped.take(world), "a dropped record is never taken again");
    }

    /** Lookups never lock: one running through rebuilds must always find a held record. */
    @Test
    void aLookupDuringRebuildsAlwaysFindsAHeldRecord() throws Exception {
        Worlds.push();
        WorldFrame world = ThreadWorlds.current().top();
        int[] heldArray = new int[1];
        ArrayClaim held = new ArrayClaim(heldArray, world);
        table.addIfAbsent(held);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            long lookups = 0;
            while (!done.get() || lookups == 0) {
                if (table.find(heldArray) != held) {
                    failure.compareAndSet(null, "lost the held record after " + lookups + " lookups");
                }
                lookups++;
            }
        }, "reader");
        reader.start();
        for (int i = 0; i < 100_000; i++) {   // with one held record, a rebuild every few additions
            ArrayClaim passing = new ArrayClaim(new int[1], world);
            table.addIfAbsent(passing);
            passing.release();
        }
        done.set(true);
        reader.join(TimeUnit.SECONDS.toMillis(30));
        assertNull(failure.get());
        assertSame(held, table.find(heldArray));
        assertTrue(table.size() < 64, "records nobody holds do not pile up: " + table.size());
    }
}
