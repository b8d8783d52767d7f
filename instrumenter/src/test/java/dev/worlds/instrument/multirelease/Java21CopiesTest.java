package dev.worlds.instrument.multirelease;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Java21CopiesTest {
    @TempDir
    Path classes;
    @TempDir
    Path java21View;

    @Test
    void writesCopiesOnlyOfMarkedClassesAndAViewOfTheWholeDirectory() throws IOException {
        Path marked = put("p/ReversibleKeys.class", Java21CopyTest.bytesOf(ReversibleKeys.class));
        Path plain = put("p/Java21CopyTest.class", Java21CopyTest.bytesOf(Java21CopyTest.class));
        Path resource = put("p/notes.txt", "kept".getBytes());

        assertEquals(1, Java21Copies.write(classes, java21View));

        Path versions = classes.resolve("META-INF/versions/21");
        assertEquals(List.of("p/ReversibleKeys.class"), relativeFiles(versions));
        assertEquals(List.of("p/Java21CopyTest.class", "p/ReversibleKeys.class", "p/notes.txt"),
                relativeFiles(java21View));
        assertArrayEquals(Files.readAllBytes(versions.resolve("p/ReversibleKeys.class")),
                Files.readAllBytes(java21View.resolve("p/ReversibleKeys.class")));
        assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(java21View.resolve("p/Java21CopyTest.class")));
        assertArrayEquals(Files.readAllBytes(resource), Files.readAllBytes(java21View.resolve("p/notes.txt")));
        assertFalse(java21View.resolve("META-INF/versions").toFile().exists());
        assertTrue(Files.size(versions.resolve("p/ReversibleKeys.class")) > Files.size(marked));
    }

    @Test
    void aSecondRunDropsCopiesOfClassesThatNoLongerNeedOne() throws IOException {
        put("p/ReversibleKeys.class", Java21CopyTest.bytesOf(ReversibleKeys.class));
        Java21Copies.write(classes, null);
        put("p/ReversibleKeys.class", Java21CopyTest.bytesOf(Java21CopyTest.class));

        assertEquals(0, Java21Copies.write(classes, null));
        assertEquals(List.of(), relativeFiles(classes.resolve("META-INF/versions/21")));
    }

    private Path put(String relative, byte[] bytes) throws IOException {
        Path file = classes.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
