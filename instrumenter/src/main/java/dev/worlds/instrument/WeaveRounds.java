package dev.worlds.instrument;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Weaves a set of class files in memory until the outcome is stable. A class decides where its
 * hierarchy's stamp lives from which other classes this run weaves, so when a class fails it is
 * taken out of the woven set and every other class is woven again: no class may assume that a
 * failed superclass declares a stamp it will never get. Each round only removes classes, so the
 * rounds end, usually after one (no failure) or two. Once stable, classes woven by an earlier run
 * that no longer fit the hierarchy are reported as errors too.
 */
final class WeaveRounds<K extends WeaveRounds.Input> {
    private final ClassFileLocator locator;
    private final ArrayCallWarnings arrayCallWarnings;
    private final TrackedCollections collections;
    private final Set<String> candidates;
    private final Map<K, byte[]> classFiles;

    /** A class file to weave: a file in a class directory or an entry of a jar. */
    interface Input {
        /** Internal name the class file's place gives it, e.g. {@code com/acme/Board}. */
        String internalName();

        /** Where it comes from, for messages: a path, or a jar and its entry. */
        String source();

        default String className() {
            return internalName().replace('/', '.');
        }
    }

    /** What the last round produced: a result for every class that wove, an error for every other. */
    record Outcome<K>(Map<K, WeaveResult> results, Map<K, String> errors) {
    }

    /**
     * @param locator    finds every class file (input directories first, then the classpath)
     * @param classFiles the class files to weave, in order, with their bytes
     * @param arrayCallWarnings which calls handing arrays to untracked JDK methods are reported
     * @param collections       which JDK collections are replaced with tracked ones
     */
    WeaveRounds(ClassFileLocator locator, Map<K, byte[]> classFiles, ArrayCallWarnings arrayCallWarnings,
            TrackedCollections collections) {
        this(locator, classFiles, Set.of(), arrayCallWarnings, collections);
    }

    /**
     * @param wovenElsewhere classes that another part of the same run weaves (the base classes of a
     *                       multi-release jar, when these are its versioned ones), so that both
     *                       agree where each hierarchy's stamp lives
     */
    WeaveRounds(ClassFileLocator locator, Map<K, byte[]> classFiles, Set<String> wovenElsewhere,
            ArrayCallWarnings arrayCallWarnings, TrackedCollections collections) {
        this.locator = locator;
        this.arrayCallWarnings = arrayCallWarnings;
        this.collections = collections;
        this.classFiles = classFiles;
        this.candidates = new HashSet<>(wovenElsewhere);
        classFiles.keySet().forEach(file -> candidates.add(file.internalName()));
    }

    Outcome<K> run() {
        Set<String> failed = new HashSet<>();
        Map<K, String> errors = new LinkedHashMap<>();
        while (true) {
            ClassHierarchy hierarchy = new ClassHierarchy(locator,
                    name -> candidates.contains(name) && !failed.contains(name), collections);
            Weaver weaver = new Weaver(hierarchy, arrayCallWarnings);
            Map<K, WeaveResult> results = new LinkedHashMap<>();
            boolean newFailures = false;
            for (Map.Entry<K, byte[]> entry : classFiles.entrySet()) {
                K file = entry.getKey();
                if (errors.containsKey(file)) {
                    continue;
                }
                try {
                    results.put(file, weaver.weave(entry.getValue(), file.source()));
                } catch (RuntimeException e) {
                    errors.put(file, message(file, e));
                    failed.add(file.internalName());
                    newFailures = true;
                }
            }
            if (!newFailures) {
                reportStampConflicts(results, errors, hierarchy);
                return new Outcome(results, errors);
            }
        }
    }

    /** Moves classes woven by an earlier run that no longer fit the hierarchy from results to errors. */
    private void reportStampConflicts(Map<K, WeaveResult> results, Map<K, String> errors,
            ClassHierarchy hierarchy) {
        results.entrySet().removeIf(entry -> {
            String conflict = entry.getValue().changed() ? null
                    : stampConflict(entry.getKey(), classFiles.get(entry.getKey()), hierarchy);
            if (conflict != null) {
                // Already woven, so the other classes' decisions do not depend on it: no new round.
                errors.put(entry.getKey(), conflict);
            }
            return conflict != null;
        });
    }

    /**
     * A class woven by an earlier run as the root of its own hierarchy (its superclass was not
     * woven then) whose superclass is woven now, after the includes changed or a failed superclass
     * was fixed: it would carry a second stamp, and its save method, which does not call the
     * superclass's, would leave the superclass's fields out of every rollback.
     */
    private static String stampConflict(Input file, byte[] classFile, ClassHierarchy hierarchy) {
        ClassInfo info = ClassInfo.read(classFile);
        if (!info.isWoven() || !info.declaresStampField() || info.superName() == null) {
            return null;
        }
        String superRoot = hierarchy.stampRoot(info.superName());
        if (superRoot == null) {
            return null;
        }
        return file.source() + ": class " + file.className() + " was woven by an earlier run as the root of its"
                + " hierarchy, but its superclass " + superRoot.replace('/', '.') + " is woven now, so a"
                + " rollback would miss the superclass's fields. Delete the compiled classes (mvn clean) and"
                + " build again.";
    }

    /**
     * A {@link WeavingException} already names the file, class and method. Anything else escaped
     * the weaver while it read another class file this one depends on (a superclass, a field's
     * owner), so say that.
     */
    private static String message(Input file, RuntimeException e) {
        if (e instanceof WeavingException) {
            return e.getMessage();
        }
        return file.source() + ": cannot weave class " + file.className() + ": " + e + ". A class file it"
                + " depends on (a superclass, an interface or the owner of a field it writes) may be"
                + " unreadable or corrupt; recompile it, or exclude this class from weaving.";
    }
}
