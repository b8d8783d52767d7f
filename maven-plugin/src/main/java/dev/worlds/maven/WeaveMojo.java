package dev.worlds.maven;

import java.io.File;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Weaves the project's compiled classes ({@code target/classes}) in place, right after they are
 * compiled, so that tests and the packaged jar see the woven classes.
 */
@Mojo(name = "weave", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class WeaveMojo extends AbstractWeaveMojo {
    /** The directory of compiled classes to weave. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
    private File classesDirectory;

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
}
