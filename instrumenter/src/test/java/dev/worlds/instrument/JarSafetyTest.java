package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A jar is input, not trusted: nothing it names lands outside the output, and nothing is half-written. */
class JarSafetyTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "../evil.class            | a '..' segment climbs out of the directory it is written to",
        "com/../../evil.class     | a '..' segment climbs out of the directory it is written to",
        "/etc/cron.d/evil         | it is an absolute path",
        "C:/Windows/evil.dll      | it starts with a drive letter",
        "com\\..\\..\\evil.class  | it contains a backslash, which Windows reads as a directory separator",
    })
    void entryThatWouldLandOutsideTheOutputIsRefusedNamingTheJarAndTheEntry(String entry, String why) throws IOException {
        Path jar = TestJars.jar().fixture("Counter").add(entry, "payload").writeTo(dir.resolve("evil.jar"));
        Path out = dir.resolve("out.jar");
        Files.writeString(out, "an earlier woven jar");

        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> JarWeaver.builder().jar(jar).build().weave().writeTo(out));

        assertEquals(jar + ": refusing to weave the jar: its entry '" + entry + "' would be written outside the output"
                + " directory (" + why + "). The jar is corrupt or was made to overwrite other files; nothing was"
                + " written. Get the jar again from a source you trust.", e.getMessage());
        assertEquals("an earlier woven jar", Files.readString(out));
    }

    @Test
    void fileThatIsNotAJarIsReportedNamingIt() throws IOException {
        Path notAJar = Files.writeString(dir.resolve("lib.jar"), "not a zip");

        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> JarWeaver.builder().jar(notAJar).build().weave());

        assertTrue(e.getMessage().startsWith(notAJar + ": cannot read it as a jar: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("Check that it is a complete jar or zip file."), e.getMessage());
    }

    @Test
    void truncatedJarIsReportedNamingIt() throws IOException {
        Path jar = TestJars.jar().fixture("Counter").fixture("Sub").writeTo(dir.resolve("lib.jar"));
        byte[] whole = Files.readAllBytes(jar);
        Files.write(jar, java.util.Arrays.copyOf(whole, whole.length - 30));

        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> JarWeaver.builder().jar(jar).build().weave());

        assertTrue(e.getMessage().startsWith(jar + ": cannot read it as a jar"), e.getMessage());
    }

    @Test
    void failedWriteLeavesNeitherAHalfWrittenJarNorATemporaryFile() throws IOException {
        Path jar = TestJars.jar().fixture("Counter").writeTo(dir.resolve("lib.jar"));
        WovenJar woven = JarWeaver.builder().jar(jar).build().weave();
        // A non-empty directory where the jar should go: the final rename fails.
        Path out = Files.createDirectory(dir.resolve("out.jar"));
        Files.writeString(out.resolve("inside"), "keeps the directory non-empty");

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> woven.writeTo(out));

        assertTrue(e.getMessage().startsWith("Cannot write the woven jar " + out + ": "), e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("lib.jar", "out.jar"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void jarCanBeWovenInPlace() {
        Path jar = TestJars.jar().fixture("Counter").add("a.txt", "kept").writeTo(dir.resolve("lib.jar"));

        JarWeaver.builder().jar(jar).build().weave().writeTo(jar);

        assertTrue(TestJars.isWoven(TestJars.read(jar).get(TestJars.FIXTURES + "Counter.class")));
        assertArrayEquals("kept".getBytes(StandardCharsets.UTF_8), TestJars.read(jar).get("a.txt"));
    }

    @Test
    void newJarGetsTheUsualPermissionsNotThoseOfATemporaryFile() throws IOException {
        Path jar = TestJars.jar().fixture("Counter").writeTo(dir.resolve("lib.jar"));
        Path out = dir.resolve("new.jar");

        JarWeaver.builder().jar(jar).build().weave().writeTo(out);

        assertTrue(Files.isReadable(out));
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals(Files.getPosixFilePermissions(Files.createFile(dir.resolve("any-new-file"))),
                    Files.getPosixFilePermissions(out), "a temporary file is owner-only; a new jar must not be");
        }
    }
}
