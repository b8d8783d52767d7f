package dev.worlds.instrument.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every field of the woven fixture classes in {@code fixtures.property}, with what the model
 * needs: its kind, whether {@code @Untracked}, and the value it has right after construction
 * (the fixture constructors write some fields, so that constructor writes are covered too).
 * The woven {@code FieldAccess} maps each constant to the real field.
 */
public enum FixtureField {
    NODE_FLAG(Shape.NODE, "flag", FieldKind.BOOLEAN),
    NODE_TINY(Shape.NODE, "tiny", FieldKind.BYTE),
    NODE_SMALL(Shape.NODE, "small", FieldKind.SHORT),
    NODE_LETTER(Shape.NODE, "letter", FieldKind.CHAR, 'N'),
    NODE_COUNT(Shape.NODE, "count", FieldKind.INT),
    NODE_TOTAL(Shape.NODE, "total", FieldKind.LONG),
    NODE_RATIO(Shape.NODE, "ratio", FieldKind.FLOAT),
    NODE_WEIGHT(Shape.NODE, "weight", FieldKind.DOUBLE),
    NODE_LINK(Shape.NODE, "link", FieldKind.ANY_REF),

    LEAF_RANK(Shape.LEAF, "rank", FieldKind.LONG, -1),
    LEAF_SCALE(Shape.LEAF, "scale", FieldKind.FLOAT),
    LEAF_SHARE(Shape.LEAF, "share", FieldKind.DOUBLE),
    LEAF_MARKED(Shape.LEAF, "marked", FieldKind.BOOLEAN),
    LEAF_NEXT(Shape.LEAF, "next", FieldKind.NODE_REF),

    TALLY_HITS(Shape.TALLY, "hits", FieldKind.INT),
    TALLY_VISITS(Shape.TALLY, "visits", FieldKind.LONG, 0, true),
    TALLY_LAST_SEEN(Shape.TALLY, "lastSeen", FieldKind.ANY_REF, -1, true),

    GLOBAL_FLAG(Shape.GLOBALS, "flag", FieldKind.BOOLEAN),
    GLOBAL_TINY(Shape.GLOBALS, "tiny", FieldKind.BYTE),
    GLOBAL_SMALL(Shape.GLOBALS, "small", FieldKind.SHORT),
    GLOBAL_LETTER(Shape.GLOBALS, "letter", FieldKind.CHAR),
    GLOBAL_COUNT(Shape.GLOBALS, "count", FieldKind.INT),
    GLOBAL_TOTAL(Shape.GLOBALS, "total", FieldKind.LONG),
    GLOBAL_RATIO(Shape.GLOBALS, "ratio", FieldKind.FLOAT),
    GLOBAL_WEIGHT(Shape.GLOBALS, "weight", FieldKind.DOUBLE),
    GLOBAL_ROOT(Shape.GLOBALS, "root", FieldKind.NODE_REF),
    GLOBAL_TICKS(Shape.GLOBALS, "ticks", FieldKind.INT, 0, true);

    private static final Map<Shape, List<FixtureField>> BY_SHAPE = new EnumMap<>(Shape.class);

    static {
        for (Shape shape : Shape.values()) {
            List<FixtureField> fields = new ArrayList<>();
            for (FixtureField field : values()) {
                if (shape.has(field)) {
                    fields.add(field);
                }
            }
            BY_SHAPE.put(shape, Collections.unmodifiableList(fields));
        }
    }

    private final Shape owner;
    private final String javaName;
    private final FieldKind kind;
    private final long initial;
    private final boolean untracked;

    FixtureField(Shape owner, String javaName, FieldKind kind) {
        this(owner, javaName, kind, kind.isRef() ? -1 : 0, false);
    }

    FixtureField(Shape owner, String javaName, FieldKind kind, long initial) {
        this(owner, javaName, kind, initial, false);
    }

    FixtureField(Shape owner, String javaName, FieldKind kind, long initial, boolean untracked) {
        this.owner = owner;
        this.javaName = javaName;
        this.kind = kind;
        this.initial = initial;
        this.untracked = untracked;
    }

    static List<FixtureField> of(Shape shape) {
        return BY_SHAPE.get(shape);
    }

    /** The class that declares the field. */
    public Shape owner() {
        return owner;
    }

    public String javaName() {
        return javaName;
    }

    public FieldKind kind() {
        return kind;
    }

    /** Value right after construction (for statics: the value each run resets it to). */
    public long initial() {
        return initial;
    }

    /** Annotated {@code @Untracked}: rollback must leave it alone. */
    public boolean untracked() {
        return untracked;
    }
}
