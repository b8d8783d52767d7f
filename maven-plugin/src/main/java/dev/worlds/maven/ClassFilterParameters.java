package dev.worlds.maven;

import dev.worlds.instrument.ClassFilter;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The goals' {@code includes} and {@code excludes} parameters as a {@link ClassFilter}, with a
 * malformed pattern reported as a configuration error that names it.
 */
final class ClassFilterParameters {
    private ClassFilterParameters() {
    }

    /** @param includes null or empty for every class; @param excludes null for none */
    static ClassFilter toFilter(List<String> includes, List<String> excludes) throws MojoExecutionException {
        try {
            return ClassFilter.of(includes, excludes);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Worlds: " + e.getMessage(), e);
        }
    }
}
