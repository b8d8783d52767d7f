package dev.worlds.instrument.model;

/**
 * A write of the shared part of the concurrent property: {@code value} (canonical bits) into a
 * tracked primitive {@code field} of the shared object (or of the statics) {@code target} names.
 */
public record PoolWrite(Slot target, FixtureField field, long value) {
    public String describe() {
        return target.label() + "." + field.javaName() + " = " + field.kind().format(value);
    }
}
