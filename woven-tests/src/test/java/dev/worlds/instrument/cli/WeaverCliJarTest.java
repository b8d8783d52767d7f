package dev.worlds.instrument.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.ClassInfo;
import dev.worlds.instrument.WovenLoader;
import dev.worlds.instrument.dirfixtures.shapes.ShapesScenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line with a jar: jar in, woven jar out. */
class WeaverCliJarTest {
    private static final String PACKAGE = "dev/worlds/instrument/dirfixtures/";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return WeaverCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A jar of the shapes and other fixtures, a resource with a non-ASCII name, and what {@code extra} adds. */
    private Path libJar(Map<String, byte[]> extra) throws IOException, URISyntaxException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        Path testClasses = Path.of(WeaverCliJarTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (String subpackage : List.of("shapes", "other")) {
            try (Stream<Path> files = Files.list(testClasses.resolve(PACKAGE + subpackage))) {
                for (Path file : files.sorted().toList()) {
                    entries.put(PACKAGE + subpackage + "/" + file.getFileName(), Files.readAllBytes(file));
                }
            }
        }
        entries.put("images/café-crème.txt", "non-ASCII".getBytes(StandardCharsets.UTF_8));
        entries.putAll(extra);
        Path jar = dir.resolve("lib.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static Map<String, byte[]> read(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    @Test
    void jarIsWovenIntoANewJarWhoseClassesRollBack() throws Exception {
        Path jar = libJar(Map.of());
        Path woven = dir.resolve("woven.jar");

        assertEquals(0, run("--out", woven.toString(), jar.toString()), err());

        assertEquals("Worlds: wove 6 classes (0 up to date), 6 fields tracked, 0 warnings" + System.lineSeparator(), out());
        assertEquals("", err());
        Map<String, byte[]> before = read(jar);
        Map<String, byte[]> after = read(woven);
        assertEquals(new ArrayList<>(before.keySet()), new ArrayList<>(after.keySet()));
        assertArrayEquals(before.get("images/café-crème.txt"), after.get("images/café-crème.txt"));
        assertArrayEquals(before.get("META-INF/MANIFEST.MF"), after.get("META-INF/MANIFEST.MF"));
        WovenLoader loader = new WovenLoader(List.of(), name -> false);
        after.forEach((name, bytes) -> {
            if (name.endsWith(".class")) {
                assertTrue(ClassInfo.read(bytes).isWoven(), name);
                loader.withClassFile(name.substring(0, name.length() - ".class".length()), bytes);
            }
        });
        loader.run(ShapesScenario.class, "rollbackRestoresEveryClass");
    }

    @Test
    void removedSignatureIsPrintedAsANote() throws Exception {
        Path jar = libJar(Map.of("META-INF/LIB.SF", "Signature-Version: 1.0\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
        Path woven = dir.resolve("woven.jar");

        assertEquals(0, run("--out=" + woven, jar.toString()), err());

        assertTrue(out().contains(System.lineSeparator() + "note: " + jar + " was signed (META-INF/LIB.SF): woven"
                + " classes no longer match the signature, so it was removed."), out());
        assertFalse(read(woven).containsKey("META-INF/LIB.SF"));
    }

    @Test
    void unsafeEntryExitsOneNamingItAndWritesNothing() throws Exception {
        Path jar = libJar(Map.of("../../etc/evil", new byte[] {1}));
        Path woven = dir.resolve("woven.jar");

        assertEquals(1, run("--out", woven.toString(), jar.toString()));

        assertTrue(err().startsWith("error: " + jar + ": refusing to weave the jar: its entry '../../etc/evil' would be"
                + " written outside the output directory"), err());
        assertFalse(Files.exists(woven));
    }

    @Test
    void corruptClassIsCopiedAsItWasUnlessFailOnErrorThenNothingIsWritten() throws Exception {
        byte[] garbage = "garbage".getBytes(StandardCharsets.UTF_8);
        Path jar = libJar(Map.of(PACKAGE + "other/Corrupt.class", garbage));
        Path strict = dir.resolve("strict.jar");
        Path lenient = dir.resolve("lenient.jar");

        assertEquals(1, run("--fail-on-error", "--out", strict.toString(), jar.toString()));
        assertTrue(err().startsWith("error: " + jar + "!/" + PACKAGE + "other/Corrupt.class: not a readable class file"),
                err());
        assertTrue(err().contains("error: nothing written to " + strict + " (--fail-on-error)"), err());
        assertFalse(Files.exists(strict));

        assertEquals(1, run("--out", lenient.toString(), jar.toString()));
        assertTrue(out().startsWith("Worlds: wove 6 classes (0 up to date), 6 fields tracked, 0 warnings, 1 error"), out());
        assertArrayEquals(garbage, read(lenient).get(PACKAGE + "other/Corrupt.class"));
    }

    @Test
    void jarWithoutOutAndOutWithoutOneJarAreUsageErrorsThatSayWhatToWrite() throws Exception {
        Path jar = libJar(Map.of());

        assertEquals(2, run(jar.toString()));
        assertTrue(err().startsWith("error: " + jar + " is a jar; weave it into a new jar with --out, e.g. --out "
                + dir.resolve("lib-woven.jar") + " " + jar + "."), err());

        assertEquals(2, run("--out", "woven.jar", dir.toString()));
        assertTrue(err().startsWith("error: --out writes the woven copy of one jar; give exactly one jar"), err());

        assertEquals(2, run("--out", "woven.jar", jar.toString(), jar.toString()));
        assertTrue(err().startsWith("error: --out writes the woven copy of one jar"), err());
        assertTrue(err().contains("Usage: java -jar worlds-instrumenter-cli.jar"), err());
    }

    @Test
    void stateDirectoryRestoresAClassNoLongerIncludedAndRepeatsWarnings() throws Exception {
        Path classes = dir.resolve("classes");
        try (ZipFile zip = new ZipFile(libJar(Map.of()).toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".class")) {
                    Path file = classes.resolve(entry.getName());
                    Files.createDirectories(file.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, file);
                    }
                }
            }
        }
        String state = dir.resolve("state").toString();
        assertEquals(0, run("--state", state, classes.toString()));

        assertEquals(0, run("--state", state, "--exclude", "**.Palette", classes.toString()));
        assertTrue(out().contains("note: restored dev.worlds.instrument.dirfixtures.other.Palette as compiled"), out());
        assertEquals(0, run("--state", state, "--exclude", "**.Palette", classes.toString()));
        assertTrue(out().startsWith("Worlds: wove 0 classes (5 up to date), 0 fields tracked, 1 warning"), out());
        assertTrue(out().contains("warning: dev.worlds.instrument.dirfixtures.shapes.Canvas.paint"), out());
        assertTrue(WeaverCli.USAGE_TEXT.contains("--state DIR"));
    }
}
