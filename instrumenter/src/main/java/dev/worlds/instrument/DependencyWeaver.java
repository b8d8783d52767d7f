package dev.worlds.instrument;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Weaves the classes of dependency jars into a class directory (the Maven plugin's
 * {@code weaveDependencies}, after AspectJ's): a class directory comes before the jars on a class
 * path, so the woven copies are the ones loaded, and a jar packaged from the directory holds them.
 *
 * <pre>{@code
 * Map<String, WeaveReport> reports = DependencyWeaver.builder()
 *         .classDirectory(Path.of("target/classes"))
 *         .stateDirectory(Path.of("target/worlds-state/classes"))
 *         .dependency("org.ow2.sat4j:org.ow2.sat4j.core:2.3.6", sat4jJar)
 *         .classpath(compileClasspath)
 *         .build()
 *         .weave();
 * }</pre>
 *
 * <p>Every class of a jar is put into the directory, woven when the filter selects it, as it was
 * otherwise (one package loaded from two places would break a sealed or signed package), except
 * {@code module-info}. What was put there is recorded in the state directory: a run whose jars and
 * options did not change rewrites nothing and reports the same warnings again; a run after a
 * change weaves again and removes the classes it no longer puts there, so that no class stays woven
 * silently. A class of the directory that did not come from a dependency is never overwritten: that
 * is an error naming both. With {@code failOnError}, a dependency that has errors leaves the
 * directory as it was.
 */
public final class DependencyWeaver {
    /**
     * A jar to weave, or a directory of its classes (a module of the same build that is compiled
     * but not packaged), and the name it is reported by (Maven coordinates, say).
     */
    public record Dependency(String name, Path jar) {
        public Dependency {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(jar, "jar");
        }
    }

    private final Path classDirectory;
    private final WeaveState state;
    private final List<Dependency> dependencies;
    private final List<Path> classpath;
    private final ClassFilter filter;
    private final JarWeaverOptions options;
    private final boolean failOnError;
    private final boolean dryRun;

    private DependencyWeaver(Builder builder) {
        this.classDirectory = builder.classDirectory;
        this.state = new WeaveState(builder.stateDirectory);
        this.dependencies = List.copyOf(builder.dependencies);
        this.classpath = List.copyOf(builder.classpath);
        this.filter = builder.filter;
        this.options = builder.options;
        this.failOnError = builder.failOnError;
        this.dryRun = builder.dryRun;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Weaves and installs the dependencies' classes, or finds them up to date.
     *
     * @return a report per dependency name, in the order given; classes that could not be woven,
     *         and classes of the directory a dependency would overwrite, are errors
     * @throws UncheckedIOException when a jar cannot be read or has an unsafe entry, or the
     *                              directory cannot be written
     */
    public Map<String, WeaveReport> weave() {
        DependencyRecord previous = state.dependencies();
        if (dependencies.isEmpty() && previous.classes().isEmpty()) {
            return Map.of();
        }
        String fingerprint = fingerprint();
        if (fingerprint.equals(previous.fingerprint()) && previous.intact(classDirectory)) {
            return upToDate(previous);
        }
        return new DependencyInstall(classDirectory, state, previous, dryRun, failOnError).run(weaveJars(), fingerprint);
    }

    private Map<String, WeaveReport> upToDate(DependencyRecord record) {
        Map<String, WeaveReport> reports = new LinkedHashMap<>();
        for (DependencyRecord.Summary summary : record.dependencies()) {
            reports.put(summary.name(), new WeaveReport(summary.examined(), 0, summary.woven(), 0, summary.warnings(),
                    List.of(), dryRun));
        }
        return reports;
    }

    /** Each jar woven in memory, knowing which classes the others weave. */
    private Map<Dependency, WovenJar> weaveJars() {
        Map<Dependency, Set<String>> selected = new LinkedHashMap<>();
        for (Dependency dependency : dependencies) {
            selected.put(dependency, selectedClasses(dependency.jar(), filter));
        }
        Map<Dependency, WovenJar> woven = new LinkedHashMap<>();
        for (Dependency dependency : dependencies) {
            List<Path> lookup = new ArrayList<>();
            Set<String> others = new HashSet<>();
            for (Dependency other : dependencies) {
                if (other != dependency) {
                    // Ahead of the class directory, which may hold their classes woven by an earlier run.
                    lookup.add(other.jar());
                    others.addAll(selected.get(other));
                }
            }
            lookup.addAll(classpath);
            WovenJar jar = options.apply(JarWeaver.builder()).jar(dependency.jar()).classpath(lookup).filter(filter)
                    .alsoWoven(others).dryRun(dryRun).build().weave();
            woven.put(dependency, jar);
        }
        return woven;
    }

    /** The base classes of a jar that the filter selects. */
    private static Set<String> selectedClasses(Path jar, ClassFilter filter) {
        Set<String> names = new HashSet<>();
        for (JarContents.Entry entry : JarContents.read(jar).entries()) {
            String name = JarEntryNames.internalName(entry.name(), false);
            if (name != null && !entry.isDirectory() && filter.matchesInternalName(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Changes whenever the options or a jar's classes change; not when a jar is only packaged
     * again (the entries' times are not part of it), nor between a module's jar and its class
     * directory, nor when only resources change (they are not put into the directory).
     */
    private String fingerprint() {
        StringBuilder text = new StringBuilder(options.describe()).append("|filter=").append(filter);
        for (Dependency dependency : dependencies) {
            text.append('|').append(dependency.name());
            for (JarContents.Entry entry : JarContents.read(dependency.jar()).entries()) {
                if (JarEntryNames.internalName(entry.name(), false) != null && !entry.isDirectory()) {
                    text.append('|').append(entry.name()).append('=').append(WeaveState.hash(entry.bytes()));
                }
            }
        }
        return WeaveState.hash(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Configuration of a {@link DependencyWeaver}; the class and state directories are required. */
    public static final class Builder extends WeaverBuilder<Builder> {
        private Path classDirectory;
        private Path stateDirectory;
        private final List<Dependency> dependencies = new ArrayList<>();
        private boolean failOnError;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** The directory the woven classes go into (a compiler's output directory). */
        public Builder classDirectory(Path directory) {
            this.classDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** Where to record what was put into the class directory; give each class directory its own. */
        public Builder stateDirectory(Path directory) {
            this.stateDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** A jar whose classes to weave into the class directory; the first of two with a class wins. */
        public Builder dependency(String name, Path jar) {
            dependencies.add(new Dependency(name, jar));
            return this;
        }
        /** When a dependency has a class that cannot be woven, put nothing into the directory. */
        public Builder failOnError(boolean failOnError) {
            this.failOnError = failOnError;
            return this;
        }

        /**
         * @throws IllegalArgumentException when a directory is missing, a jar is not a file, two
         *                                  dependencies share a name, or a read-only array method is malformed
         */
        public DependencyWeaver build() {
            if (classDirectory == null || stateDirectory == null) {
                throw new IllegalArgumentException("Weaving dependencies needs the class directory they go into and a"
                        + " state directory to record what was put there.");
            }
            Set<String> names = new HashSet<>();
            for (Dependency dependency : dependencies) {
                if (!Files.exists(dependency.jar())) {
                    throw new IllegalArgumentException("Dependency " + dependency.name() + ": " + dependency.jar()
                            + " does not exist.");
                }
                if (!names.add(dependency.name())) {
                    throw new IllegalArgumentException("Dependency " + dependency.name() + " is given twice.");
                }
            }
            // A malformed read-only array method fails here, named, rather than once per jar later.
            arrayCallWarnings();
            return new DependencyWeaver(this);
        }
    }
}
