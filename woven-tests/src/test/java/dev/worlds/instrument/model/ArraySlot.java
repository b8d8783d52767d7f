package dev.worlds.instrument.model;

import java.util.Arrays;
import java.util.List;

/**
 * The arrays a program can name: one small array of every element kind on the {@code Shelf}
 * object (each saved whole on its first write in a world), a 2-D {@code int[][] grid} whose rows
 * are arrays of their own (a row can be replaced by a new one), a large {@code int[] big} saved by
 * 512-element chunk (its last chunk is partial), and the {@code long[]} most recently created by a
 * {@code CreateArray} step (which may be created inside a world, and is chunked too).
 *
 * <p>{@code ROW_0..ROW_2} name whatever row array {@code grid[r]} holds when the step runs.
 */
public enum ArraySlot {
    FLAGS("flags", FieldKind.BOOLEAN, 6),
    BYTES("bytes", FieldKind.BYTE, 6),
    SHORTS("shorts", FieldKind.SHORT, 6),
    CHARS("chars", FieldKind.CHAR, 6),
    INTS("ints", FieldKind.INT, 6),
    LONGS("longs", FieldKind.LONG, 6),
    FLOATS("floats", FieldKind.FLOAT, 6),
    DOUBLES("doubles", FieldKind.DOUBLE, 6),
    /** {@code Object[]}: pool objects or null. */
    THINGS("things", FieldKind.ANY_REF, 6),
    /** {@code Node[]}: Nodes and Leafs or null. */
    NODES("nodes", FieldKind.NODE_REF, 5),
    /** {@code int[][]}: its elements are the row arrays. */
    GRID("grid", FieldKind.ROW_REF, 3),
    ROW_0("grid[0]", FieldKind.INT, 4),
    ROW_1("grid[1]", FieldKind.INT, 4),
    ROW_2("grid[2]", FieldKind.INT, 4),
    /** Several 512-element chunks and a partial last one. */
    BIG("big", FieldKind.INT, 2050),
    /** {@code new long[520]}: two chunks, created by a program step. */
    FRESH("freshArray", FieldKind.LONG, 520);

    /** Saving granularity of the runtime for large arrays (mirrors {@code ArrayStamps.CHUNK}). */
    public static final int CHUNK = 512;

    private final String label;
    private final FieldKind kind;
    private final int length;

    ArraySlot(String label, FieldKind kind, int length) {
        this.label = label;
        this.kind = kind;
        this.length = length;
    }

    public String label() {
        return label;
    }

    /** Element kind; values travel as {@link FieldKind} bits (object or array ids for references). */
    public FieldKind kind() {
        return kind;
    }

    public int length() {
        return length;
    }

    /** The grid row this slot names, or -1. */
    public int row() {
        return this == ROW_0 ? 0 : this == ROW_1 ? 1 : this == ROW_2 ? 2 : -1;
    }

    public static ArraySlot ofRow(int row) {
        return values()[ROW_0.ordinal() + row];
    }

    /** True when {@code System.arraycopy(source, .., this, .., n)} is type-correct for every n. */
    public boolean canCopyFrom(ArraySlot source) {
        return source.kind == kind || kind == FieldKind.ANY_REF && source.kind == FieldKind.NODE_REF;
    }

    /** The slots a copy into this one can read from (itself included: overlapping copies). */
    public List<ArraySlot> copySources() {
        return Arrays.stream(values()).filter(this::canCopyFrom).toList();
    }

    /** A value as a program listing shows it: a slot label for a pool object reference. */
    static String show(FieldKind kind, long value) {
        if (!kind.isRef()) {
            return kind.format(value);
        }
        return value < 0 ? "null" : Slot.values()[(int) value].label();
    }
}
