package dev.worlds.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The search is built on the public API alone (push, rollback, commit), as any user's code is:
 * none of its compiled classes names the engine's {@code dev.worlds.internal}, not even through a
 * fully qualified name that an import check would miss.
 */
class PublicApiOnlyTest {
    private static final String ENGINE = "dev/worlds/internal/";

    @Test
    void noSearchClassReferencesTheEngine() throws IOException, URISyntaxException {
        Path location = Path.of(ParallelSearch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            check(location);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                check(jar.getPath("/"));
            }
        }
    }

    private static void check(Path root) throws IOException {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(root.resolve("dev/worlds/search"))) {
            classes = files.filter(file -> file.toString().endsWith(".class")).collect(Collectors.toList());
        }
        assertTrue(classes.stream().anyMatch(file -> file.endsWith("ParallelSearch.class")), "found no classes in " + root);
        List<String> offenders = classes.stream().filter(PublicApiOnlyTest::namesTheEngine)
                .map(file -> root.relativize(file).toString()).collect(Collectors.toList());
        assertEquals(List.of(), offenders, "classes naming " + ENGINE + ": use the public API (dev.worlds) instead");
    }

    /** Class names in a class file's constant pool are ASCII here, so a byte search finds them. */
    private static boolean namesTheEngine(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains(ENGINE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
