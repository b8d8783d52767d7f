package dev.worlds.maven;

import dev.worlds.instrument.ClassFilter;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Sets a property, surefire's {@code argLine} by default, to a {@code -javaagent} option that runs
 * the tests with the Worlds agent, which weaves the included classes as they are loaded: tests
 * run woven without the {@code weave} goals (as {@code jacoco:prepare-agent} does for coverage).
 * An existing value of the property is kept, the agent option appended to it.
 *
 * <pre>{@code
 * <execution>
 *   <goals><goal>prepare-agent</goal></goals>
 *   <configuration>
 *     <includes><include>com.acme.**</include></includes>
 *   </configuration>
 * </execution>
 * }</pre>
 *
 * <p>A surefire {@code <argLine>} of the project's own replaces the property; write
 * {@code <argLine>@{argLine} -Xmx1g</argLine>} to keep it.
 */
@Mojo(name = "prepare-agent", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class PrepareAgentMojo extends AbstractMojo {
    private static final String AGENT = "dev.worlds:worlds-agent";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** This plugin's own dependencies, the agent jar among them. */
    @Parameter(defaultValue = "${plugin.artifactMap}", readonly = true, required = true)
    private Map<String, Artifact> pluginArtifactMap;

    /** Leaves the property unset: tests then run with the classes as they were compiled (or woven). */
    @Parameter(property = "worlds.skip", defaultValue = "false")
    private boolean skip;

    /** The property to set; surefire and failsafe read {@code argLine}. */
    @Parameter(property = "worlds.propertyName", defaultValue = "argLine")
    private String propertyName;

    /**
     * Classes the agent weaves, as dotted class-name patterns like the {@code weave} goal's:
     * {@code *} within one name segment, {@code **} any number of segments
     * ({@code com.acme.search.**}). Required: the agent sees every class the tests load, libraries
     * and the test runner's included, so it must be told which are the project's.
     */
    @Parameter(property = "worlds.includes")
    private List<String> includes;

    /** Classes the agent never weaves, as patterns like {@code includes}; an exclude wins over an include. */
    @Parameter(property = "worlds.excludes")
    private List<String> excludes;

    /**
     * Makes the first {@code Worlds.push()} fail while a class could not be woven, listing the
     * classes and causes. When false they are only reported on stderr and run unwoven.
     */
    @Parameter(property = "worlds.failOnError", defaultValue = "true")
    private boolean failOnError;

    /** Has the agent print a summary when the test JVM exits: classes woven, fields tracked, time spent. */
    @Parameter(property = "worlds.verbose", defaultValue = "false")
    private boolean verbose;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Worlds: prepare-agent skipped (worlds.skip is true); " + propertyName + " left as it is.");
            return;
        }
        String option = quoted("-javaagent:" + agentJar() + "=" + agentOptions());
        Properties properties = project.getProperties();
        String existing = properties.getProperty(propertyName);
        String value = existing == null || existing.isBlank() ? option : existing.strip() + " " + option;
        properties.setProperty(propertyName, value);
        getLog().info("Worlds: " + propertyName + " set to " + value);
    }

    private File agentJar() throws MojoExecutionException {
        Artifact agent = pluginArtifactMap.get(AGENT);
        if (agent == null || agent.getFile() == null) {
            throw new MojoExecutionException("Worlds: the plugin's dependency " + AGENT + " was not resolved, so there"
                    + " is no agent jar to run the tests with; do not exclude it from the plugin's dependencies.");
        }
        return agent.getFile();
    }

    /** {@code includes=a:b,excludes=c,failOnError=true}: the agent's syntax, checked with the weave goal's rules. */
    private String agentOptions() throws MojoExecutionException {
        if (includes == null || includes.isEmpty()) {
            throw new MojoExecutionException("Worlds: prepare-agent needs <includes>, the classes the agent weaves,"
                    + " for example <includes><include>com.acme.**</include></includes>: it sees every class the"
                    + " tests load, libraries and the test runner's included.");
        }
        ClassFilter filter = ClassFilterParameters.toFilter(includes, excludes);
        List<String> options = new ArrayList<>();
        options.add("includes=" + String.join(":", filter.includes()));
        if (!filter.excludes().isEmpty()) {
            options.add("excludes=" + String.join(":", filter.excludes()));
        }
        options.add("failOnError=" + failOnError);
        if (verbose) {
            options.add("verbose=true");
        }
        return String.join(",", options);
    }

    /** Surefire splits its argLine at spaces outside double quotes; a jar path may have spaces. */
    private static String quoted(String argument) {
        return argument.chars().anyMatch(Character::isWhitespace) ? '"' + argument + '"' : argument;
    }
}
