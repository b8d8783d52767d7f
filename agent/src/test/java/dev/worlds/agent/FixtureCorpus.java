package dev.worlds.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The compiled fixtures of woven-tests (its test jar, or its test-classes directory when the
 * build stopped before packaging), as unwoven class files, and class directories made of them.
 */
final class FixtureCorpus {
    static final String FIXTURES = "dev/worlds/instrument/fixtures/";
    static final String UNWOVEN = FIXTURES + "unwoven/";

    private FixtureCorpus() {
    }

    /** Every class file under {@link #FIXTURES}, by internal name, in name order. */
    static Map<String, byte[]> classFiles() {
        URL anchor = FixtureCorpus.class.getClassLoader().getResource(FIXTURES + "Board.class");
        if (anchor == null) {
            throw new IllegalStateException("The fixtures of woven-tests are not on the test class path.");
        }
        try {
            String url = anchor.toString();
            if (url.startsWith("jar:")) {
                Path jar = Path.of(URI.create(url.substring("jar:".length(), url.indexOf("!/"))));
                try (FileSystem zip = FileSystems.newFileSystem(jar)) {
                    return read(zip.getPath("/"));
                }
            }
            Path root = Path.of(anchor.toURI());
            for (int i = 0; i <= FIXTURES.split("/").length; i++) {
                root = root.getParent();
            }
            return read(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> read(Path root) throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root.resolve(FIXTURES))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                classes.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(file));
            }
        }
        return classes;
    }

    /** Writes the class files into {@code directory} as a compiler lays them out. */
    static void write(Map<String, byte[]> classes, Path directory) {
        try {
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                Path file = directory.resolve(entry.getKey() + ".class");
                Files.createDirectories(file.getParent());
                Files.write(file, entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
