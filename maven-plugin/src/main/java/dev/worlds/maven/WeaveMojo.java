package dev.worlds.maven;

import dev.worlds.instrument.DependencyWeaver;
import dev.worlds.instrument.WeaveReport;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Weaves the project's compiled classes ({@code target/classes}) in place, right after they are
 * compiled, so that tests and the packaged jar see the woven classes; and, first, the classes of
 * the dependencies listed in {@code weaveDependencies}, woven into the same directory.
 */
@Mojo(name = "weave", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class WeaveMojo extends AbstractWeaveMojo {
    /** The directory of compiled classes to weave. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
    private File classesDirectory;

    /**
     * Dependencies whose classes are woven into {@code target/classes}, as {@code groupId:artifactId}
     * (for example {@code org.ow2.sat4j:org.ow2.sat4j.core}): libraries whose state must roll back.
     * Each must be a compile or runtime dependency of the project. {@code target/classes} comes
     * before the dependency jars on every class path, so tests, {@code exec:java} and the packaged
     * jar use the woven copies; the {@code includes} and {@code excludes} apply to their classes too.
     */
    @Parameter(property = "worlds.weaveDependencies")
    private List<String> weaveDependencies;

    @Override
    protected File classesDirectory() {
        return classesDirectory;
    }

    @Override
    protected List<String> classpathElements() throws MojoExecutionException {
        try {
            // Compile scope has provided dependencies, runtime scope has runtime ones; a woven
            // class may extend or write fields of either.
            Set<String> elements = new LinkedHashSet<>(project.getCompileClasspathElements());
            elements.addAll(project.getRuntimeClasspathElements());
            return List.copyOf(elements);
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Worlds: the dependencies of " + project.getId()
                    + " are not resolved: " + e.getMessage(), e);
        }
    }

    @Override
    protected boolean hasDependenciesToWeave() {
        return weaveDependencies != null && !weaveDependencies.isEmpty();
    }

    @Override
    protected Map<String, WeaveReport> weaveDependencies(Path classes, Path state, List<Path> classpath)
            throws MojoExecutionException {
        DependencyWeaver.Builder weaver = dependencyWeaver(classes, state, classpath);
        for (DependencyWeaver.Dependency dependency : new DependencyResolver(project)
                .resolve(weaveDependencies == null ? List.of() : weaveDependencies)) {
            weaver.dependency(dependency.name(), dependency.jar());
        }
        return weaver.build().weave();
    }
}
