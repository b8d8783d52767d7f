package dev.worlds.instrument.internal;

import dev.worlds.instrument.ArrayCallWarnings;
import dev.worlds.instrument.ClassHierarchy;
import dev.worlds.instrument.ClassInfo;
import java.util.HashSet;
import java.util.Set;
import java.util.StringJoiner;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Warns about each call that hands an array to a JDK method whose writes are not tracked: not a
 * writer the call-site rewrite knows ({@link JdkArrayWriters}), not known to only read
 * ({@link JdkArrayReaders}), not declared read-only by the user ({@link ArrayCallWarnings}). If
 * such a method writes into the array, a rollback does not undo it; the build is the only place
 * that can say so.
 *
 * <p>An argument counts when its declared type is an array (a {@code T...} or {@code T[]}
 * parameter included), unless the array is created for the call alone
 * ({@link FreshArrayArguments}: javac's varargs arrays). {@code invokedynamic} is not looked at:
 * its bootstrap methods (lambdas, string concatenation, records' {@code toString}) spin code that
 * reads its arguments or calls back into the woven class. A static initializer is not looked at
 * either: class initialization is never rolled back. Calls to classes that are not the JDK's
 * (unwoven libraries) are out of scope.
 *
 * <p>One warning per call site: javac copies a {@code finally} block into every exit, so sites
 * are told apart by source line and callee, and those copies count once.
 */
final class UntrackedArrayCalls {
    private final ClassWeavePlan plan;
    private final MethodNode method;
    private FreshArrayArguments fresh;

    private UntrackedArrayCalls(ClassWeavePlan plan, MethodNode method) {
        this.plan = plan;
        this.method = method;
    }

    /** Adds one warning to {@code plan} per untracked call site in {@code method}, the original (unwoven) code. */
    static void report(ClassWeavePlan plan, MethodNode method) {
        if (plan.arrayCallWarnings().enabled() && !method.name.equals("<clinit>")) {
            new UntrackedArrayCalls(plan, method).report();
        }
    }

    private void report() {
        Set<String> reported = new HashSet<>();
        int line = -1;
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof LineNumberNode lineNumber) {
                line = lineNumber.line;
            } else if (insn instanceof MethodInsnNode call && isUntracked(call) && reported.add(site(line, call))) {
                plan.warn(plan.site(method.name, method.desc, line) + ": possibly untracked array write: passes an"
                        + " array to " + readable(call) + ", a JDK method the weaver does not track: what it"
                        + " writes into the array, now or later through an object it returns, is not rolled back."
                        + " If it only reads the array, declare "
                        + ClassInfo.dotted(call.owner) + "." + call.name + " read-only to silence this (Maven parameter"
                        + " readOnlyArrayMethods, command-line option --read-only-array-method).");
            }
        }
    }

    /** Source line and callee; without line numbers every instruction is its own site. */
    private String site(int line, MethodInsnNode call) {
        return line > 0 ? line + " " + call.owner + "." + call.name + call.desc : "@" + method.instructions.indexOf(call);
    }

    private boolean isUntracked(MethodInsnNode call) {
        if (!ClassHierarchy.isJdkClass(call.owner) || !call.desc.contains("[")) {
            return false;
        }
        ClassHierarchy hierarchy = plan.hierarchy();
        if (JdkArrayWriters.atCallSite(call.owner, call.name, call.desc, hierarchy) != null
                || JdkArrayReaders.onlyReads(call.owner, call.name, call.desc, hierarchy)
                || plan.arrayCallWarnings().isDeclaredReadOnly(call.owner, call.name, hierarchy)) {
            return false;
        }
        Type[] arguments = Type.getArgumentTypes(call.desc);
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i].getSort() == Type.ARRAY && !freshArguments().isCreatedForCall(call, i)) {
                return true;
            }
        }
        return false;
    }

    /** The analysis runs only for methods with a call that needs it. */
    private FreshArrayArguments freshArguments() {
        if (fresh == null) {
            fresh = new FreshArrayArguments(plan.className(), method);
        }
        return fresh;
    }

    /** {@code java.util.zip.CRC32.update(byte[], int, int)}. */
    private static String readable(MethodInsnNode call) {
        StringJoiner parameters = new StringJoiner(", ", "(", ")");
        for (Type type : Type.getArgumentTypes(call.desc)) {
            parameters.add(type.getClassName());
        }
        return ClassInfo.dotted(call.owner) + "." + call.name + parameters;
    }
}
