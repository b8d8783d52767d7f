package dev.worlds.bench.support;

/** Workload sizes shared by the benchmarks; compile-time constants so JMH annotations can use them. */
public final class Sizes {
    /**
     * Cells walked by every loop benchmark: 4096 objects of 24 bytes (96 KiB) fit in L2, so the
     * loops measure the barrier and the save, not memory bandwidth. The loop benchmarks declare
     * it as their operations per invocation, so scores read as time per cell.
     */
    public static final int CELLS = 4096;

    private Sizes() {
    }
}
