package dev.worlds.instrument.internal;

import dev.worlds.instrument.ClassHierarchy;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The JDK methods that write into an array passed to them, and which part they write. Their
 * call sites in woven code save that part first. Hooks inside the JDK would not do: the JIT turns
 * several of these (arraycopy, fill) into intrinsics that no hook would see.
 *
 * <table>
 * <caption>Tracked JDK array writers</caption>
 * <tr><th>owner (and its subtypes)</th><th>methods</th><th>saved part of the array</th></tr>
 * <tr><td>{@code System}</td><td>{@code arraycopy}</td><td>{@code dest[destPos, destPos + length)}</td></tr>
 * <tr><td>{@code Arrays}</td><td>{@code fill, sort, parallelSort, setAll, parallelSetAll,
 * parallelPrefix}</td><td>{@code [fromIndex, toIndex)} when given, else the whole array</td></tr>
 * <tr><td>{@code String, StringBuilder, StringBuffer}</td><td>{@code getChars}</td><td>{@code dst}
 * from {@code dstBegin} on</td></tr>
 * <tr><td>{@code InputStream}</td><td>{@code read, readNBytes}</td><td>{@code [off, off + len)}, or
 * the whole array</td></tr>
 * <tr><td>{@code Reader}</td><td>{@code read}</td><td>{@code [off, off + len)}, or the whole array</td></tr>
 * <tr><td>{@code Random}</td><td>{@code nextBytes}</td><td>the whole array</td></tr>
 * <tr><td>{@code ByteBuffer, CharBuffer}</td><td>{@code get}</td><td>{@code [offset, offset + length)},
 * or the whole array</td></tr>
 * <tr><td>{@code Collection}</td><td>{@code toArray(T[])}</td><td>the whole array</td></tr>
 * </table>
 */
final class JdkArrayWriters {
    /** Which part of which argument a call writes. Argument indexes exclude the receiver. */
    enum Range {
        /** {@code array} whole. */
        WHOLE,
        /** {@code array[first, second)}. */
        FROM_TO,
        /** {@code array[first, first + second)}. */
        OFFSET_LENGTH,
        /** {@code array[first, array.length)}. */
        FROM_END
    }

    record Write(Range range, int array, int first, int second) {
    }

    private JdkArrayWriters() {
    }

    /**
     * The write a call instruction makes into an array argument that its call site saves first, or
     * null when it saves nothing. {@code invokespecial} (a constructor or a {@code super.} call) is
     * never rewritten: none of the table's methods is a constructor, and a {@code super.toArray(a)}
     * in a subclass of a JDK collection is rare; {@link UntrackedArrayCalls} reports it instead.
     */
    static Write atCallSite(int opcode, String owner, String name, String descriptor, ClassHierarchy hierarchy) {
        return opcode == Opcodes.INVOKESPECIAL ? null : lookup(owner, name, descriptor, hierarchy);
    }

    /** The write a call to {@code owner.name descriptor} makes into an array argument, or null. */
    static Write lookup(String owner, String name, String descriptor, ClassHierarchy hierarchy) {
        Type[] args = Type.getArgumentTypes(descriptor);
        switch (owner) {
            case "java/lang/System":
                return name.equals("arraycopy") ? new Write(Range.OFFSET_LENGTH, 2, 3, 4) : null;
            case "java/util/Arrays":
                return isArraysWriter(name) && args.length > 0 && isArray(args[0]) ? firstArrayWrite(args, Range.FROM_TO) : null;
            case "java/lang/String":
            case "java/lang/StringBuilder":
            case "java/lang/StringBuffer":
            case "java/lang/AbstractStringBuilder":
                return name.equals("getChars") && descriptor.equals("(II[CI)V") ? new Write(Range.FROM_END, 2, 3, -1) : null;
            default:
                break;
        }
        if (firstArray(args) < 0) {
            return null;
        }
        if ((name.equals("read") || name.equals("readNBytes")) && subtype(owner, "java/io/InputStream", hierarchy)
                || name.equals("read") && subtype(owner, "java/io/Reader", hierarchy)
                || name.equals("get") && (subtype(owner, "java/nio/ByteBuffer", hierarchy)
                        || subtype(owner, "java/nio/CharBuffer", hierarchy))) {
            return firstArrayWrite(args, Range.OFFSET_LENGTH);
        }
        if (name.equals("nextBytes") && subtype(owner, "java/util/Random", hierarchy)
                || name.equals("toArray") && args.length == 1 && subtype(owner, "java/util/Collection", hierarchy)) {
            return new Write(Range.WHOLE, 0, -1, -1);
        }
        return null;
    }

    private static boolean isArraysWriter(String name) {
        switch (name) {
            case "fill":
            case "sort":
            case "parallelSort":
            case "setAll":
            case "parallelSetAll":
            case "parallelPrefix":
                return true;
            default:
                return false;
        }
    }

    /** The first array argument, with the two int arguments after it as its range if there are two. */
    private static Write firstArrayWrite(Type[] args, Range rangeWhenTwoInts) {
        int array = firstArray(args);
        boolean twoInts = array + 2 < args.length && args[array + 1] == Type.INT_TYPE && args[array + 2] == Type.INT_TYPE;
        return twoInts ? new Write(rangeWhenTwoInts, array, array + 1, array + 2) : new Write(Range.WHOLE, array, -1, -1);
    }

    private static int firstArray(Type[] args) {
        for (int i = 0; i < args.length; i++) {
            if (isArray(args[i])) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isArray(Type type) {
        return type.getSort() == Type.ARRAY;
    }

    private static boolean subtype(String owner, String type, ClassHierarchy hierarchy) {
        return owner.startsWith("java/") && hierarchy.isSubtypeOf(owner, type);
    }
}
