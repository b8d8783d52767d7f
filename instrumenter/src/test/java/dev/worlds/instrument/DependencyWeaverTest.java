package dev.worlds.instrument;

import static dev.worlds.instrument.TestJars.FIXTURES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyWeaverTest {
    private static final String LIB = "com.acme:lib:1.0";

    @TempDir
    Path dir;

    private Path classes() {
        return dir.resolve("classes");
    }

    private DependencyWeaver.Builder weaver() {
        return DependencyWeaver.builder().classDirectory(classes()).stateDirectory(dir.resolve("state"));
    }

    private Path libJar() {
        return TestJars.jar().add("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n\r\n").fixture("Counter")
                .fixture("Sub").add("module-info.class", TestJars.moduleInfo()).add("lib.properties", "a=b")
                .writeTo(dir.resolve("lib.jar"));
    }

    private Path classFile(String simpleName) {
        return classes().resolve(FIXTURES + simpleName + ".class");
    }

    @Test
    void classesOfTheJarAreWovenIntoTheDirectoryAndNothingElse() throws IOException {
        Map<String, WeaveReport> reports = weaver().dependency(LIB, libJar()).build().weave();

        assertEquals("Worlds: com.acme:lib:1.0: wove 2 classes (0 up to date), 2 fields tracked, 0 warnings",
                reports.get(LIB).summaryOf(LIB));
        assertTrue(TestJars.isWoven(Files.readAllBytes(classFile("Counter"))));
        assertTrue(TestJars.isWoven(Files.readAllBytes(classFile("Sub"))));
        assertFalse(Files.exists(classes().resolve("module-info.class")), "would make the directory a module");
        assertFalse(Files.exists(classes().resolve("lib.properties")), "resources stay in the jar");
        assertFalse(Files.exists(classes().resolve("META-INF")));
    }

    @Test
    void secondRunWithTheSameJarAndOptionsRewritesNothingAndReportsTheSame() throws IOException {
        Path jar = libJar();
        weaver().dependency(LIB, jar).build().weave();
        FileTime written = Files.getLastModifiedTime(classFile("Counter"));
        Files.setLastModifiedTime(classFile("Counter"), FileTime.fromMillis(written.toMillis() - 60_000));
        // Packaged again: other entry times, same classes.
        Files.delete(jar);
        libJar();

        WeaveReport second = weaver().dependency(LIB, jar).build().weave().get(LIB);

        assertEquals("Worlds: com.acme:lib:1.0: wove 0 classes (2 up to date), 0 fields tracked, 0 warnings",
                second.summaryOf(LIB));
        assertEquals(written.toMillis() - 60_000, Files.getLastModifiedTime(classFile("Counter")).toMillis());
    }

    @Test
    void changedOptionsWeaveAgain() {
        Path jar = libJar();
        weaver().dependency(LIB, jar).build().weave();

        WeaveReport second = weaver().dependency(LIB, jar).trackedCollections(TrackedCollections.OFF).build()
                .weave().get(LIB);

        assertEquals(2, second.woven());
    }

    @Test
    void classesOfADependencyNoLongerWovenAreRemoved() {
        weaver().dependency(LIB, libJar()).build().weave();

        Map<String, WeaveReport> reports = weaver().build().weave();

        assertFalse(Files.exists(classFile("Counter")));
        assertFalse(Files.exists(classFile("Sub")));
        assertEquals(List.of("removed 2 classes of com.acme:lib:1.0 that an earlier build wove into " + classes()
                + " and this one does not."), reports.get(LIB).notes());
    }

    @Test
    void classOfTheProjectIsNeverOverwritten() throws IOException {
        Path own = classFile("Sub");
        Files.createDirectories(own.getParent());
        Files.writeString(own, "the project's own Sub");

        WeaveReport report = weaver().dependency(LIB, libJar()).build().weave().get(LIB);

        assertEquals(1, report.errors().size(), report.errors().toString());
        assertTrue(report.errors().get(0).startsWith(own + ": com.acme:lib:1.0 has a class "
                + "dev.worlds.instrument.jarfixtures.Sub, and so has " + classes()), report.errors().get(0));
        assertEquals("the project's own Sub", Files.readString(own));
        assertFalse(Files.exists(classFile("Counter")), "nothing of it was written");
    }

    @Test
    void withFailOnErrorADependencyWithACorruptClassLeavesTheDirectoryAsItWas() {
        Path jar = TestJars.jar().fixture("Counter").add("com/acme/Broken.class", "garbage").writeTo(dir.resolve("b.jar"));

        WeaveReport failing = weaver().dependency(LIB, jar).failOnError(true).build().weave().get(LIB);
        assertEquals(1, failing.errors().size());
        assertFalse(Files.exists(classFile("Counter")));

        WeaveReport going = weaver().dependency(LIB, jar).build().weave().get(LIB);
        assertEquals(1, going.errors().size());
        assertTrue(Files.exists(classes().resolve("com/acme/Broken.class")), "copied as it was");
        WeaveReport again = weaver().dependency(LIB, jar).build().weave().get(LIB);
        assertEquals(going.errors(), again.errors(), "errors are reported again, never taken as up to date");
    }

    @Test
    void dependencyWithNoSelectedClassIsAnErrorNamingTheIncludesToAdd() {
        WeaveReport report = weaver().dependency(LIB, libJar())
                .filter(ClassFilter.of(List.of("com.acme.**"), List.of())).build().weave().get(LIB);

        assertEquals(List.of("com.acme:lib:1.0: none of its 2 classes is selected by the includes and excludes, so"
                + " nothing of it would be woven. Add its packages to the includes, e.g. dev.worlds.**, or stop listing"
                + " it among the dependencies to weave."), report.errors());
    }

    @Test
    void dependenciesWovenTogetherAgreeOnTheStamp() throws IOException {
        Path api = TestJars.jar().fixture("Counter").writeTo(dir.resolve("api.jar"));
        Path impl = TestJars.jar().fixture("Sub").writeTo(dir.resolve("impl.jar"));

        // Sub's jar first: it must already know that Counter, in the other jar, is woven too.
        weaver().dependency("impl", impl).dependency("api", api).build().weave();

        assertTrue(ClassInfo.read(Files.readAllBytes(classFile("Counter"))).declaresStampField());
        assertFalse(ClassInfo.read(Files.readAllBytes(classFile("Sub"))).declaresStampField());
    }

    @Test
    void classDirectoryOfAModuleIsReadLikeItsJar() throws IOException {
        Path module = dir.resolve("module-classes");
        Files.createDirectories(module.resolve(FIXTURES));
        Files.write(module.resolve(FIXTURES + "Counter.class"), TestJars.fixtureBytes("Counter"));

        WeaveReport report = weaver().dependency(LIB, module).build().weave().get(LIB);

        assertEquals(1, report.woven());
        assertArrayEquals(TestJars.fixtureBytes("Counter"), Files.readAllBytes(module.resolve(FIXTURES + "Counter.class")),
                "the module's own classes are only read");
    }

    @Test
    void multiReleaseJarPutsItsBaseClassesAndSaysWhatItLeftOut() {
        String versioned = "META-INF/versions/11/" + FIXTURES + "Counter.class";
        Path jar = TestJars.jar().add("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nMulti-Release: true\r\n\r\n")
                .fixture("Counter").add(versioned, TestJars.fixtureBytes("Counter")).writeTo(dir.resolve("mr.jar"));

        WeaveReport report = weaver().dependency(LIB, jar).build().weave().get(LIB);

        assertTrue(Files.exists(classFile("Counter")));
        assertFalse(Files.exists(classes().resolve(versioned)));
        assertEquals(List.of("com.acme:lib:1.0 is a multi-release jar; " + classes() + ", which the class path reads"
                + " like a plain jar, gets its base classes only, woven, used on every Java version (left out: 1"
                + " versioned class under META-INF/versions/)."), report.notes());
    }

    @Test
    void missingJarIsRejectedWhenBuilt() {
        Path missing = dir.resolve("missing.jar");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> weaver().dependency(LIB, missing).build());
        assertEquals("Dependency com.acme:lib:1.0: " + missing + " does not exist.", e.getMessage());
    }
}
