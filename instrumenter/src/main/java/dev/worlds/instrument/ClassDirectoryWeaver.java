package dev.worlds.instrument;

import dev.worlds.instrument.ClassFileScanner.ClassFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
 *
 * <p>A class woven by an earlier run that the filter no longer selects is never left woven in
 * silence: with a {@link Builder#stateDirectory state directory} it is restored as compiled (and
 * a change of options weaves every class again from its original), without one it is an error
 * naming it and the fix. The state directory also keeps what weaving each class reported, so the
 * warnings of classes that are up to date are reported again.
 */
public final class ClassDirectoryWeaver {
    private final List<Path> classDirectories;
    private final List<Path> classpath;
    private final ClassFilter filter;
    private final ArrayCallWarnings arrayCallWarnings;
    private final JarWeaverOptions options;
    private final Path stateDirectory;
    private final boolean dryRun;

    private ClassDirectoryWeaver(Builder builder, ArrayCallWarnings arrayCallWarnings) {
        this.classDirectories = List.copyOf(builder.classDirectories);
        this.classpath = List.copyOf(builder.classpath);
        this.filter = builder.filter;
        this.arrayCallWarnings = arrayCallWarnings;
        this.options = builder.options;
        this.stateDirectory = builder.stateDirectory;
        this.dryRun = builder.dryRun;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Weaves and, unless this is a dry run, writes the changed class files. Classes that cannot be
     * woven are reported in {@link WeaveReport#errors()} and left unchanged; the others are woven.
     *
     * @throws java.io.UncheckedIOException when a class directory cannot be listed, a classpath
     *                                      jar cannot be opened or the state cannot be kept
     */
    public WeaveReport weave() {
        WeaveState state = stateDirectory == null ? null : new WeaveState(stateDirectory);
        DependencyRecord dependencies = state == null ? DependencyRecord.NONE : state.dependencies();
        String fingerprint = WeaveState.hash((options.describe() + "|filter=" + filter + "|dependencies="
                + dependencies.fingerprint()).getBytes(StandardCharsets.UTF_8));
        boolean optionsChanged = state != null && state.options() != null && !state.options().equals(fingerprint);
        DirectoryInputs inputs = DirectoryInputs.read(classDirectories, filter, state, optionsChanged,
                dependencies.classes().keySet());
        List<Path> lookup = new ArrayList<>(classDirectories);
        lookup.addAll(classpath);
        WeaveRounds.Outcome<ClassFile> outcome;
        try (ClassFileLocator locator = new ClassFileLocator(inputs.originals, lookup)) {
            outcome = new WeaveRounds<>(locator, inputs.selected, arrayCallWarnings, options.collections).run();
        }
        List<String> errors = new ArrayList<>(inputs.errors);
        // In file order, not in the order the rounds found them.
        inputs.selected.keySet().stream().map(outcome.errors()::get).filter(Objects::nonNull).forEach(errors::add);
        List<String> notes = restore(inputs, outcome.errors().keySet(), state, errors);
        WeaveReport report = write(inputs.selected, outcome.results(), errors, state, notes);
        if (state != null && !dryRun) {
            state.saveOptions(fingerprint);
        }
        return report;
    }

    /**
     * Writes back the originals of classes an earlier run wove and this one does not: those no
     * longer selected, and those woven again from their originals that failed this time.
     */
    private List<String> restore(DirectoryInputs inputs, Set<ClassFile> failed, WeaveState state, List<String> errors) {
        Map<ClassFile, byte[]> restore = new LinkedHashMap<>(inputs.restore);
        failed.stream().filter(file -> inputs.originals.containsKey(file.internalName()))
                .forEach(file -> restore.put(file, inputs.selected.get(file)));
        List<String> notes = new ArrayList<>();
        for (Map.Entry<ClassFile, byte[]> entry : restore.entrySet()) {
            ClassFile file = entry.getKey();
            try {
                if (!dryRun) {
                    AtomicFileWriter.replace(file.file(), entry.getValue());
                    state.forget(file.internalName());
                }
                notes.add((dryRun ? "would restore " : "restored ") + file.className() + " as compiled: an earlier run"
                        + " wove it, and this one does not" + (inputs.restore.containsKey(file)
                        ? " (the includes and excludes no longer select it)." : " (it failed, see the errors)."));
            } catch (IOException e) {
                errors.add(file.file() + ": cannot restore the class as compiled (" + e + "); it is still woven."
                        + " Delete the compiled classes (mvn clean) and build again.");
            }
        }
        return notes;
    }

    private WeaveReport write(Map<ClassFile, byte[]> selected, Map<ClassFile, WeaveResult> results,
            List<String> errors, WeaveState state, List<String> notes) {
        int woven = 0;
        int upToDate = 0;
        int fieldsTracked = 0;
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<ClassFile, WeaveResult> entry : results.entrySet()) {
            ClassFile file = entry.getKey();
            WeaveResult result = entry.getValue();
            if (!result.changed()) {
                // Unchanged is either woven before or never weavable (module-info, the Worlds API).
                if (ClassInfo.read(selected.get(file)).isWoven()) {
                    upToDate++;
                    if (state != null) {
                        warnings.addAll(state.warnings(file.internalName()));
                    }
                }
                continue;
            }
            try {
                if (!dryRun) {
                    if (state != null) {
                        // Before the woven class: a woven class always has its original kept.
                        state.saveOriginal(file.internalName(), selected.get(file), result.warnings());
                    }
                    AtomicFileWriter.replace(file.file(), result.bytes());
                }
                woven++;
                fieldsTracked += result.trackedFields();
                warnings.addAll(result.warnings());
            } catch (IOException e) {
                errors.add(file.file() + ": cannot write the woven class " + file.className() + " (" + e
                        + "); the original file is unchanged. Check that the directory is writable and"
                        + " the disk has space, then build again.");
            }
        }
        return new WeaveReport(selected.size(), woven, upToDate, fieldsTracked, warnings, errors, dryRun, notes);
    }

    /** Configuration of a {@link ClassDirectoryWeaver}; every setting but the class directories is optional. */
    public static final class Builder extends WeaverBuilder<Builder> {
        private final List<Path> classDirectories = new ArrayList<>();
        private Path stateDirectory;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
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
         * Where to keep, between runs, the original of each class woven and what weaving it
         * reported (a directory of its own, e.g. {@code target/worlds-state/classes}, removed with the
         * classes by a clean). With it, a run whose options differ from the last one's weaves the
         * classes again from their originals, a class no longer selected is restored as compiled,
         * and the warnings of classes that are up to date are reported again. Without it, a class
         * woven earlier and no longer selected is an error.
         */
        public Builder stateDirectory(Path directory) {
            this.stateDirectory = Objects.requireNonNull(directory, "directory");
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
            return new ClassDirectoryWeaver(this, arrayCallWarnings());
        }
    }
}
