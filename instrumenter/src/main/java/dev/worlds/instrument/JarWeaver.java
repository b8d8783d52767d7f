package dev.worlds.instrument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Weaves the classes of a jar: a jar in, a woven jar out (the command line), or woven class files
 * for a class directory (the Maven plugin's {@code weaveDependencies}).
 *
 * <pre>{@code
 * WovenJar woven = JarWeaver.builder()
 *         .jar(Path.of("lib/solver.jar"))
 *         .classpath(List.of(Path.of("lib/solver-api.jar")))
 *         .build()
 *         .weave();
 * woven.notes().forEach(System.out::println);      // e.g. that the jar's signature was removed
 * System.out.println(woven.report().summary());
 * woven.writeTo(Path.of("lib/solver-woven.jar"));   // atomically: the whole jar or nothing
 * }</pre>
 *
 * <p>The jar is read whole before anything is woven, and refused (naming the jar and the entry)
 * when an entry's name would land outside a directory it is unpacked into. Its classes are woven
 * as {@link ClassDirectoryWeaver} weaves a directory, against the jar itself and then the
 * classpath; a class that cannot be woven is reported and kept as it was. The versioned classes of
 * a multi-release jar ({@code META-INF/versions/N/}) are woven too, each version against what a
 * JVM of that version sees. The woven jar keeps every other entry, their order, names and times,
 * and the manifest; it drops the signature, which no longer matches (see {@link WovenJar#notes()}).
 */
public final class JarWeaver {
    private final Path jar;
    private final List<Path> classpath;
    private final ClassFilter filter;
    private final ArrayCallWarnings arrayCallWarnings;
    private final TrackedCollections collections;
    private final boolean dryRun;
    private final Set<String> alsoWoven;

    private JarWeaver(Builder builder, ArrayCallWarnings arrayCallWarnings) {
        this.jar = builder.jar;
        this.classpath = List.copyOf(builder.classpath);
        this.filter = builder.filter;
        this.arrayCallWarnings = arrayCallWarnings;
        this.collections = builder.options.collections;
        this.dryRun = builder.dryRun;
        this.alsoWoven = Set.copyOf(builder.alsoWoven);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Weaves the jar in memory; nothing is written until {@link WovenJar#writeTo} is called.
     *
     * @throws java.io.UncheckedIOException when the jar cannot be read or one of its entries has an
     *                                      unsafe name, or a classpath jar cannot be opened
     */
    public WovenJar weave() {
        JarContents contents = JarContents.read(jar);
        byte[] manifest = contents.manifest();
        boolean multiRelease = manifest != null && ManifestDigests.isMultiRelease(manifest);
        TreeMap<Integer, Map<String, JarContents.Entry>> classesByVersion = classesByVersion(contents, multiRelease);

        Map<String, WeaveResult> results = new HashMap<>();
        Map<String, String> errors = new HashMap<>();
        Map<String, byte[]> visible = new HashMap<>();
        Set<String> wovenElsewhere = new HashSet<>(alsoWoven);
        int examined = 0;
        for (Map<String, JarContents.Entry> classes : classesByVersion.values()) {
            // A JVM of this version sees these entries over the base and the lower versions.
            classes.forEach((name, entry) -> visible.put(name, entry.bytes()));
            Map<JarClass, byte[]> selected = new LinkedHashMap<>();
            classes.forEach((name, entry) -> {
                if (filter.matchesInternalName(name)) {
                    selected.put(new JarClass(jar + "!/" + entry.name(), name, entry.name()), entry.bytes());
                }
            });
            examined += selected.size();
            WeaveRounds.Outcome<JarClass> outcome;
            try (ClassFileLocator locator = new ClassFileLocator(visible, classpath)) {
                outcome = new WeaveRounds<>(locator, selected, wovenElsewhere, arrayCallWarnings, collections).run();
            }
            outcome.results().forEach((file, result) -> results.put(file.entryName(), result));
            outcome.errors().forEach((file, error) -> errors.put(file.entryName(), error));
            selected.keySet().stream().filter(file -> !outcome.errors().containsKey(file))
                    .forEach(file -> wovenElsewhere.add(file.internalName()));
        }
        return assemble(contents, multiRelease, examined, results, errors);
    }

    private static TreeMap<Integer, Map<String, JarContents.Entry>> classesByVersion(JarContents contents,
            boolean multiRelease) {
        TreeMap<Integer, Map<String, JarContents.Entry>> byVersion = new TreeMap<>();
        byVersion.put(0, new LinkedHashMap<>());
        for (JarContents.Entry entry : contents.entries()) {
            String name = JarEntryNames.internalName(entry.name(), multiRelease);
            if (name != null && !entry.isDirectory()) {
                byVersion.computeIfAbsent(JarEntryNames.version(entry.name()), v -> new LinkedHashMap<>())
                        .put(name, entry);
            }
        }
        return byVersion;
    }

    /** The woven jar's entries, in the input's order, and the report, in the same order. */
    private WovenJar assemble(JarContents contents, boolean multiRelease, int examined,
            Map<String, WeaveResult> results, Map<String, String> errors) {
        List<JarContents.Entry> output = new ArrayList<>();
        List<String> signatureFiles = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> errorList = new ArrayList<>();
        boolean digestsRemoved = false;
        int woven = 0;
        int upToDate = 0;
        int fieldsTracked = 0;
        for (JarContents.Entry entry : contents.entries()) {
            if (JarEntryNames.isSignatureFile(entry.name())) {
                signatureFiles.add(entry.name());
                continue;
            }
            if (JarEntryNames.isManifest(entry.name())) {
                byte[] stripped = ManifestDigests.strip(entry.bytes());
                digestsRemoved = stripped != entry.bytes();
                output.add(entry.withBytes(stripped));
                continue;
            }
            WeaveResult result = results.get(entry.name());
            if (errors.containsKey(entry.name())) {
                errorList.add(errors.get(entry.name()));
            } else if (result != null && result.changed()) {
                woven++;
                fieldsTracked += result.trackedFields();
                warnings.addAll(result.warnings());
                entry = entry.withBytes(result.bytes());
            } else if (result != null && ClassInfo.read(entry.bytes()).isWoven()) {
                upToDate++;
            }
            output.add(entry);
        }
        WeaveReport report = new WeaveReport(examined, woven, upToDate, fieldsTracked, warnings, errorList, dryRun,
                notes(contents, signatureFiles, digestsRemoved));
        return new WovenJar(jar, output, report, multiRelease, dryRun);
    }

    private List<String> notes(JarContents contents, List<String> signatureFiles, boolean digestsRemoved) {
        List<String> notes = new ArrayList<>();
        if (!signatureFiles.isEmpty()) {
            notes.add(jar + " was signed (" + String.join(", ", signatureFiles) + "): woven classes no longer match"
                    + " the signature, so it was removed" + (digestsRemoved ? ", with the manifest's per-entry digests." : "."));
        } else if (digestsRemoved) {
            notes.add(jar + ": the manifest's per-entry digests no longer match the woven classes and were removed.");
        }
        for (String duplicate : contents.duplicates().stream().distinct().toList()) {
            notes.add(jar + " has more than one entry named " + duplicate + "; the last one, which the JVM"
                    + " reads, was kept and the others were left out.");
        }
        return notes;
    }

    /** A class entry of the jar being woven. */
    record JarClass(String source, String internalName, String entryName) implements WeaveRounds.Input {
    }

    /** Configuration of a {@link JarWeaver}; every setting but the jar is optional. */
    public static final class Builder extends WeaverBuilder<Builder> {
        private Path jar;
        private final Set<String> alsoWoven = new HashSet<>();

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Classes (internal names) of other jars that the same build weaves, found on the
         * classpath: this jar's classes then agree with them on where each hierarchy's stamp lives.
         */
        Builder alsoWoven(Set<String> internalNames) {
            alsoWoven.addAll(internalNames);
            return this;
        }

        /**
         * The jar whose classes to weave; a directory of classes is read as an unpacked jar (its
         * woven classes can then be had from {@link WovenJar#writeTo}, as a jar).
         */
        public Builder jar(Path jar) {
            this.jar = Objects.requireNonNull(jar, "jar");
            return this;
        }

        /**
         * @throws IllegalArgumentException when no jar is given, it is not a file, or a read-only
         *                                  array method is malformed
         */
        public JarWeaver build() {
            if (jar == null) {
                throw new IllegalArgumentException("No jar to weave; give the jar whose classes to weave.");
            }
            if (!Files.exists(jar)) {
                throw new IllegalArgumentException("Jar " + jar + " does not exist.");
            }
            return new JarWeaver(this, arrayCallWarnings());
        }
    }
}
