package dev.worlds.instrument.internal;

import dev.worlds.instrument.ClassHierarchy;
import java.util.List;
import java.util.Set;

/**
 * JDK methods known to only read the arrays passed to them: calls to them are not reported by
 * {@link UntrackedArrayCalls}. The list is kept short, to the methods search and model code calls
 * every day; any other JDK method can be declared read-only by the user
 * ({@link dev.worlds.instrument.ArrayCallWarnings}). A method belongs here only when no overload of
 * that name on that owner writes into an array argument, unless a descriptor pins the one that
 * does not ({@code MessageDigest.digest(byte[])} reads, {@code digest(byte[], int, int)} writes).
 *
 * <table>
 * <caption>JDK methods that only read their array arguments</caption>
 * <tr><th>owner (and its subtypes, except for constructors)</th><th>methods</th></tr>
 * <tr><td>{@code String}</td><td>constructors, {@code valueOf, copyValueOf, format, formatted, join}</td></tr>
 * <tr><td>{@code StringBuilder, StringBuffer}</td><td>{@code append, insert}</td></tr>
 * <tr><td>{@code Character}</td><td>{@code codePointAt, codePointBefore, codePointCount, offsetByCodePoints}</td></tr>
 * <tr><td>{@code Arrays}</td><td>{@code toString, deepToString, equals, deepEquals, hashCode, deepHashCode,
 * binarySearch, copyOf, copyOfRange, mismatch, compare, compareUnsigned, stream, spliterator, asList}</td></tr>
 * <tr><td>{@code List, Set, EnumSet, Stream, IntStream, LongStream, DoubleStream}</td><td>{@code of}
 * (they copy the array or only read it)</td></tr>
 * <tr><td>{@code Map}</td><td>{@code ofEntries}</td></tr>
 * <tr><td>{@code Collections}</td><td>{@code addAll}</td></tr>
 * <tr><td>{@code Spliterators}</td><td>{@code spliterator}</td></tr>
 * <tr><td>{@code Objects}</td><td>{@code hash}</td></tr>
 * <tr><td>{@code BitSet}</td><td>{@code valueOf}</td></tr>
 * <tr><td>{@code OutputStream, Writer, DataOutput}</td><td>{@code write, writeBytes}</td></tr>
 * <tr><td>{@code Buffer} ({@code ByteBuffer, CharBuffer} ...)</td><td>{@code put} (copies from the array into the buffer)</td></tr>
 * <tr><td>{@code PrintStream, PrintWriter}</td><td>{@code print, println, printf, format}</td></tr>
 * <tr><td>{@code Formatter, MessageFormat}</td><td>{@code format}</td></tr>
 * <tr><td>{@code ByteArrayInputStream, CharArrayReader, BigInteger, BigDecimal}</td><td>constructors</td></tr>
 * <tr><td>{@code MessageDigest}</td><td>{@code update, isEqual, digest(byte[])}</td></tr>
 * <tr><td>{@code Method, Constructor, MethodHandle}</td><td>{@code invoke, newInstance,
 * invokeWithArguments} (the array only carries the arguments)</td></tr>
 * <tr><td>{@code Class}</td><td>{@code getMethod, getDeclaredMethod, getConstructor, getDeclaredConstructor}</td></tr>
 * <tr><td>{@code AccessibleObject}</td><td>{@code setAccessible}</td></tr>
 * <tr><td>{@code MethodType}</td><td>{@code methodType}</td></tr>
 * <tr><td>{@code Path, Paths, Files}</td><td>{@code of, get, write}</td></tr>
 * </table>
 *
 * <p>{@code Arrays.asList} returns a list that writes through into the array: a
 * {@code Collections.sort(Arrays.asList(a))} sorts {@code a} untracked, like any write the JDK's
 * collections make. It is listed all the same, because almost every call only reads through the
 * list ({@code Arrays.asList(args).subList(1, n)}, {@code new ArrayList<>(Arrays.asList(a))}) and
 * a warning at each would teach users to ignore the rest. The buffers' {@code wrap} is not listed:
 * a buffer is usually wrapped around an array in order to write into it
 * ({@code ByteBuffer.wrap(bytes).putInt(0, n)}).
 */
final class JdkArrayReaders {
    private static final String CONSTRUCTOR = "<init>";

    /** Methods of {@code owner} named {@code names}; with {@code descriptor} only that overload. */
    private record Entry(String owner, Set<String> names, String descriptor) {
        boolean matches(String callOwner, String name, String callDescriptor, ClassHierarchy hierarchy) {
            if (!names.contains(name) || descriptor != null && !descriptor.equals(callDescriptor)) {
                return false;
            }
            // Constructors are not inherited: a subclass's constructor may do anything.
            return callOwner.equals(owner) || !name.equals(CONSTRUCTOR) && hierarchy.isSubtypeOf(callOwner, owner);
        }
    }

    private static final List<Entry> READERS = List.of(
            entry("java/lang/String", CONSTRUCTOR, "valueOf", "copyValueOf", "format", "formatted", "join"),
            entry("java/lang/StringBuilder", "append", "insert"),
            entry("java/lang/StringBuffer", "append", "insert"),
            entry("java/lang/Character", "codePointAt", "codePointBefore", "codePointCount", "offsetByCodePoints"),
            entry("java/util/Arrays", "toString", "deepToString", "equals", "deepEquals", "hashCode", "deepHashCode",
                    "binarySearch", "copyOf", "copyOfRange", "mismatch", "compare", "compareUnsigned", "stream",
                    "spliterator", "asList"),
            entry("java/util/List", "of"),
            entry("java/util/Set", "of"),
            entry("java/util/EnumSet", "of"),
            entry("java/util/Map", "ofEntries"),
            entry("java/util/stream/Stream", "of"),
            entry("java/util/stream/IntStream", "of"),
            entry("java/util/stream/LongStream", "of"),
            entry("java/util/stream/DoubleStream", "of"),
            entry("java/util/Collections", "addAll"),
            entry("java/util/Spliterators", "spliterator"),
            entry("java/util/Objects", "hash"),
            entry("java/util/BitSet", "valueOf"),
            entry("java/io/OutputStream", "write", "writeBytes"),
            entry("java/io/Writer", "write"),
            entry("java/io/DataOutput", "write"),
            entry("java/nio/Buffer", "put"),
            entry("java/io/PrintStream", "print", "println", "printf", "format"),
            entry("java/io/PrintWriter", "print", "println", "printf", "format"),
            entry("java/util/Formatter", "format"),
            entry("java/text/MessageFormat", "format"),
            entry("java/io/ByteArrayInputStream", CONSTRUCTOR),
            entry("java/io/CharArrayReader", CONSTRUCTOR),
            entry("java/math/BigInteger", CONSTRUCTOR),
            entry("java/math/BigDecimal", CONSTRUCTOR),
            entry("java/security/MessageDigest", "update", "isEqual"),
            new Entry("java/security/MessageDigest", Set.of("digest"), "([B)[B"),
            entry("java/lang/reflect/Method", "invoke"),
            entry("java/lang/reflect/Constructor", "newInstance"),
            entry("java/lang/invoke/MethodHandle", "invokeWithArguments"),
            entry("java/lang/Class", "getMethod", "getDeclaredMethod", "getConstructor", "getDeclaredConstructor"),
            entry("java/lang/reflect/AccessibleObject", "setAccessible"),
            entry("java/lang/invoke/MethodType", "methodType"),
            entry("java/nio/file/Path", "of"),
            entry("java/nio/file/Paths", "get"),
            entry("java/nio/file/Files", "write"));

    private JdkArrayReaders() {
    }

    private static Entry entry(String owner, String... names) {
        return new Entry(owner, Set.of(names), null);
    }

    /** True when {@code owner.name descriptor}, a JDK method, is known to only read its array arguments. */
    static boolean onlyReads(String owner, String name, String descriptor, ClassHierarchy hierarchy) {
        for (Entry entry : READERS) {
            if (entry.matches(owner, name, descriptor, hierarchy)) {
                return true;
            }
        }
        return false;
    }
}
