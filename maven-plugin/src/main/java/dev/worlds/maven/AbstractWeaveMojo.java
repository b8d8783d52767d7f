package dev.worlds.maven;

import dev.worlds.instrument.ClassDirectoryWeaver;
import dev.worlds.instrument.ClassFilter;
import dev.worlds.instrument.DependencyWeaver;
import dev.worlds.instrument.TrackedCollections;
import dev.worlds.instrument.WeaveReport;
import dev.worlds.instrument.WeaverBuilder;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What both goals share: {@code skip}, the class filter, error handling and the report in the
 * log. A goal only says which directory to weave and which classpath it is compiled against.
 * What a build needs from the one before (the originals of the classes it wove, what it
 * reported) is kept in {@code target/worlds-state/<directory name>}, removed by {@code clean}.
 */
public abstract class AbstractWeaveMojo extends AbstractMojo {
    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The build directory, which holds the state kept between builds. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    /** Skips weaving; the classes stay as the compiler wrote them. */
    @Parameter(property = "worlds.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Classes to weave, as dotted class-name patterns: {@code *} matches within one name segment,
     * {@code **} any number of segments (for example {@code com.acme.search.**}). Empty means all.
     */
    @Parameter(property = "worlds.includes")
    private List<String> includes;

    /** Classes never to weave, as patterns like {@code includes}; an exclude wins over an include. */
    @Parameter(property = "worlds.excludes")
    private List<String> excludes;

    /**
     * Fails the build when a class cannot be woven. When false, every such class is reported as a
     * warning and left unwoven, and the build goes on.
     */
    @Parameter(property = "worlds.failOnError", defaultValue = "true")
    private boolean failOnError;

    /**
     * Warns about each call that hands an array to a JDK method the weaver does not track (one
     * that is not {@code System.arraycopy}, {@code Arrays.fill} and the like, nor known to only
     * read): if that method writes into the array, a rollback does not undo it. Set to false to
     * silence all of them; {@code readOnlyArrayMethods} silences one method at a time.
     */
    @Parameter(property = "worlds.warnUntrackedArrayCalls", defaultValue = "true")
    private boolean warnUntrackedArrayCalls;

    /**
     * JDK methods that only read the arrays passed to them, so calls to them are not reported as
     * possibly untracked array writes: a dotted class name and a method name
     * ({@code java.util.zip.CRC32.update}), or {@code .*} for all of the class's methods. A method
     * covers the same method of the class's subtypes ({@code java.util.zip.Checksum.update} covers
     * {@code CRC32.update}).
     */
    @Parameter(property = "worlds.readOnlyArrayMethods")
    private List<String> readOnlyArrayMethods;

    /**
     * Replaces the {@code java.util} collections that woven code creates ({@code new ArrayList<>()},
     * {@code HashMap::new}) or extends with the tracked ones of {@code worlds-runtime}, subclasses of
     * the JDK classes whose contents roll back with the world. A collection stored straight into an
     * {@code @Untracked} field stays a plain JDK collection. Set to false to leave every JDK
     * collection as it is; their contents then do not roll back.
     */
    @Parameter(property = "worlds.trackCollections", defaultValue = "true")
    private boolean trackCollections;

    /** Weaves and reports, but writes nothing. */
    @Parameter(property = "worlds.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Of {@link #includes} and {@link #excludes}, for this execution. */
    private ClassFilter filter;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Worlds: weaving skipped (worlds.skip is true).");
            return;
        }
        File classes = classesDirectory();
        if (!classes.isDirectory() && !hasDependenciesToWeave()) {
            getLog().info("Worlds: nothing to weave, " + classes + " does not exist.");
            return;
        }
        filter = ClassFilterParameters.toFilter(includes, excludes);
        List<Path> classpath = classpath();
        Path state = buildDirectory.toPath().resolve("worlds-state").resolve(classes.getName());
        List<String> errors = new ArrayList<>();
        try {
            for (Map.Entry<String, WeaveReport> dependency : weaveDependencies(classes.toPath(), state, classpath).entrySet()) {
                log(dependency.getValue(), dependency.getValue().summaryOf(dependency.getKey()), errors);
            }
            if (classes.isDirectory()) {
                WeaveReport report = weave(classes.toPath(), classpath, state);
                log(report, report.summary(), errors);
            }
        } catch (IllegalArgumentException | UncheckedIOException e) {
            // A malformed read-only method, a dependency that is not a jar, a directory
            // or jar that cannot be read or written: the message says which.
            throw new MojoExecutionException("Worlds: " + e.getMessage(), e);
        }
        if (errors.isEmpty()) {
            return;
        }
        if (failOnError) {
            throw new MojoFailureException(failureMessage(errors));
        }
        errors.forEach(error -> getLog().warn("Not woven: " + error));
    }

    private void log(WeaveReport report, String summary, List<String> errors) {
        getLog().info(summary);
        report.notes().forEach(note -> getLog().info("Worlds: " + note));
        report.warnings().forEach(getLog()::warn);
        errors.addAll(report.errors());
    }

    /** True when the goal puts classes into the directory even if the compiler wrote none. */
    protected boolean hasDependenciesToWeave() {
        return false;
    }

    /**
     * Weaves dependency jars into the class directory before its own classes are woven; a report
     * per dependency. None by default.
     */
    protected Map<String, WeaveReport> weaveDependencies(Path classes, Path state, List<Path> classpath)
            throws MojoExecutionException {
        return Map.of();
    }

    /** A dependency weaver with this goal's filter and options. */
    protected DependencyWeaver.Builder dependencyWeaver(Path classes, Path state, List<Path> classpath) {
        return withOptions(DependencyWeaver.builder(), classpath)
                .classDirectory(classes)
                .stateDirectory(state)
                .failOnError(failOnError);
    }

    /** {@code builder} with this goal's classpath, filter and options. */
    private <B extends WeaverBuilder<B>> B withOptions(B builder, List<Path> classpath) {
        return builder.classpath(classpath)
                .filter(filter)
                .warnUntrackedArrayCalls(warnUntrackedArrayCalls)
                .readOnlyArrayMethods(readOnlyArrayMethods == null ? List.of() : readOnlyArrayMethods)
                .trackedCollections(trackCollections ? TrackedCollections.ON : TrackedCollections.OFF)
                .dryRun(dryRun);
    }

    /** The directory whose class files this goal weaves in place. */
    protected abstract File classesDirectory();

    /** Jars and directories the classes are compiled against, in classpath order. */
    protected abstract List<String> classpathElements() throws MojoExecutionException;

    private List<Path> classpath() throws MojoExecutionException {
        return classpathElements().stream().map(Path::of).toList();
    }

    private WeaveReport weave(Path classes, List<Path> classpath, Path state) {
        return withOptions(ClassDirectoryWeaver.builder(), classpath)
                .classDirectory(classes)
                .stateDirectory(state)
                .build()
                .weave();
    }

    private static String failureMessage(List<String> errors) {
        StringBuilder message = new StringBuilder("Worlds could not weave ")
                .append(errors.size()).append(errors.size() == 1 ? " class:" : " classes:");
        errors.forEach(error -> message.append(System.lineSeparator()).append("  ").append(error));
        return message.append(System.lineSeparator())
                .append("Fix them or leave them out with <excludes>; with <failOnError>false</failOnError>"
                        + " the build goes on and they stay unwoven.")
                .toString();
    }
}
