package dev.worlds.instrument;

import static dev.worlds.instrument.TestJars.FIXTURES;
import static dev.worlds.instrument.TestJars.isWoven;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarWeaverTest {
    private static final String MANIFEST = "Manifest-Version: 1.0\r\nCreated-By: a test\r\n\r\n";

    @TempDir
    Path dir;

    private WovenJar weave(Path jar, List<Path> classpath) {
        return JarWeaver.builder().jar(jar).classpath(classpath).build().weave();
    }

    @Test
    void wovenJarKeepsEveryEntryInOrderWithItsNameBytesAndTime() throws IOException {
        Path jar = TestJars.jar()
                .add("META-INF/MANIFEST.MF", MANIFEST)
                .add("données/", "")
                .add("données/été.txt", "résumé")
                .fixture("Zähler")
                .stored("README", "stored, not deflated")
                .fixture("Counter")
                .writeTo(dir.resolve("lib.jar"));
        Path out = dir.resolve("woven.jar");

        WovenJar woven = weave(jar, List.of());
        woven.writeTo(out);

        Map<String, byte[]> before = TestJars.read(jar);
        Map<String, byte[]> after = TestJars.read(out);
        assertEquals(new ArrayList<>(before.keySet()), new ArrayList<>(after.keySet()));
        assertTrue(after.containsKey(FIXTURES + "Zähler.class"), after.keySet().toString());
        for (String resource : List.of("META-INF/MANIFEST.MF", "données/été.txt", "README")) {
            assertArrayEquals(before.get(resource), after.get(resource), resource);
        }
        assertTrue(isWoven(after.get(FIXTURES + "Zähler.class")));
        assertTrue(isWoven(after.get(FIXTURES + "Counter.class")));
        assertEquals("Worlds: wove 2 classes (0 up to date), 2 fields tracked, 0 warnings", woven.report().summary());
        assertEquals(List.of(), woven.notes());
        try (ZipFile in = new ZipFile(jar.toFile()); ZipFile written = new ZipFile(out.toFile())) {
            for (String name : before.keySet()) {
                assertEquals(in.getEntry(name).getTime(), written.getEntry(name).getTime(), name);
            }
            assertEquals(ZipEntry.STORED, written.getEntry("README").getMethod());
        }
    }

    @Test
    void classesOfTheJarAreItsOwnClasspath() {
        Path jar = TestJars.jar().fixture("Counter").fixture("Sub").writeTo(dir.resolve("lib.jar"));

        Map<String, byte[]> after = wovenEntries(weave(jar, List.of()));

        assertTrue(ClassInfo.read(after.get(FIXTURES + "Counter.class")).declaresStampField());
        assertFalse(ClassInfo.read(after.get(FIXTURES + "Sub.class")).declaresStampField(),
                "Sub extends Counter, found in the same jar and woven with it: one stamp for both");
    }

    @Test
    void classpathGivesTheHierarchyOutsideTheJar() {
        Path api = TestJars.jar().fixture("Counter").writeTo(dir.resolve("api.jar"));
        Path wovenApi = dir.resolve("api-woven.jar");
        weave(api, List.of()).writeTo(wovenApi);
        Path jar = TestJars.jar().fixture("Sub").writeTo(dir.resolve("lib.jar"));

        Map<String, byte[]> after = wovenEntries(weave(jar, List.of(wovenApi)));

        assertTrue(isWoven(after.get(FIXTURES + "Sub.class")));
        assertFalse(ClassInfo.read(after.get(FIXTURES + "Sub.class")).declaresStampField(),
                "the woven Counter on the classpath declares the stamp");
    }

    @Test
    void filterDecidesWhichClassesAreWovenAndTheOthersAreCopied() {
        Path jar = TestJars.jar().fixture("Counter").fixture("Zähler").writeTo(dir.resolve("lib.jar"));

        WovenJar woven = JarWeaver.builder().jar(jar)
                .filter(ClassFilter.of(List.of(), List.of("**.Counter"))).build().weave();

        Map<String, byte[]> after = wovenEntries(woven);
        assertArrayEquals(TestJars.fixtureBytes("Counter"), after.get(FIXTURES + "Counter.class"));
        assertTrue(isWoven(after.get(FIXTURES + "Zähler.class")));
        assertEquals(1, woven.report().examined());
    }

    @Test
    void corruptClassIsReportedAndCopiedAsItWas() {
        byte[] garbage = "not a class file".getBytes(StandardCharsets.UTF_8);
        Path jar = TestJars.jar().fixture("Counter").add("com/acme/Broken.class", garbage).writeTo(dir.resolve("lib.jar"));

        WovenJar woven = weave(jar, List.of());

        assertEquals(List.of(jar + "!/com/acme/Broken.class: not a readable class file"),
                woven.report().errors().stream().map(error -> error.substring(0, error.indexOf(" ("))).toList());
        assertTrue(woven.report().summary().endsWith(", 1 error"), woven.report().summary());
        Map<String, byte[]> after = wovenEntries(woven);
        assertArrayEquals(garbage, after.get("com/acme/Broken.class"));
        assertTrue(isWoven(after.get(FIXTURES + "Counter.class")));
    }

    @Test
    void secondWeaveFindsEveryClassUpToDate() {
        Path jar = TestJars.jar().fixture("Counter").writeTo(dir.resolve("lib.jar"));
        Path once = dir.resolve("once.jar");
        weave(jar, List.of()).writeTo(once);

        WovenJar twice = weave(once, List.of());

        assertEquals("Worlds: wove 0 classes (1 up to date), 0 fields tracked, 0 warnings", twice.report().summary());
    }

    @Test
    void multiReleaseJarHasItsVersionedClassesWovenToo() {
        String multiRelease = "Manifest-Version: 1.0\r\nMulti-Release: true\r\n\r\n";
        String versioned = "META-INF/versions/11/" + FIXTURES + "Counter.class";
        Path jar = TestJars.jar().add("META-INF/MANIFEST.MF", multiRelease).fixture("Counter")
                .add(versioned, TestJars.fixtureBytes("Counter")).fixture("Sub").writeTo(dir.resolve("mr.jar"));

        WovenJar woven = weave(jar, List.of());

        Map<String, byte[]> after = wovenEntries(woven);
        assertTrue(isWoven(after.get(versioned)));
        assertTrue(ClassInfo.read(after.get(versioned)).declaresStampField());
        assertEquals(3, woven.report().woven());
        assertEquals(1, woven.versionedClassCount());
    }

    @Test
    void versionedEntriesOfAJarThatIsNotMultiReleaseAreResources() {
        String versioned = "META-INF/versions/11/" + FIXTURES + "Counter.class";
        Path jar = TestJars.jar().add("META-INF/MANIFEST.MF", MANIFEST).fixture("Counter")
                .add(versioned, TestJars.fixtureBytes("Counter")).writeTo(dir.resolve("plain.jar"));

        Map<String, byte[]> after = wovenEntries(weave(jar, List.of()));

        assertArrayEquals(TestJars.fixtureBytes("Counter"), after.get(versioned), "the JVM never loads it");
    }

    @Test
    void ofDuplicateEntriesTheLastIsKeptAsTheJvmReadsItAndSaidSo() throws IOException {
        // ZipOutputStream refuses a name twice: write two names of one length, then make them equal.
        Path jar = TestJars.jar().add("dup-1.txt", "first").fixture("Counter").add("dup-2.txt", "second")
                .writeTo(dir.resolve("dup.jar"));
        String bytes = new String(Files.readAllBytes(jar), StandardCharsets.ISO_8859_1).replace("dup-2.txt", "dup-1.txt");
        Files.write(jar, bytes.getBytes(StandardCharsets.ISO_8859_1));

        WovenJar woven = weave(jar, List.of());

        Map<String, byte[]> after = wovenEntries(woven);
        assertEquals(List.of(FIXTURES + "Counter.class", "dup-1.txt"), new ArrayList<>(after.keySet()));
        assertEquals("second", new String(after.get("dup-1.txt"), StandardCharsets.UTF_8));
        assertEquals(List.of(jar + " has more than one entry named dup-1.txt; the last one, which the JVM reads,"
                + " was kept and the others were left out."), woven.notes());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertEquals("second", new String(loader.getResourceAsStream("dup-1.txt").readAllBytes(),
                    StandardCharsets.UTF_8), "the JVM's choice, which the woven jar keeps");
        }
    }

    @Test
    void dryRunCannotBeWritten() {
        Path jar = TestJars.jar().fixture("Counter").writeTo(dir.resolve("lib.jar"));
        WovenJar woven = JarWeaver.builder().jar(jar).dryRun(true).build().weave();

        assertTrue(woven.report().summary().startsWith("Worlds (dry run, nothing written): would weave 1 class"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> woven.writeTo(dir.resolve("out.jar")));
        assertTrue(e.getMessage().startsWith("A dry run writes nothing"), e.getMessage());
    }

    @Test
    void missingJarIsRejectedWhenBuilt() {
        Path missing = dir.resolve("missing.jar");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JarWeaver.builder().jar(missing).build());
        assertEquals("Jar " + missing + " does not exist.", e.getMessage());
    }

    private Map<String, byte[]> wovenEntries(WovenJar woven) {
        Path out = dir.resolve("out-" + System.nanoTime() + ".jar");
        woven.writeTo(out);
        return TestJars.read(out);
    }
}
