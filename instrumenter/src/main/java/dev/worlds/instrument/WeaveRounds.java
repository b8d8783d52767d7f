package dev.worlds.instrument;

import dev.worlds.instrument.ClassFileScanner.ClassFile;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Weaves a set of class files in memory until the outcome is stable. A class decides where its
 * hierarchy's stamp lives from which other classes this run weaves, so when a class fails it is
 * taken out of the woven set and every other class is woven again: no class may assume that a
 * failed superclass declares a stamp it will never get. Each round only removes classes, so the
 * rounds end, usually after one (no failure) or two.
 */
final class WeaveRounds {
    private final ClassFileLocator locator;
    private final Set<String> candidates;
    private final Map<ClassFile, byte[]> classFiles;

    /** What the last round produced: a result for every class that wove, an error for every other. */
    record Outcome(Map<ClassFile, WeaveResult> results, Map<ClassFile, String> errors) {
    }

    /**
     * @param locator    finds every class file (input directories first, then the classpath)
     * @param classFiles the class files to weave, in order, with their bytes
     */
    WeaveRounds(ClassFileLocator locator, Map<ClassFile, byte[]> classFiles) {
        this.locator = locator;
        this.classFiles = classFiles;
        this.candidates = new HashSet<>();
        classFiles.keySet().forEach(file -> candidates.add(file.internalName()));
    }

    Outcome run() {
        Set<String> failed = new HashSet<>();
        Map<ClassFile, String> errors = new LinkedHashMap<>();
        while (true) {
            ClassHierarchy hierarchy = new ClassHierarchy(locator,
                    name -> candidates.contains(name) && !failed.contains(name));
            Weaver weaver = new Weaver(hierarchy);
            Map<ClassFile, WeaveResult> results = new LinkedHashMap<>();
            boolean newFailures = false;
            for (Map.Entry<ClassFile, byte[]> entry : classFiles.entrySet()) {
                ClassFile file = entry.getKey();
                if (errors.containsKey(file)) {
                    continue;
                }
                try {
                    results.put(file, weaver.weave(entry.getValue(), file.file().toString()));
                } catch (RuntimeException e) {
                    errors.put(file, message(file, e));
                    failed.add(file.internalName());
                    newFailures = true;
                }
            }
            if (!newFailures) {
                return new Outcome(results, errors);
            }
        }
    }

    /**
     * A {@link WeavingException} already names the file, class and method. Anything else escaped
     * the weaver while it read another class file this one depends on (a superclass, a field's
     * owner), so say that.
     */
    private static String message(ClassFile file, RuntimeException e) {
        if (e instanceof WeavingException) {
            return e.getMessage();
        }
        return file.file() + ": cannot weave class " + file.className() + ": " + e + ". A class file it"
                + " depends on (a superclass, an interface or the owner of a field it writes) may be"
                + " unreadable or corrupt; recompile it, or exclude this class from weaving.";
    }
}
