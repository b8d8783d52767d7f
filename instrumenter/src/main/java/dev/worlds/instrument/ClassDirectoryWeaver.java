package dev.worlds.instrument;

import dev.worlds.instrument.ClassFileScanner.ClassFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Weaves the class files of one or more class directories in place: the engine behind the Maven
 * goals and the command line.
 *
 * <pre>{@code
 * WeaveReport report = ClassDirectoryWeaver.builder()
 *         .classDirectory(Path.of("target/classes"))
 *         .classpath(List.of(Path.of("lib/solver-api.jar")))
 *         .filter(ClassFilter.of(List.of("com.acme.**"), List.of()))
 *         .build()
 *         .weave();
 * System.out.println(report.summary());
 * }</pre>
 *
 * <p>A run weaves the classes that are in the class directories and that the filter matches;
 * everything else (other classes, the classpath) is only read to learn the class hierarchy.
 * All classes are woven in memory before anything is written, classes that fail are left out
 * and the rest woven again without them (see {@code WeaveRounds}), and each changed class file
 * is then replaced atomically. Classes woven by an earlier run carry a marker and are counted as
 * up to date, never rewritten, so a second run changes nothing and a run after an interrupted
 * one finishes the job.
 */
public final class ClassDirectoryWeaver {
    private final List<Path> classDirectories;
    private final List<Path> classpath;
    private final ClassFilter filter;
    private final ArrayCallWarnings arrayCallWarnings;
    private final TrackedCollections collections;
    private final boolean dryRun;

    private ClassDirectoryWeaver(Builder builder, ArrayCallWarnings arrayCallWarnings) {
        this.classDirectories = List.copyOf(builder.classDirectories);
        this.classpath = List.copyOf(builder.classpath);
        this.filter = builder.filter;
        this.arrayCallWarnings = arrayCallWarnings;
        this.collections = builder.collections;
        this.dryRun = builder.dryRun;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Weaves and, unless this is a dry run, writes the changed class files. Classes that cannot be
     * woven are reported in {@link WeaveReport#errors()} and left unchanged; the others are woven.
     *
     * @throws java.io.UncheckedIOException when a class directory cannot be listed or a classpath
     *                                      jar cannot be opened
     */
    public WeaveReport weave() {
        Map<ClassFile, byte[]> selected = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (ClassFile file : ClassFileScanner.scan(classDirectories)) {
            if (filter.matchesInternalName(file.internalName())) {
                try {
                    selected.put(file, Files.readAllBytes(file.file()));
                } catch (IOException e) {
                    errors.add(file.file() + ": cannot read the class file (" + e + "); check its permissions.");
                }
            }
        }
        List<Path> lookup = new ArrayList<>(classDirectories);
        lookup.addAll(classpath);
        WeaveRounds.Outcome outcome;
        try (ClassFileLocator locator = new ClassFileLocator(lookup)) {
            outcome = new WeaveRounds(locator, selected, arrayCallWarnings, collections).run();
        }
        // In file order, not in the order the rounds found them.
        selected.keySet().stream().map(outcome.errors()::get).filter(Objects::nonNull).forEach(errors::add);
        return write(selected, outcome.results(), errors);
    }

    private WeaveReport write(Map<ClassFile, byte[]> selected, Map<ClassFile, WeaveResult> results,
            List<String> errors) {
        int woven = 0;
        int upToDate = 0;
        int fieldsTracked = 0;
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<ClassFile, WeaveResult> entry : results.entrySet()) {
            WeaveResult result = entry.getValue();
            if (!result.changed()) {
                // Unchanged is either woven before or never weavable (module-info, the Worlds API).
                if (ClassInfo.read(selected.get(entry.getKey())).isWoven()) {
                    upToDate++;
                }
                continue;
            }
            Path file = entry.getKey().file();
            try {
                if (!dryRun) {
                    AtomicFileWriter.replace(file, result.bytes());
                }
                woven++;
                fieldsTracked += result.trackedFields();
                warnings.addAll(result.warnings());
            } catch (IOException e) {
                errors.add(file + ": cannot write the woven class " + entry.getKey().className() + " (" + e
                        + "); the original file is unchanged. Check that the directory is writable and"
                        + " the disk has space, then build again.");
            }
        }
        return new WeaveReport(selected.size(), woven, upToDate, fieldsTracked, warnings, errors, dryRun);
    }

    /** Configuration of a {@link ClassDirectoryWeaver}; every setting but the class directories is optional. */
    public static final class Builder {
        private final List<Path> classDirectories = new ArrayList<>();
        private final List<Path> classpath = new ArrayList<>();
        private ClassFilter filter = ClassFilter.everything();
        private boolean warnUntrackedArrayCalls = true;
        private final List<String> readOnlyArrayMethods = new ArrayList<>();
        private TrackedCollections collections = TrackedCollections.ON;
        private boolean dryRun;

        private Builder() {
        }

        /** A directory of class files to weave in place (a compiler's output directory). */
        public Builder classDirectory(Path directory) {
            classDirectories.add(Objects.requireNonNull(directory, "directory"));
            return this;
        }

        public Builder classDirectories(List<Path> directories) {
            directories.forEach(this::classDirectory);
            return this;
        }

        /**
         * Jars and directories the woven classes are compiled against; read, never changed, so
         * that the weaver sees superclasses and field owners outside the class directories.
         * Entries that do not exist are ignored.
         */
        public Builder classpath(List<Path> entries) {
            entries.forEach(entry -> classpath.add(Objects.requireNonNull(entry, "classpath entry")));
            return this;
        }

        /** Which classes of the class directories to weave; by default all of them. */
        public Builder filter(ClassFilter filter) {
            this.filter = Objects.requireNonNull(filter, "filter");
            return this;
        }

        /**
         * Whether to warn about calls that hand an array to a JDK method the weaver does not track
         * (whatever that method writes into the array is not rolled back); on by default.
         */
        public Builder warnUntrackedArrayCalls(boolean warn) {
            this.warnUntrackedArrayCalls = warn;
            return this;
        }

        /**
         * JDK methods known to only read the arrays passed to them, whose calls are therefore not
         * reported, as {@code java.util.zip.CRC32.update} or {@code java.util.zip.CRC32.*}; a
         * method also covers the same method of the class's subtypes. See {@link ArrayCallWarnings}.
         */
        public Builder readOnlyArrayMethods(List<String> methods) {
            methods.forEach(method -> readOnlyArrayMethods.add(Objects.requireNonNull(method, "read-only array method")));
            return this;
        }

        /**
         * Whether the JDK collections woven code creates or extends are replaced with tracked ones,
         * whose contents roll back ({@link TrackedCollections#ON}, the default), or left as they are.
         */
        public Builder trackedCollections(TrackedCollections collections) {
            this.collections = Objects.requireNonNull(collections, "collections");
            return this;
        }

        /** Weave and report, but write nothing. */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /**
         * @throws IllegalArgumentException when no class directory is given, one is not a directory,
         *                                  or a read-only array method is malformed
         */
        public ClassDirectoryWeaver build() {
            if (classDirectories.isEmpty()) {
                throw new IllegalArgumentException("No class directory to weave; give at least one"
                        + " directory of compiled classes, e.g. target/classes.");
            }
            for (Path directory : classDirectories) {
                if (!Files.isDirectory(directory)) {
                    throw new IllegalArgumentException("Class directory " + directory + " does not exist or is"
                            + " not a directory; compile first, or give the directory the compiler writes to.");
                }
            }
            ArrayCallWarnings arrayCallWarnings = new ArrayCallWarnings(warnUntrackedArrayCalls, readOnlyArrayMethods);
            return new ClassDirectoryWeaver(this, arrayCallWarnings);
        }
    }
}
