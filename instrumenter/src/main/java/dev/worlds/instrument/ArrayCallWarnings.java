package dev.worlds.instrument;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Whether the weaver reports calls that hand a woven code's array to a JDK method it does not
 * track, and which such methods the user knows to only read the array. Woven code's own array
 * writes, and the JDK writers the weaver knows ({@code System.arraycopy}, {@code Arrays.fill}
 * ...), are tracked; any other JDK method that receives an array might write into it untracked, so
 * its call sites are reported once each at build time, unless the method is known to only read.
 *
 * <pre>{@code
 * ArrayCallWarnings.ON                                                  // the default
 * ArrayCallWarnings.OFF                                                 // report no such calls
 * ArrayCallWarnings.readOnly(List.of("java.util.zip.Checksum.update",   // these only read
 *         "java.util.HexFormat.*"))
 * }</pre>
 *
 * <p>A read-only method is named {@code <dotted class name>.<method name>}, or
 * {@code <dotted class name>.*} for all of the class's methods, and covers the same methods of
 * every JDK subtype ({@code java.util.zip.Checksum.update} also covers {@code CRC32.update} and
 * {@code Adler32.update}). Nested classes use {@code $}, constructors {@code <init>}.
 *
 * @param enabled         whether such calls are reported at all
 * @param readOnlyMethods JDK methods whose calls are not reported, because they only read the array
 */
public record ArrayCallWarnings(boolean enabled, List<String> readOnlyMethods) {
    /** Report every untracked call (the default). */
    public static final ArrayCallWarnings ON = new ArrayCallWarnings(true, List.of());

    /** Report none. */
    public static final ArrayCallWarnings OFF = new ArrayCallWarnings(false, List.of());

    /**
     * @throws IllegalArgumentException when a read-only method is not of the form
     *                                  {@code java.util.zip.CRC32.update} or {@code java.util.zip.CRC32.*}
     */
    public ArrayCallWarnings {
        readOnlyMethods = List.copyOf(readOnlyMethods);
        readOnlyMethods.forEach(ArrayCallWarnings::parse);
    }

    /** Reports every untracked call except those to {@code readOnlyMethods}. */
    public static ArrayCallWarnings readOnly(List<String> readOnlyMethods) {
        return new ArrayCallWarnings(true, readOnlyMethods);
    }

    /**
     * True when the user declared {@code owner.name} read-only, directly or through a supertype.
     *
     * @param owner internal name of the called method's owner, e.g. {@code java/util/zip/CRC32}
     */
    public boolean isDeclaredReadOnly(String owner, String name, ClassHierarchy hierarchy) {
        for (String method : readOnlyMethods) {
            String[] parts = parse(method);
            if ((parts[1].equals("*") || parts[1].equals(name)) && hierarchy.isSubtypeOf(owner, parts[0])) {
                return true;
            }
        }
        return false;
    }

    /** {@code java.util.zip.CRC32.update} into {@code java/util/zip/CRC32} and {@code update}. */
    private static String[] parse(String method) {
        Objects.requireNonNull(method, "read-only method");
        String trimmed = method.strip();
        int dot = trimmed.lastIndexOf('.');
        String owner = dot < 0 ? "" : trimmed.substring(0, dot);
        String name = dot < 0 ? "" : trimmed.substring(dot + 1);
        if (!isClassName(owner) || !(name.equals("*") || name.equals("<init>") || isIdentifier(name))) {
            throw new IllegalArgumentException("Read-only array method '" + method + "' is not a class name and a"
                    + " method name joined by a dot; write it like java.util.zip.CRC32.update, or"
                    + " java.util.zip.CRC32.* for all of the class's methods.");
        }
        return new String[] {owner.replace('.', '/'), name};
    }

    private static boolean isClassName(String name) {
        return Arrays.stream(name.split("\\.", -1)).allMatch(ArrayCallWarnings::isIdentifier);
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        return name.chars().allMatch(Character::isJavaIdentifierPart);
    }
}
