package dev.worlds.instrument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A jar woven in memory by {@link JarWeaver}: the report, notes on what changed besides the
 * classes, and the woven entries, written as a jar by {@link #writeTo}.
 *
 * <pre>{@code
 * WovenJar woven = JarWeaver.builder().jar(Path.of("lib.jar")).build().weave();
 * if (!woven.report().hasErrors()) {
 *     woven.writeTo(Path.of("lib-woven.jar"));
 * }
 * }</pre>
 */
public final class WovenJar {
    private final Path source;
    private final List<JarContents.Entry> entries;
    private final WeaveReport report;
    private final boolean multiRelease;
    private final boolean dryRun;

    WovenJar(Path source, List<JarContents.Entry> entries, WeaveReport report, boolean multiRelease, boolean dryRun) {
        this.source = source;
        this.entries = List.copyOf(entries);
        this.report = report;
        this.multiRelease = multiRelease;
        this.dryRun = dryRun;
    }

    /** Classes woven, up to date, fields tracked, warnings and the classes that could not be woven (kept as they were). */
    public WeaveReport report() {
        return report;
    }

    /**
     * What changed besides the classes, one line each: a signature that was removed, duplicate
     * entries that were left out (the same as {@code report().notes()}).
     */
    public List<String> notes() {
        return report.notes();
    }

    /**
     * Writes the woven jar: all of it or, when anything fails, nothing (it is written to a
     * temporary file next to {@code jar} and renamed over it). {@code jar} may be the input itself.
     *
     * @throws UncheckedIOException  when it cannot be written; the message names the file
     * @throws IllegalStateException in a dry run
     */
    public void writeTo(Path jar) {
        if (dryRun) {
            throw new IllegalStateException("A dry run writes nothing; weave without dryRun to write " + jar + ".");
        }
        try {
            AtomicFileWriter.write(jar, JarContents.toJar(entries));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the woven jar " + jar + ": " + e
                    + ". Check that its directory exists and is writable, then run again.", e);
        }
    }

    /**
     * The class files a class directory gets from this jar, by internal name, woven or as they
     * were: the base classes (a directory on the class path never loads versioned ones) without
     * module-info, which would turn the directory into a module.
     */
    Map<String, byte[]> baseClassFiles() {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (JarContents.Entry entry : entries) {
            String name = JarEntryNames.internalName(entry.name(), false);
            if (name != null && !entry.isDirectory() && !name.equals("module-info")) {
                classes.put(name, entry.bytes());
            }
        }
        return classes;
    }

    /** Versioned classes of a multi-release jar ({@code META-INF/versions/N/}); 0 for any other jar. */
    int versionedClassCount() {
        if (!multiRelease) {
            return 0;
        }
        return (int) entries.stream()
                .filter(entry -> JarEntryNames.version(entry.name()) > 0 && JarEntryNames.internalName(entry.name(), true) != null)
                .count();
    }

    Path source() {
        return source;
    }
}
