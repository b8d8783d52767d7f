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
 * Weaves the project's compiled test classes ({@code target/test-classes}) in place, so that
 * state kept in test code is tracked too. The main classes are only read, to learn the
 * hierarchy; weave them with the {@code weave} goal.
 */
@Mojo(name = "weave-tests", defaultPhase = LifecyclePhase.PROCESS_TEST_CLASSES,
        requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class WeaveTestsMojo extends AbstractWeaveMojo {
    /** The directory of compiled test classes to weave. */
    @Parameter(defaultValue = "${project.build.testOutputDirectory}", required = true)
    private File testClassesDirectory;

    @Override
    protected File classesDirectory() {
        return testClassesDirectory;
    }

    @Override
    protected List<String> classpathElements() throws MojoExecutionException {
        try {
            Set<String> elements = new LinkedHashSet<>(project.getTestClasspathElements());
            elements.add(project.getBuild().getOutputDirectory());
            return List.copyOf(elements);
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Worlds: the test dependencies of " + project.getId()
                    + " are not resolved: " + e.getMessage(), e);
        }
    }
}
