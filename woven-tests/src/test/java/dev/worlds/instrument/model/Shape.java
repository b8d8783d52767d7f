package dev.worlds.instrument.model;

import java.util.List;

/**
 * The woven fixture classes of the property test, as the model sees them: which fields each
 * has. {@code LEAF} extends {@code NODE}, so a Leaf has the fields of both levels.
 */
public enum Shape {
    NODE("Node", null),
    LEAF("Leaf", NODE),
    TALLY("Tally", null),
    GLOBALS("Globals", null);

    private final String className;
    private final Shape superShape;

    Shape(String className, Shape superShape) {
        this.className = className;
        this.superShape = superShape;
    }

    public String className() {
        return className;
    }

    /** True when objects of this shape have {@code field}: declared here or inherited. */
    public boolean has(FixtureField field) {
        return field.owner() == this || (superShape != null && superShape.has(field));
    }

    /** Every field objects of this shape have, superclass fields first. */
    public List<FixtureField> fields() {
        return FixtureField.of(this);
    }
}
