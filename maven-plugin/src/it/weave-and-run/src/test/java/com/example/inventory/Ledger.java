package com.example.inventory;

/** Test-only state: tracked because weave-tests weaves the test classes. */
class Ledger {
    int entries;
    String last = "";

    void record(String entry) {
        entries++;
        last = entry;
    }
}
