package dev.worlds.bench.workload;

/**
 * The object every benchmark reads and writes: two tracked {@code int} fields. Ordinary Java;
 * benchmarks load it once as compiled and once woven (which adds the stamp field, still 24 bytes
 * per object with compressed oops, so both variants walk the same amount of memory).
 */
public final class Cell {
    int value;
    int count;

    Cell(int value, int count) {
        this.value = value;
        this.count = count;
    }
}
