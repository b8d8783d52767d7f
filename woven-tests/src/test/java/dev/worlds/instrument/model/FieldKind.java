package dev.worlds.instrument.model;

/**
 * The value kinds of fixture fields. Primitive values travel as {@code long} bits in one canonical
 * form (narrow integers sign- or zero-extended as Java does, floats as raw IEEE bits), so the
 * model compares bit patterns: NaN payloads and {@code -0.0} must survive a rollback exactly.
 * Reference values travel as object (or array) ids, -1 for null.
 */
public enum FieldKind {
    BOOLEAN("boolean"),
    BYTE("byte"),
    SHORT("short"),
    CHAR("char"),
    INT("int"),
    LONG("long"),
    FLOAT("float"),
    DOUBLE("double"),
    /** An {@code Object} field: may hold any pool object. */
    ANY_REF("Object"),
    /** A {@code Node} field: may hold Nodes and Leafs only. */
    NODE_REF("Node"),
    /** An element of the {@code int[][]} grid: holds row arrays (by array id), never pool objects. */
    ROW_REF("int[]");

    private final String javaType;

    FieldKind(String javaType) {
        this.javaType = javaType;
    }

    public String javaType() {
        return javaType;
    }

    public boolean isRef() {
        return this == ANY_REF || this == NODE_REF || this == ROW_REF;
    }

    /** The bits a read of a field of this kind yields after {@code bits} was written to it. */
    public long canonical(long bits) {
        switch (this) {
            case BOOLEAN:
                return bits != 0 ? 1 : 0;
            case BYTE:
                return (byte) bits;
            case SHORT:
                return (short) bits;
            case CHAR:
                return (char) bits;
            case INT:
            case FLOAT:
                return (int) bits;
            default:
                return bits;
        }
    }

    /** A primitive value as Java source would spell it; NaNs and infinities by their bit pattern. */
    public String format(long bits) {
        switch (this) {
            case BOOLEAN:
                return bits != 0 ? "true" : "false";
            case CHAR:
                boolean plain = bits >= 0x20 && bits < 0x7f && bits != '\'' && bits != '\\';
                return plain ? "'" + (char) bits + "'" : String.format("'\\u%04x'", bits);
            case LONG:
                return bits + "L";
            case FLOAT: {
                float value = Float.intBitsToFloat((int) bits);
                if (Float.isNaN(value) || Float.isInfinite(value)) {
                    return String.format("Float.intBitsToFloat(0x%08x)", (int) bits);
                }
                return value + "f";
            }
            case DOUBLE: {
                double value = Double.longBitsToDouble(bits);
                if (Double.isNaN(value) || Double.isInfinite(value)) {
                    return String.format("Double.longBitsToDouble(0x%016xL)", bits);
                }
                return Double.toString(value);
            }
            case ANY_REF:
            case NODE_REF:
            case ROW_REF:
                throw new IllegalArgumentException("references are formatted by the heap that owns their ids");
            default:
                return Long.toString(bits);
        }
    }
}
