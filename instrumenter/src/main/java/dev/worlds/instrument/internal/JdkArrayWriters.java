package dev.worlds.instrument.internal;

import dev.worlds.instrument.ClassHierarchy;
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
 * <tr><td>{@code String}</td><td>{@code getBytes(int, int, byte[], int)}</td><td>{@code dst} from
 * {@code dstBegin} on</td></tr>
 * <tr><td>{@code Character}</td><td>{@code toChars(int, char[], int)}</td><td>{@code dst[dstIndex,
 * dstIndex + 2)}: one or two chars</td></tr>
 * <tr><td>{@code InputStream}</td><td>{@code read, readNBytes}</td><td>{@code [off, off + len)}, or
 * the whole array</td></tr>
 * <tr><td>{@code Reader, RandomAccessFile, ObjectInput}</td><td>{@code read}</td><td>{@code [off, off + len)},
 * or the whole array</td></tr>
 * <tr><td>{@code DataInput} ({@code DataInputStream, ObjectInputStream, RandomAccessFile})</td>
 * <td>{@code readFully}</td><td>{@code [off, off + len)}, or the whole array</td></tr>
 * <tr><td>{@code Random}</td><td>{@code nextBytes}</td><td>the whole array</td></tr>
 * <tr><td>{@code ByteBuffer, CharBuffer}</td><td>{@code get}</td><td>{@code [offset, offset + length)},
 * or the whole array</td></tr>
 * <tr><td>{@code Collection}</td><td>{@code toArray(T[])}</td><td>the whole array</td></tr>
 * <tr><td>{@code Base64.Encoder, Base64.Decoder}</td><td>{@code encode(byte[], byte[]),
 * decode(byte[], byte[])}</td><td>the whole {@code dst}</td></tr>
 * <tr><td>{@code javax.crypto.Cipher}</td><td>{@code update} and {@code doFinal} with an output
 * array</td><td>{@code output} from {@code outputOffset} on, or the whole {@code output}</td></tr>
 * <tr><td>{@code javax.crypto.Mac}</td><td>{@code doFinal(byte[], int)}</td><td>{@code output} from
 * {@code outOffset} on</td></tr>
 * <tr><td>{@code MessageDigest}</td><td>{@code digest(byte[], int, int)}</td><td>{@code buf[offset,
 * offset + len)}</td></tr>
 * <tr><td>{@code Thread, ThreadGroup}</td><td>{@code enumerate}</td><td>the whole array</td></tr>
 * </table>
 *
 * <p>"And its subtypes" includes classes outside the JDK, woven or not: {@code myList.toArray(a)}
 * where {@code MyList extends ArrayList} runs the JDK's code unless {@code MyList} overrides it, and
 * then the save is only redundant (a woven override tracks its own writes). {@code super.} calls
 * ({@code invokespecial}) are covered the same way. No constructor is in the table.
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
        FROM_END,
        /**
         * {@code array[first, first + second)}, where {@code second} is not an argument but a
         * constant: the method writes at most that many elements from {@code first}.
         */
        AT_MOST_FROM
    }

    record Write(Range range, int array, int first, int second) {
        static Write whole(int array) {
            return new Write(Range.WHOLE, array, -1, -1);
        }

        static Write fromEnd(int array, int from) {
            return new Write(Range.FROM_END, array, from, -1);
        }
    }

    private JdkArrayWriters() {
    }

    /**
     * The write a call to {@code owner.name descriptor} makes into an array argument, which its call
     * site saves first, or null when it saves nothing. Every kind of call instruction counts alike,
     * {@code invokespecial} included ({@code super.toArray(a)} in a subclass of a JDK collection).
     */
    static Write atCallSite(String owner, String name, String descriptor, ClassHierarchy hierarchy) {
        Type[] args = Type.getArgumentTypes(descriptor);
        switch (owner) {
            // Final classes, or (AbstractStringBuilder) one no class outside the JDK can extend:
            // the owner alone decides, without looking up the hierarchy.
            case "java/lang/System":
                // arraycopy takes its arrays as Object.
                return name.equals("arraycopy") ? new Write(Range.OFFSET_LENGTH, 2, 3, 4) : null;
            case "java/util/Arrays":
                return isArraysWriter(name) && args.length > 0 && isArray(args[0]) ? firstArrayWrite(args, Range.FROM_TO) : null;
            case "java/lang/String":
                if (name.equals("getBytes") && descriptor.equals("(II[BI)V")) {
                    return Write.fromEnd(2, 3);
                }
                return getChars(name, descriptor);
            case "java/lang/StringBuilder":
            case "java/lang/StringBuffer":
            case "java/lang/AbstractStringBuilder":
                return getChars(name, descriptor);
            case "java/lang/Character":
                // A supplementary code point is two chars, any other one char.
                return name.equals("toChars") && descriptor.equals("(I[CI)I") ? new Write(Range.AT_MOST_FROM, 1, 2, 2) : null;
            case "java/util/Base64$Encoder":
                return name.equals("encode") && descriptor.equals("([B[B)I") ? Write.whole(1) : null;
            case "java/util/Base64$Decoder":
                return name.equals("decode") && descriptor.equals("([B[B)I") ? Write.whole(1) : null;
            default:
                return firstArray(args) < 0 ? null : bySupertype(owner, name, descriptor, args, hierarchy);
        }
    }

    /** Methods of classes and interfaces that may be extended: the owner is any subtype. */
    private static Write bySupertype(String owner, String name, String descriptor, Type[] args, ClassHierarchy hierarchy) {
        switch (name) {
            case "read":
                return subtype(owner, hierarchy, "java/io/InputStream", "java/io/Reader", "java/io/RandomAccessFile",
                        "java/io/ObjectInput") ? firstArrayWrite(args, Range.OFFSET_LENGTH) : null;
            case "readNBytes":
                return subtype(owner, hierarchy, "java/io/InputStream") ? firstArrayWrite(args, Range.OFFSET_LENGTH) : null;
            case "readFully":
                return subtype(owner, hierarchy, "java/io/DataInput") ? firstArrayWrite(args, Range.OFFSET_LENGTH) : null;
            case "get":
                return subtype(owner, hierarchy, "java/nio/ByteBuffer", "java/nio/CharBuffer")
                        ? firstArrayWrite(args, Range.OFFSET_LENGTH) : null;
            case "nextBytes":
                return subtype(owner, hierarchy, "java/util/Random") ? Write.whole(0) : null;
            case "toArray":
                return args.length == 1 && subtype(owner, hierarchy, "java/util/Collection") ? Write.whole(0) : null;
            case "enumerate":
                return subtype(owner, hierarchy, "java/lang/Thread", "java/lang/ThreadGroup")
                        ? Write.whole(firstArray(args)) : null;
            case "update":
                return subtype(owner, hierarchy, "javax/crypto/Cipher") ? cipherOutput(descriptor) : null;
            case "doFinal":
                if (descriptor.equals("([BI)V") && subtype(owner, hierarchy, "javax/crypto/Mac")) {
                    return Write.fromEnd(0, 1);
                }
                return subtype(owner, hierarchy, "javax/crypto/Cipher") ? cipherOutput(descriptor) : null;
            case "digest":
                return descriptor.equals("([BII)I") && subtype(owner, hierarchy, "java/security/MessageDigest")
                        ? new Write(Range.OFFSET_LENGTH, 0, 1, 2) : null;
            default:
                return null;
        }
    }

    private static Write getChars(String name, String descriptor) {
        return name.equals("getChars") && descriptor.equals("(II[CI)V") ? Write.fromEnd(2, 3) : null;
    }

    /**
     * {@code Cipher.update} and {@code doFinal} overloads that take an output array; the others
     * only read their input and return a new array.
     */
    private static Write cipherOutput(String descriptor) {
        switch (descriptor) {
            case "([BII[B)I":
                return Write.whole(3);
            case "([BII[BI)I":
                return Write.fromEnd(3, 4);
            case "([BI)I":
                return Write.fromEnd(0, 1);
            default:
                return null;
        }
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
        return twoInts ? new Write(rangeWhenTwoInts, array, array + 1, array + 2) : Write.whole(array);
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

    /** {@code owner} is one of {@code types} or extends or implements one, JDK class or not. */
    private static boolean subtype(String owner, ClassHierarchy hierarchy, String... types) {
        for (String type : types) {
            if (hierarchy.isSubtypeOf(owner, type)) {
                return true;
            }
        }
        return false;
    }
}
