package dev.worlds.instrument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The options every weaving front end is built with ({@link ClassDirectoryWeaver},
 * {@link JarWeaver}, {@link DependencyWeaver}): what is read to learn the hierarchy, which classes
 * are woven, what is reported, whether collections are replaced, and whether anything is written.
 *
 * <pre>
 * ClassDirectoryWeaver.builder().classDirectory(Path.of("target/classes"))
 *         .filter(ClassFilter.of(List.of("com.acme.**"), List.of()))
 *         .readOnlyArrayMethods(List.of("java.util.zip.CRC32.update"))
 *         .build();
 * </pre>
 *
 * @param <B> the front end's own builder, returned by every option so that they chain
 */
public abstract class WeaverBuilder<B extends WeaverBuilder<B>> {
    final List<Path> classpath = new ArrayList<>();
    ClassFilter filter = ClassFilter.everything();
    final JarWeaverOptions options = new JarWeaverOptions();
    boolean dryRun;

    WeaverBuilder() {
    }

    abstract B self();

    /**
     * Jars and directories the woven classes are compiled against; read, never changed, so that
     * the weaver sees superclasses and field owners outside what it weaves. Entries that do not
     * exist are ignored.
     */
    public B classpath(List<Path> entries) {
        entries.forEach(entry -> classpath.add(Objects.requireNonNull(entry, "classpath entry")));
        return self();
    }

    /** Which classes to weave; by default all of them. */
    public B filter(ClassFilter filter) {
        this.filter = Objects.requireNonNull(filter, "filter");
        return self();
    }

    /**
     * Whether to warn about calls that hand an array to a JDK method the weaver does not track
     * (whatever that method writes into the array is not rolled back); on by default.
     */
    public B warnUntrackedArrayCalls(boolean warn) {
        options.warnUntrackedArrayCalls = warn;
        return self();
    }

    /**
     * JDK methods known to only read the arrays passed to them, whose calls are therefore not
     * reported, as {@code java.util.zip.CRC32.update} or {@code java.util.zip.CRC32.*}; a
     * method also covers the same method of the class's subtypes. See {@link ArrayCallWarnings}.
     */
    public B readOnlyArrayMethods(List<String> methods) {
        methods.forEach(method -> options.readOnlyArrayMethods.add(Objects.requireNonNull(method, "read-only array method")));
        return self();
    }

    /**
     * Whether the JDK collections woven code creates or extends are replaced with tracked ones,
     * whose contents roll back ({@link TrackedCollections#ON}, the default), or left as they are.
     */
    public B trackedCollections(TrackedCollections collections) {
        options.collections = Objects.requireNonNull(collections, "collections");
        return self();
    }

    /** Weave and report, but write nothing. */
    public B dryRun(boolean dryRun) {
        this.dryRun = dryRun;
        return self();
    }

    /** The warnings the options ask for; a malformed read-only array method fails here, named. */
    ArrayCallWarnings arrayCallWarnings() {
        return new ArrayCallWarnings(options.warnUntrackedArrayCalls, options.readOnlyArrayMethods);
    }
}
