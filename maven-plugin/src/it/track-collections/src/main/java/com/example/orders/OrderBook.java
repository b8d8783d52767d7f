package com.example.orders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Orders kept the way users keep them: a map of lists, created with new. */
public class OrderBook {
    private final Map<String, List<Integer>> byCustomer = new HashMap<>();

    public void order(String customer, int quantity) {
        byCustomer.computeIfAbsent(customer, c -> new ArrayList<>()).add(quantity);
    }

    public Map<String, List<Integer>> orders() {
        return byCustomer;
    }
}
