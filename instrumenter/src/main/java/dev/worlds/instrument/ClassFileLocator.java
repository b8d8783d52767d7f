package dev.worlds.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds class files by internal name in directories and jars, then in the JDK the weaver runs
 * on. Classes are read as bytes, never loaded, so weaving never initializes user code or puts
 * it in the wrong class loader.
 */
public final class ClassFileLocator implements ClassFileSource, AutoCloseable {
    private final Map<String, byte[]> classes;
    private final List<Path> directories = new ArrayList<>();
    private final List<ZipFile> jars = new ArrayList<>();

    /** Directories and jar files, searched in order; entries that do not exist are ignored. */
    public ClassFileLocator(List<Path> entries) {
        this(Map.of(), entries);
    }

    /**
     * Class files held in memory (by internal name, searched first: the classes of a jar being
     * woven), then directories and jar files in order.
     */
    public ClassFileLocator(Map<String, byte[]> classes, List<Path> entries) {
        this.classes = Map.copyOf(classes);
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                directories.add(entry);
            } else if (Files.isRegularFile(entry)) {
                try {
                    jars.add(new ZipFile(entry.toFile()));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot open classpath entry " + entry
                            + " as a jar: " + e.getMessage(), e);
                }
            }
        }
    }

    /** The class file of {@code internalName}, or null if no entry and not the JDK has it. */
    @Override
    public byte[] find(String internalName) {
        byte[] held = classes.get(internalName);
        if (held != null) {
            return held;
        }
        String resource = internalName + ".class";
        try {
            for (Path directory : directories) {
                Path file = directory.resolve(resource);
                if (Files.isRegularFile(file)) {
                    return Files.readAllBytes(file);
                }
            }
            for (ZipFile jar : jars) {
                ZipEntry entry = jar.getEntry(resource);
                if (entry != null) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        return in.readAllBytes();
                    }
                }
            }
            try (InputStream in = ClassLoader.getSystemResourceAsStream(resource)) {
                return in == null ? null : in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read class file " + resource + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        for (ZipFile jar : jars) {
            try {
                jar.close();
            } catch (IOException ignored) {
                // Closing a read-only jar cannot lose data.
            }
        }
    }
}
