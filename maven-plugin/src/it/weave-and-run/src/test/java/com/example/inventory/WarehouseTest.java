package com.example.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.worlds.Worlds;
import org.junit.jupiter.api.Test;

class WarehouseTest {
    @Test
    void rollbackRestoresMainAndTestClasses() {
        Warehouse warehouse = new Warehouse(10, 0);
        Ledger ledger = new Ledger();
        ledger.record("opened");
        int moves = Warehouse.moves();

        Worlds.push();
        warehouse.ship(4);
        warehouse.shelf().add(100);
        ledger.record("shipped 4");
        assertEquals(106, warehouse.shelf().quantity());
        Worlds.pop();

        assertEquals(10, warehouse.shelf().quantity());
        assertEquals(0, warehouse.dock().quantity());
        assertEquals("none", warehouse.lastMove());
        assertEquals(moves, Warehouse.moves());
        assertEquals(1, ledger.entries);
        assertEquals("opened", ledger.last);
    }

    @Test
    void speculativeMethodRollsBackWhenItThrows() {
        Warehouse warehouse = new Warehouse(3, 0);

        assertThrows(IllegalStateException.class, () -> warehouse.ship(5));

        assertEquals(3, warehouse.shelf().quantity());
        assertEquals(0, warehouse.dock().quantity(), "dock.add(5) ran before the failure and was rolled back");
        assertEquals("none", warehouse.lastMove());
        assertEquals(0, Worlds.depth());
    }

    @Test
    void commitKeepsWrites() {
        Warehouse warehouse = new Warehouse(3, 0);

        warehouse.ship(2);

        assertEquals(1, warehouse.shelf().quantity());
        assertEquals(2, warehouse.dock().quantity());
        assertEquals("ship 2", warehouse.lastMove());
    }
}
