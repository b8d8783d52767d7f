package dev.worlds.instrument.model;

import java.util.Arrays;
import java.util.List;

/**
 * The places a program can name: four pool objects that exist before any world, the object most
 * recently created by a {@code Create} step (which may be created inside a world), and the static
 * fields of {@code Globals}.
 */
public enum Slot {
    NODE("node", Shape.NODE),
    LEAF_A("leafA", Shape.LEAF),
    LEAF_B("leafB", Shape.LEAF),
    TALLY("tally", Shape.TALLY),
    FRESH("fresh", Shape.LEAF),
    STATICS("Globals", Shape.GLOBALS);

    private final String label;
    private final Shape shape;

    Slot(String label, Shape shape) {
        this.label = label;
        this.shape = shape;
    }

    public String label() {
        return label;
    }

    public Shape shape() {
        return shape;
    }

    /** True when a reference field of {@code kind} can hold this slot's object. */
    public boolean fits(FieldKind kind) {
        if (this == STATICS || kind == FieldKind.ROW_REF) {
            return false;
        }
        return kind == FieldKind.ANY_REF || shape == Shape.NODE || shape == Shape.LEAF;
    }

    /** The slots whose objects a reference field of {@code kind} can hold. */
    public static List<Slot> fitting(FieldKind kind) {
        return Arrays.stream(values()).filter(slot -> slot.fits(kind)).toList();
    }
}
