package dev.worlds.instrument.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.ClassInfo;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeaverCliTest {
    private static final String PACKAGE = "dev/worlds/instrument/dirfixtures/";
    private static final String SHAPES = PACKAGE + "shapes/";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyFixtures() throws IOException, URISyntaxException {
        Path testClasses = Path.of(WeaverCliTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (String subpackage : List.of("shapes", "other")) {
            Path target = Files.createDirectories(dir.resolve(PACKAGE + subpackage));
            try (var files = Files.list(testClasses.resolve(PACKAGE + subpackage))) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName().toString()));
                }
            }
        }
    }

    private int run(String... args) {
        return WeaverCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private boolean woven(String relative) throws IOException {
        return ClassInfo.read(Files.readAllBytes(dir.resolve(relative + ".class"))).isWoven();
    }

    @Test
    void wovenDirectoryPrintsTheSummaryAndExitsZero() throws IOException {
        assertEquals(0, run(dir.toString()));

        assertEquals("Worlds: wove 6 classes (0 up to date), 6 fields tracked, 0 warnings" + System.lineSeparator(),
                out());
        assertEquals("", err());
        assertTrue(woven(SHAPES + "Circle"));
    }

    @Test
    void collectionsAreReplacedUnlessTurnedOff() throws IOException, URISyntaxException {
        Path testClasses = Path.of(WeaverCliTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String agenda = PACKAGE + "collections/Agenda.class";
        Path replaced = Files.createDirectories(dir.resolve("replaced").resolve(PACKAGE + "collections"));
        Path kept = Files.createDirectories(dir.resolve("kept").resolve(PACKAGE + "collections"));
        Files.copy(testClasses.resolve(agenda), replaced.resolve("Agenda.class"));
        Files.copy(testClasses.resolve(agenda), kept.resolve("Agenda.class"));

        assertEquals(0, run(dir.resolve("replaced").toString()));
        assertEquals(0, run("--no-track-collections", dir.resolve("kept").toString()));

        String replacedBytes = new String(Files.readAllBytes(replaced.resolve("Agenda.class")), StandardCharsets.ISO_8859_1);
        String keptBytes = new String(Files.readAllBytes(kept.resolve("Agenda.class")), StandardCharsets.ISO_8859_1);
        assertTrue(replacedBytes.contains("dev/worlds/collections/TrackedArrayList"));
        assertFalse(keptBytes.contains("dev/worlds/collections/"));
        assertTrue(WeaverCli.USAGE_TEXT.contains("--no-track-collections"));
    }

    @Test
    void secondRunReportsEverythingUpToDate() {
        assertEquals(0, run(dir.toString()));
        out.reset();
        assertEquals(0, run(dir.toString()));
        assertTrue(out().startsWith("Worlds: wove 0 classes (6 up to date)"), out());
    }

    @Test
    void warningsArePrintedOneALineAndStillExitZero() throws IOException {
        int status = run("--include", "dev.worlds.instrument.dirfixtures.shapes.**", "--exclude=**.Registry",
                dir.toString());

        assertEquals(0, status, err());
        String[] lines = out().split(System.lineSeparator());
        assertEquals("Worlds: wove 4 classes (0 up to date), 4 fields tracked, 3 warnings", lines[0]);
        assertEquals(4, lines.length);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].startsWith("warning: dev.worlds.instrument.dirfixtures."), lines[i]);
        }
        assertFalse(woven(SHAPES + "Registry"));
        assertFalse(woven(PACKAGE + "other/Palette"));
    }

    @Test
    void dryRunWritesNothing() throws IOException {
        byte[] before = Files.readAllBytes(dir.resolve(SHAPES + "Circle.class"));

        assertEquals(0, run("--dry-run", dir.toString()));

        assertTrue(out().startsWith("Worlds (dry run, nothing written): would weave 6 classes"), out());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(SHAPES + "Circle.class")));
    }

    @Test
    void classpathOptionMakesDependenciesVisible() throws IOException {
        Path app = dir.resolve("app");
        Files.createDirectories(app.resolve(PACKAGE));
        Files.move(dir.resolve(SHAPES), app.resolve(SHAPES));
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertEquals(0, run("--classpath", empty + File.pathSeparator + dir, app.toString()));

        assertTrue(out().contains("wove 5 classes"), out());
        assertTrue(out().contains("Palette.color, a field of a class that is not woven"), out());
        assertFalse(woven(PACKAGE + "other/Palette"));
    }

    @Test
    void untrackedArrayCallsAreWarnedAboutUnlessSilenced() throws IOException, URISyntaxException {
        Path classes = dir.resolve("arraycalls");
        Path source = Path.of(WeaverCliTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(PACKAGE + "arraycalls/Compressor.class");
        Files.copy(source, Files.createDirectories(classes.resolve(PACKAGE + "arraycalls")).resolve("Compressor.class"));

        assertEquals(0, run("--dry-run", classes.toString()));
        assertTrue(out().contains("2 warnings"), out());
        assertTrue(out().contains("warning: dev.worlds.instrument.dirfixtures.arraycalls.Compressor.checksum()J line "),
                out());
        out.reset();

        assertEquals(0, run("--dry-run", "--read-only-array-method", "java.util.zip.Checksum.update", classes.toString()));
        assertTrue(out().contains("1 warning") && out().contains("java.util.zip.Inflater.inflate(byte[])"), out());
        out.reset();

        assertEquals(0, run("--dry-run", "--no-warn-untracked-array-calls", classes.toString()));
        assertTrue(out().endsWith("0 warnings" + System.lineSeparator()), out());
    }

    @Test
    void corruptClassFileExitsOneNamingTheFile() throws IOException {
        Path corrupt = dir.resolve(SHAPES + "Corrupt.class");
        Files.writeString(corrupt, "garbage");

        assertEquals(1, run(dir.toString()));

        assertTrue(out().startsWith("Worlds: wove 6 classes (0 up to date), 6 fields tracked, 0 warnings, 1 error"),
                out());
        assertTrue(err().startsWith("error: " + corrupt + ": not a readable class file"), err());
        assertTrue(woven(SHAPES + "Circle"), "the other classes are woven all the same");
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        assertEquals(0, run("--help"));
        assertTrue(out().startsWith("Usage: java -jar worlds-instrumenter-cli.jar [options] <classes-dir>..."), out());
        assertTrue(out().contains("--include PATTERN"), out());
        assertEquals("", err());
    }

    @Test
    void badArgumentsExitTwoWithTheReasonAndTheUsage() {
        assertUsageError("error: No class directory given.");
        assertUsageError("error: Unknown option --frobnicate.", "--frobnicate", dir.toString());
        assertUsageError("error: --include needs a value.", dir.toString(), "--include");
        assertUsageError("error: Malformed class pattern \"com//acme\"", "--exclude", "com//acme", dir.toString());
        assertUsageError("error: Read-only array method 'update' is not", "--read-only-array-method=update",
                dir.toString());
        assertUsageError("error: --read-only-array-method needs a value.", dir.toString(), "--read-only-array-method");
        Path missing = dir.resolve("missing");
        assertUsageError("error: Class directory " + missing + " does not exist", missing.toString());
    }

    private void assertUsageError(String expectedStart, String... args) {
        out.reset();
        err.reset();
        assertEquals(2, run(args), String.join(" ", args));
        assertTrue(err().startsWith(expectedStart), err());
        assertTrue(err().contains("Usage: java -jar worlds-instrumenter-cli.jar"), err());
        assertEquals("", out());
    }

    @Test
    void doubleDashEndsOptions() throws CommandLine.UsageException {
        CommandLine line = CommandLine.parse(new String[] {"--dry-run", "--", "--odd-dir", "classes"});
        assertTrue(line.dryRun);
        assertEquals(List.of(Path.of("--odd-dir"), Path.of("classes")), line.classDirectories);
    }

    @Test
    void classpathSplitsOnThePathSeparatorAndRepeats() throws CommandLine.UsageException {
        CommandLine line = CommandLine.parse(new String[] {"--classpath", "a.jar" + File.pathSeparator + "lib",
            "-cp=b.jar", "classes"});
        assertEquals(List.of(Path.of("a.jar"), Path.of("lib"), Path.of("b.jar")), line.classpath);
    }
}
