package dev.worlds.maven;

import dev.worlds.instrument.DependencyWeaver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * Finds the jars of the {@code weaveDependencies} entries among the project's resolved compile
 * and runtime dependencies, and says exactly what is wrong with an entry that is not one.
 */
final class DependencyResolver {
    private final MavenProject project;

    DependencyResolver(MavenProject project) {
        this.project = project;
    }

    List<DependencyWeaver.Dependency> resolve(List<String> entries) throws MojoExecutionException {
        List<DependencyWeaver.Dependency> dependencies = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry == null ? new String[0] : entry.trim().split(":", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new MojoExecutionException("Worlds: weaveDependencies entry \"" + entry + "\" is not"
                        + " groupId:artifactId; write it like org.ow2.sat4j:org.ow2.sat4j.core.");
            }
            Artifact artifact = find(parts[0].trim(), parts[1].trim())
                    .orElseThrow(() -> notOnClassPath(parts[0].trim(), parts[1].trim()));
            if (artifact.getFile() == null) {
                throw new MojoExecutionException("Worlds: weaveDependencies lists " + entry.trim() + ", but "
                        + artifact.getId() + " has no file: it was not resolved. Build with its repository reachable.");
            }
            dependencies.add(new DependencyWeaver.Dependency(coordinates(artifact), artifact.getFile().toPath()));
        }
        return dependencies;
    }

    /** The artifact of that group and id on the class path; the plain jar when there are several (classifiers). */
    private Optional<Artifact> find(String groupId, String artifactId) {
        return project.getArtifacts().stream()
                .filter(artifact -> artifact.getGroupId().equals(groupId) && artifact.getArtifactId().equals(artifactId))
                .filter(artifact -> !Artifact.SCOPE_TEST.equals(artifact.getScope()))
                .min(Comparator.comparing(artifact -> artifact.hasClassifier() ? 1 : 0));
    }

    private MojoExecutionException notOnClassPath(String groupId, String artifactId) {
        String declaredScope = project.getDependencies().stream()
                .filter(dependency -> dependency.getGroupId().equals(groupId) && dependency.getArtifactId().equals(artifactId))
                .map(Dependency::getScope).findFirst().orElse(null);
        String why = Artifact.SCOPE_TEST.equals(declaredScope)
                ? " It is declared with <scope>test</scope>; the classes woven into target/classes ship in the"
                        + " project's jar, so give it scope compile (the default) or runtime."
                : " Add it to <dependencies>, e.g. <dependency><groupId>" + groupId + "</groupId><artifactId>"
                        + artifactId + "</artifactId><version>...</version></dependency>, or remove it from"
                        + " <weaveDependencies>.";
        return new MojoExecutionException("Worlds: weaveDependencies lists " + groupId + ":" + artifactId + ", which is"
                + " not a compile or runtime dependency of " + project.getId() + "." + why);
    }

    private static String coordinates(Artifact artifact) {
        return artifact.getGroupId() + ":" + artifact.getArtifactId() + ":" + artifact.getVersion()
                + (artifact.hasClassifier() ? ":" + artifact.getClassifier() : "");
    }
}
