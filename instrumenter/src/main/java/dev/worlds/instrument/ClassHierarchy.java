package dev.worlds.instrument;

import dev.worlds.instrument.internal.RuntimeNames;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The weaver's model of the class hierarchy: which classes are woven (already, or in this run),
 * which class of a hierarchy declares the stamp, and where a written field is declared. Built
 * from class files alone, so it answers the same whatever class loader will load the result.
 *
 * <p>A woven class declares the stamp when no ancestor has one, it is not an interface, and it
 * can hold tracked state (it has tracked instance fields or can be subclassed). Every other
 * woven class inherits its hierarchy's stamp, also across unwoven classes in between.
 */
public final class ClassHierarchy {
    private final ClassFileSource locator;
    private final Predicate<String> wovenInThisRun;
    private final TrackedCollections collections;
    private final Map<String, Optional<ClassInfo>> infos = new HashMap<>();
    private final Map<String, Optional<String>> stampRoots = new HashMap<>();

    /**
     * @param locator        where class files are found
     * @param wovenInThisRun which not-yet-woven classes (internal names) this run weaves
     */
    public ClassHierarchy(ClassFileSource locator, Predicate<String> wovenInThisRun) {
        this(locator, wovenInThisRun, TrackedCollections.ON);
    }

    /**
     * @param collections which JDK collections this run replaces with tracked ones; a class of
     *                    this run that extends one is seen as extending its tracked class
     */
    public ClassHierarchy(ClassFileSource locator, Predicate<String> wovenInThisRun, TrackedCollections collections) {
        this.locator = locator;
        this.wovenInThisRun = wovenInThisRun;
        this.collections = collections;
    }

    /** Which JDK collections the classes of this run will create and extend tracked versions of. */
    public TrackedCollections collections() {
        return collections;
    }

    /**
     * The class's info, or null when no class file for it can be found. A class this run weaves
     * that extends a replaced JDK collection is given its tracked superclass, as it will have once
     * woven.
     */
    public synchronized ClassInfo info(String internalName) {
        return infos.computeIfAbsent(internalName, name -> {
            byte[] bytes = locator.find(name);
            return bytes == null ? Optional.empty() : Optional.of(asWoven(ClassInfo.read(bytes)));
        }).orElse(null);
    }

    /** Registers a class whose bytes the caller already holds (the class being woven). */
    public synchronized void add(ClassInfo info) {
        infos.putIfAbsent(info.name(), Optional.of(asWoven(info)));
    }

    /**
     * Registers the class as it is after its JDK collections were replaced, even if it was known
     * before: a class woven without being one of this run's ({@code wovenInThisRun}) is rebased too.
     */
    synchronized void replace(ClassInfo info) {
        infos.put(info.name(), Optional.of(info));
        stampRoots.remove(info.name());
    }

    private ClassInfo asWoven(ClassInfo info) {
        if (info.superName() == null || info.isWoven() || !isWeavable(info.name()) || !wovenInThisRun.test(info.name())) {
            return info;
        }
        String trackedSuper = collections.trackedFor(info.superName(), info.name());
        return trackedSuper == null ? info : info.withSuperName(trackedSuper);
    }

    /**
     * Woven before (carries the marker) or woven by this run. A class that implements
     * {@code Tracked} by hand, and its subclasses, are never woven: see {@link #handTrackedClassOf}.
     */
    public boolean isWoven(String internalName) {
        ClassInfo info = info(internalName);
        return info != null && !info.isModuleOrPackageInfo()
                && (info.isWoven() || (isWeavable(internalName) && wovenInThisRun.test(internalName)
                        && handTrackedClassOf(internalName) == null));
    }

    /**
     * The class in {@code internalName}'s superclass chain (itself included) that implements
     * {@code Tracked} by hand, or null. Weaving such a class would give it a second stamp and
     * a second {@code Tracked} (a class the JVM refuses); weaving a subclass would give the
     * subclass a stamp of its own that the hand-written barrier above it never looks at.
     */
    public synchronized String handTrackedClassOf(String internalName) {
        for (ClassInfo info = info(internalName); info != null && !info.isWoven();
                info = info.superName() == null ? null : info(info.superName())) {
            if (info.implementsTrackedByHand()) {
                return info.name();
            }
        }
        return null;
    }

    /**
     * JDK classes are never woven (they load before any world exists and are shared by all), nor is
     * the Worlds API and engine itself.
     */
    public static boolean isWeavable(String internalName) {
        return !(isJdkClass(internalName) || internalName.startsWith(RuntimeNames.INTERNAL_PACKAGE)
                || ClassInfo.packageOf(internalName).equals(RuntimeNames.API_PACKAGE));
    }

    /** A class of the Java platform ({@code java.*}, {@code javax.*}, {@code jdk.*}, {@code sun.*}, {@code com.sun.*}). */
    public static boolean isJdkClass(String internalName) {
        return internalName.startsWith("java/") || internalName.startsWith("javax/")
                || internalName.startsWith("jdk/") || internalName.startsWith("sun/")
                || internalName.startsWith("com/sun/");
    }

    /**
     * The class in {@code internalName}'s superclass chain (itself included) that declares the
     * stamp field, or null when the hierarchy has none.
     */
    public synchronized String stampRoot(String internalName) {
        Optional<String> known = stampRoots.get(internalName);
        if (known != null) {
            return known.orElse(null);
        }
        ClassInfo info = info(internalName);
        String root = null;
        if (info != null && !info.isInterface()) {
            String inherited = info.superName() == null ? null : stampRoot(info.superName());
            if (inherited != null) {
                root = inherited;
            } else if (declaresOwnStamp(info)) {
                root = internalName;
            }
        }
        stampRoots.put(internalName, Optional.ofNullable(root));
        return root;
    }

    private boolean declaresOwnStamp(ClassInfo info) {
        if (info.isWoven()) {
            return info.declaresStampField();
        }
        if (!isWoven(info.name())) {
            return false;
        }
        return !info.isFinal() || info.fields().stream().anyMatch(ClassHierarchy::isTrackedInstanceField);
    }

    /** Tracked instance field of a woven class: not static, not final, not {@code @Untracked}. */
    public static boolean isTrackedInstanceField(ClassInfo.Field field) {
        return !field.isStatic() && !field.isFinal() && !field.untracked() && !field.isWeaverField();
    }

    /** Tracked static field of a woven class: static, not final, not {@code @Untracked}. */
    public static boolean isTrackedStaticField(ClassInfo.Field field) {
        return field.isStatic() && !field.isFinal() && !field.untracked() && !field.isWeaverField();
    }

    /** A field found by JVM field resolution (JVMS 5.4.3.2), with the class that declares it. */
    public record ResolvedField(ClassInfo declaringClass, ClassInfo.Field field) {
    }

    /**
     * Resolves {@code owner.name:descriptor} as the JVM would: the class itself, then its
     * superinterfaces, then its superclass. Returns null when a class on the way is missing.
     */
    public ResolvedField resolveField(String owner, String name, String descriptor) {
        ClassInfo info = info(owner);
        if (info == null) {
            return null;
        }
        ClassInfo.Field field = info.field(name, descriptor);
        if (field != null) {
            return new ResolvedField(info, field);
        }
        for (String itf : info.interfaces()) {
            ResolvedField found = resolveField(itf, name, descriptor);
            if (found != null) {
                return found;
            }
        }
        return info.superName() == null ? null : resolveField(info.superName(), name, descriptor);
    }

    /** True when {@code internalName} is {@code type} or extends or implements it. */
    public boolean isSubtypeOf(String internalName, String type) {
        if (internalName.equals(type)) {
            return true;
        }
        ClassInfo info = info(internalName);
        if (info == null) {
            return false;
        }
        for (String itf : info.interfaces()) {
            if (isSubtypeOf(itf, type)) {
                return true;
            }
        }
        return info.superName() != null && isSubtypeOf(info.superName(), type);
    }
}
