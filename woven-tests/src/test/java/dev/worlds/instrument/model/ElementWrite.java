package dev.worlds.instrument.model;

/**
 * A write into a shared array of the concurrent property: {@code value} (canonical int bits) into
 * {@code array[index]}, or with {@code count > 1} into {@code count} elements from {@code index}
 * by {@code Arrays.fill} (clamped to the array), so that the JDK-writer path is exercised too.
 */
public record ElementWrite(ArraySlot array, int index, int count, long value) {

    /** The first element after the written range. */
    public int end() {
        return Math.min(array.length(), index + count);
    }

    public String describe() {
        String where = count == 1 ? "[" + index + "]" : "[" + index + ".." + end() + ")";
        return "shared " + array.label() + where + " = " + array.kind().format(value);
    }
}
