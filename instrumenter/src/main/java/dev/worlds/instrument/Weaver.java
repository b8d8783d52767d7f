package dev.worlds.instrument;

import dev.worlds.instrument.internal.ClassWeavePlan;
import dev.worlds.instrument.internal.CollectionSubstitution;
import dev.worlds.instrument.internal.RuntimeNames;
import dev.worlds.instrument.internal.SyntheticSerialVersionUid;
import dev.worlds.instrument.internal.WovenClassAdapter;
import dev.worlds.instrument.internal.WovenMarkerAdder;
import java.util.List;
import java.util.Objects;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Weaves one class file: bytes in, bytes out, plus what was tracked and what could not be.
 *
 * <pre>{@code
 * try (ClassFileLocator classpath = new ClassFileLocator(List.of(classesDir, dependencyJar))) {
 *     ClassHierarchy hierarchy = new ClassHierarchy(classpath, name -> name.startsWith("com/acme/"));
 *     WeaveResult result = new Weaver(hierarchy).weave(bytes, "com/acme/Board.class");
 * }
 * }</pre>
 *
 * <p>The hierarchy must say which classes this run weaves, so that a class and its subclasses
 * agree on where the stamp lives. Weaving is deterministic (same input, same bytes) and
 * idempotent: a class carrying the woven marker is returned unchanged. So is a class that
 * implements {@code dev.worlds.internal.Tracked} by hand (it tracks its own state), and so are
 * its subclasses, with a warning that their own fields are not tracked. The weaver never
 * recomputes stack map frames of user methods (it adds no branches to them), so it never loads
 * user classes.
 */
public final class Weaver {
    private static final String SERIALIZABLE = "java/io/Serializable";

    private final ClassHierarchy hierarchy;
    private final ArrayCallWarnings arrayCallWarnings;

    /** A weaver that reports every call handing an array to a JDK method it does not track. */
    public Weaver(ClassHierarchy hierarchy) {
        this(hierarchy, ArrayCallWarnings.ON);
    }

    /**
     * @param arrayCallWarnings whether calls handing an array to a JDK method the weaver does not
     *                          track are reported, and which of those methods only read the array
     */
    public Weaver(ClassHierarchy hierarchy, ArrayCallWarnings arrayCallWarnings) {
        this.hierarchy = hierarchy;
        this.arrayCallWarnings = Objects.requireNonNull(arrayCallWarnings, "arrayCallWarnings");
    }

    /**
     * @param classFile the class file
     * @param source    where it came from, for messages (a path or jar entry); may be null
     * @throws WeavingException when the class cannot be woven; the message names the class and
     *                          method and says what to do
     */
    public WeaveResult weave(byte[] classFile, String source) {
        ClassInfo info;
        try {
            info = ClassInfo.read(classFile);
        } catch (RuntimeException e) {
            throw new WeavingException(source, "not a readable class file (" + e + "); delete it and"
                    + " recompile, or exclude it from weaving.", e);
        }
        if (info.isModuleOrPackageInfo() || info.isWoven() || !ClassHierarchy.isWeavable(info.name())) {
            return new WeaveResult(info.name(), classFile, false, 0, List.of());
        }
        hierarchy.add(info);
        WovenClassAdapter adapter = null;
        try {
            // Reads ancestors' class files, which may be corrupt: inside the try, like the plan.
            String handTracked = hierarchy.handTrackedClassOf(info.name());
            if (handTracked != null) {
                return new WeaveResult(info.name(), classFile, false, 0, handTracked.equals(info.name())
                        ? List.of() : List.of(handTrackedSubclassWarning(info.name(), handTracked)));
            }
            byte[] substituted = CollectionSubstitution.apply(classFile, hierarchy, source);
            if (substituted != classFile) {
                classFile = substituted;
                info = ClassInfo.read(classFile);
                hierarchy.replace(info);
            }
            // The plan and the serializability check read ancestors too: their failures are this
            // class's failures and must name it.
            ClassWeavePlan plan = new ClassWeavePlan(info, classFile, hierarchy, arrayCallWarnings);
            ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
            adapter = new WovenClassAdapter(writer, plan, source);
            ClassVisitor marked = new WovenMarkerAdder(adapter);
            ClassVisitor chain = keepsSerialVersionUid(info) ? new SyntheticSerialVersionUid(marked) : marked;
            new ClassReader(classFile).accept(chain, ClassReader.EXPAND_FRAMES);
            return new WeaveResult(info.name(), writer.toByteArray(), true, plan.trackedFieldCount(),
                    List.copyOf(plan.warnings()));
        } catch (WeavingException e) {
            throw e;
        } catch (RuntimeException e) {
            String where = adapter == null || adapter.currentMethod() == null ? "" : ", method " + adapter.currentMethod();
            throw new WeavingException(source, "cannot weave class " + info.name().replace('/', '.') + where
                    + ": " + e + ". This class file or one of its superclasses' may be corrupt or use a"
                    + " feature this weaver does not support; recompile, or exclude the class from weaving.", e);
        }
    }

    private static String handTrackedSubclassWarning(String className, String handTracked) {
        return className.replace('/', '.') + ": not woven, because it extends " + handTracked.replace('/', '.')
                + ", which implements " + RuntimeNames.TRACKED.replace('/', '.') + " by hand; writes to its own fields are not"
                + " rolled back. Save and restore them in that class's hand-written $worlds$save and"
                + " $worlds$restore, or keep the state in a woven object it holds.";
    }

    /**
     * The weaver adds members, which would change the serialVersionUID the JVM computes for a
     * serializable class that declares none; pin the original value so serialized forms stay
     * compatible. Enums and records are serialized by name and components, not by this number.
     */
    private boolean keepsSerialVersionUid(ClassInfo info) {
        boolean enumOrRecord = (info.access() & Opcodes.ACC_ENUM) != 0 || "java/lang/Record".equals(info.superName());
        return !info.isInterface() && !enumOrRecord && hierarchy.isSubtypeOf(info.name(), SERIALIZABLE);
    }
}
