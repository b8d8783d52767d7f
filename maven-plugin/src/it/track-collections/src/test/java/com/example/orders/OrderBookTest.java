package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.worlds.Worlds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderBookTest {
    private static final boolean TRACKED = Boolean.parseBoolean(System.getProperty("expect.tracked"));

    @Test
    void aRollbackRestoresTheOrdersOnlyWhenCollectionsAreTracked() {
        OrderBook book = new OrderBook();
        book.order("ada", 1);

        Worlds.push();
        book.order("ada", 2);
        book.order("bob", 3);
        Worlds.pop();

        Map<String, List<Integer>> expected = TRACKED ? Map.of("ada", List.of(1))
                : Map.of("ada", List.of(1, 2), "bob", List.of(3));
        assertEquals(expected, book.orders());
        assertEquals(TRACKED ? "dev.worlds.collections.TrackedHashMap" : HashMap.class.getName(),
                book.orders().getClass().getName());
    }
}
