package dev.worlds.bench.api;

/**
 * What a benchmark asks of a workload. Loaded by the benchmark's own class loader, so that the
 * plain, woven and hand-undo workloads (each defined by its own child class loader) all implement
 * this one type and the JMH method calls them monomorphically: a fork only ever loads one.
 *
 * <p>Every loop over cells lives in the implementation, never in the benchmark, so that the woven
 * barrier is inlined into the loop exactly as it would be in user code.
 */
public interface CellWorkload {
    /** Number of cells the loops walk. */
    int size();

    /** Reads both fields of every cell and returns their sum. */
    long sumFields();

    /** Writes both fields of every cell: {@code value = v}, {@code count = index}. */
    void writeBothFields(int v);

    /** Writes one field of every cell: {@code value = v}. */
    void writeOneField(int v);

    /** Opens a world (or, for the hand-written undo, marks the undo log). */
    void begin();

    /** Rolls back and closes what {@link #begin()} opened. */
    void rollback();

    /** Commits what {@link #begin()} opened into the enclosing world, or permanently. */
    void commit();
}
