package dev.worlds.instrument.internal;

import dev.worlds.instrument.ArrayCallWarnings;
import dev.worlds.instrument.ClassHierarchy;
import dev.worlds.instrument.ClassInfo;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;

/**
 * Everything decided about one class before any bytecode is written: whether it declares the
 * hierarchy's stamp, which of its fields are tracked, and where warnings go. The visitors only
 * act on these decisions.
 */
public final class ClassWeavePlan {
    private final ClassInfo info;
    private final ClassHierarchy hierarchy;
    private final ArrayCallWarnings arrayCallWarnings;
    private final String stampRoot;
    private final boolean superHasStamp;
    private final List<ClassInfo.Field> trackedInstanceFields = new ArrayList<>();
    private final List<ClassInfo.Field> trackedStaticFields = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final byte[] classFile;
    private ImmutableStaticFields immutableStatics;

    /**
     * @param classFile the class file {@code info} was read from; its static initializer tells which
     *                  {@code static final} collections can never change
     */
    public ClassWeavePlan(ClassInfo info, byte[] classFile, ClassHierarchy hierarchy, ArrayCallWarnings arrayCallWarnings) {
        this.info = info;
        this.classFile = classFile;
        this.hierarchy = hierarchy;
        this.arrayCallWarnings = arrayCallWarnings;
        this.stampRoot = hierarchy.stampRoot(info.name());
        this.superHasStamp = info.superName() != null && hierarchy.stampRoot(info.superName()) != null;
        warnIfAncestorMissing();
        for (ClassInfo.Field field : info.fields()) {
            warnIfJdkContainer(field);
            if (stampRoot != null && ClassHierarchy.isTrackedInstanceField(field)) {
                trackedInstanceFields.add(field);
            } else if (!info.isInterface() && ClassHierarchy.isTrackedStaticField(field)) {
                trackedStaticFields.add(field);
            }
        }
    }

    /**
     * Without an ancestor's class file the weaver cannot tell whether a woven superclass already
     * declares the stamp; it assumes not, which is wrong if the missing class is woven.
     */
    private void warnIfAncestorMissing() {
        for (String ancestor = info.superName(); ancestor != null; ) {
            ClassInfo ancestorInfo = hierarchy.info(ancestor);
            if (ancestorInfo == null) {
                warn(ClassInfo.dotted(info.name()) + " extends " + ClassInfo.dotted(ancestor)
                        + ", whose class file is not on the weaver's classpath; it is assumed not woven."
                        + " Add it to the classpath so that a woven superclass is recognised.");
                return;
            }
            ancestor = ancestorInfo.superName();
        }
    }

    /**
     * A field holding a JDK collection or map: the field itself may be tracked, but what the JDK's
     * own (unwoven) code writes inside the collection is not. A {@code static final} field that its
     * static initializer sets to an immutable collection ({@code List.of(...)}) holds nothing to
     * track: {@link ImmutableStaticFields} says which.
     */
    private void warnIfJdkContainer(ClassInfo.Field field) {
        if (field.untracked() || field.isWeaverField() || field.descriptor().charAt(0) != 'L') {
            return;
        }
        String type = field.descriptor().substring(1, field.descriptor().length() - 1);
        if (hierarchy.collections().enabled()) {
            warnIfNeverTracked(field, type);
            return;
        }
        if (isJdkContainer(type) && !holdsImmutable(field)) {
            warn(ClassInfo.dotted(info.name()) + "." + field.name() + " holds a " + ClassInfo.dotted(type)
                    + ": changes made inside it by JDK code are not tracked, so a rollback will not undo them."
                    + " Collection tracking is off: turn it back on (Maven: trackCollections, on by default;"
                    + " command line: leave out --no-track-collections) so that the collections woven code"
                    + " creates roll back, or mark the field @Untracked to silence this.");
        }
    }

    /**
     * With collections replaced, a field can hold a tracked collection unless its type is a JDK
     * collection class that none of the tracked ones extends ({@code EnumMap}, {@code Vector}):
     * then whatever it holds is untracked. Where a collection field is given a JDK-made collection
     * is reported where it happens ({@link UntrackedCollectionSources}).
     */
    private void warnIfNeverTracked(ClassInfo.Field field, String type) {
        ClassInfo typeInfo = hierarchy.info(type);
        if (typeInfo == null || typeInfo.isInterface() || !isJdkContainer(type)) {
            return;
        }
        boolean holdsTracked = hierarchy.collections().substitutes().keySet().stream()
                .anyMatch(replaced -> hierarchy.isSubtypeOf(replaced, type));
        if (!holdsTracked) {
            warn(ClassInfo.dotted(info.name()) + "." + field.name() + " holds a " + ClassInfo.dotted(type)
                    + ", a JDK collection Worlds does not replace with a tracked one: changes made inside it are"
                    + " not rolled back. Declare it as an interface (Map, List, Set, ...) holding a HashMap,"
                    + " ArrayList, ... created by woven code, or mark it @Untracked to silence this.");
        }
    }

    private boolean isJdkContainer(String type) {
        return type.startsWith("java/util/") && isCollectionOrMap(type);
    }

    /** {@code type} (internal name) is a {@code java.util.Collection} or a {@code java.util.Map}. */
    public boolean isCollectionOrMap(String type) {
        return hierarchy.isSubtypeOf(type, "java/util/Collection") || hierarchy.isSubtypeOf(type, "java/util/Map");
    }

    private boolean holdsImmutable(ClassInfo.Field field) {
        if (!field.isStatic() || !field.isFinal()) {
            return false;
        }
        if (immutableStatics == null) {
            // Read the code only for classes that have such a field: most have none.
            immutableStatics = ImmutableStaticFields.find(classFile, this::isJdkContainer);
        }
        return immutableStatics.holdsImmutable(field.name(), field.descriptor());
    }

    public ClassInfo info() {
        return info;
    }

    public String className() {
        return info.name();
    }

    public ClassHierarchy hierarchy() {
        return hierarchy;
    }

    /** Which calls handing an array to an untracked JDK method are reported. */
    public ArrayCallWarnings arrayCallWarnings() {
        return arrayCallWarnings;
    }

    /** This class declares the stamp field, the accessors and the barrier method. */
    public boolean declaresStamp() {
        return info.name().equals(stampRoot);
    }

    /** This class needs its own save/restore methods. */
    public boolean needsSaveRestore() {
        return declaresStamp() || (stampRoot != null && !trackedInstanceFields.isEmpty());
    }

    /** Save/restore must first call the superclass's version. */
    public boolean superHasStamp() {
        return superHasStamp;
    }

    public String stampRoot() {
        return stampRoot;
    }

    public List<ClassInfo.Field> trackedInstanceFields() {
        return trackedInstanceFields;
    }

    public List<ClassInfo.Field> trackedStaticFields() {
        return trackedStaticFields;
    }

    public boolean hasTrackedStatics() {
        return !trackedStaticFields.isEmpty();
    }

    public int trackedFieldCount() {
        return trackedInstanceFields.size() + trackedStaticFields.size();
    }

    /** Class files before Java 6 carry no stack map frames; generated code must not add any. */
    public boolean usesFrames() {
        return info.version() >= Opcodes.V1_6;
    }

    public boolean isSpeculative(String name, String descriptor) {
        return info.speculativeMethods().stream()
                .anyMatch(m -> m.name().equals(name) && m.descriptor().equals(descriptor));
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    /**
     * Where a warning points, e.g. {@code com.acme.Board.place(I)V line 41}; {@code line} is
     * negative when the class file has no line numbers.
     */
    public String site(String method, String descriptor, int line) {
        return ClassInfo.dotted(info.name()) + "." + method + descriptor + (line > 0 ? " line " + line : "");
    }

    public List<String> warnings() {
        return warnings;
    }
}
