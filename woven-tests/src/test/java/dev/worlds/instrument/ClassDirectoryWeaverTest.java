package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.worlds.instrument.dirfixtures.shapes.ShapesScenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDirectoryWeaverTest {
    /** Shape.x, Shape.y, Circle.radius, Registry.created (static), Canvas.title, Palette.color. */
    private static final int SHAPES_AND_OTHER_FIELDS = 6;
    private static final int SHAPES_AND_OTHER_CLASSES = 6;

    @TempDir
    Path dir;

    private static WeaveReport weave(Path directory) {
        return ClassDirectoryWeaver.builder().classDirectory(directory).build().weave();
    }

    @Test
    void wovenDirectoryRollsBackWhenLoadedFromDisk() {
        FixtureClassDirectory classes = FixtureClassDirectory.copy(dir, "shapes", "other");

        WeaveReport report = weave(dir);

        assertEquals(SHAPES_AND_OTHER_CLASSES, report.examined());
        assertEquals(SHAPES_AND_OTHER_CLASSES, report.woven());
        assertEquals(0, report.upToDate());
        assertEquals(SHAPES_AND_OTHER_FIELDS, report.fieldsTracked());
        assertEquals(List.of(), report.warnings());
        assertEquals(List.of(), report.errors());
        assertEquals("Worlds: wove 6 classes (0 up to date), 6 fields tracked, 0 warnings", report.summary());
        classes.classNames().forEach(name ->
                assertTrue(ClassInfo.read(classes.bytes(name.substring(FixtureClassDirectory.PACKAGE.length())))
                        .isWoven(), name + " carries the marker"));
        classes.loader().run(ShapesScenario.class, "rollbackRestoresEveryClass");
    }

    @Test
    void secondRunRewritesNothing() throws IOException {
        FixtureClassDirectory classes = FixtureClassDirectory.copy(dir, "shapes", "other");
        weave(dir);
        TreeMap<String, byte[]> afterFirst = classes.snapshot();
        Object inode = inode(classes.file("shapes/Circle"));

        WeaveReport second = weave(dir);

        assertEquals(0, second.woven());
        assertEquals(SHAPES_AND_OTHER_CLASSES, second.upToDate());
        assertEquals(0, second.fieldsTracked());
        assertEquals("Worlds: wove 0 classes (6 up to date), 0 fields tracked, 0 warnings", second.summary());
        assertSameFiles(afterFirst, classes.snapshot());
        assertEquals(inode, inode(classes.file("shapes/Circle")), "an up-to-date class file is not even replaced");
    }

    @Test
    void runAfterAnInterruptedRunFinishesTheJob() throws IOException {
        FixtureClassDirectory classes = FixtureClassDirectory.copy(dir, "shapes", "other");
        byte[] unwovenCircle = classes.bytes("shapes/Circle");
        weave(dir);
        // As if the first run had stopped before writing Circle.
        Files.write(classes.file("shapes/Circle"), unwovenCircle);

        WeaveReport report = weave(dir);

        assertEquals(1, report.woven());
        assertEquals(SHAPES_AND_OTHER_CLASSES - 1, report.upToDate());
        assertTrue(classes.isWoven("shapes/Circle"));
        classes.loader().run(ShapesScenario.class, "rollbackRestoresEveryClass");
    }

    @Test
    void dryRunWritesNothing() {
        FixtureClassDirectory classes = FixtureClassDirectory.copy(dir, "shapes", "other");
        TreeMap<String, byte[]> before = classes.snapshot();

        WeaveReport report = ClassDirectoryWeaver.builder().classDirectory(dir).dryRun(true).build().weave();

        assertSameFiles(before, classes.snapshot());
        assertEquals(SHAPES_AND_OTHER_CLASSES, report.woven());
        assertTrue(report.dryRun());
        assertEquals("Worlds (dry run, nothing written): would weave 6 classes (0 up to date), 6 fields tracked,"
                + " 0 warnings", report.summary());
    }

    @Test
    void filterDecidesWhatIsWovenAndTheRestIsOnlyRead() {
        FixtureClassDirectory classes = FixtureClassDirectory.copy(dir, "shapes", "other");
        byte[] palette = classes.bytes("other/Palette");
        byte[] registry = classes.bytes("shapes/Registry");

        WeaveReport report = ClassDirectoryWeaver.builder()
                .classDirectory(dir)
                .filter(ClassFilter.of(List.of("dev.worlds.instrument.dirfixtures.shapes.**"),
                        List.of("**.Registry")))
                .build()
                .weave();

        assertEquals(4, report.examined());
        assertEquals(4, report.woven());
        assertArrayEquals(palette, classes.bytes("other/Palette"), "not included: untouched");
        assertArrayEquals(registry, classes.bytes("shapes/Registry"), "excluded: untouched");
        assertTrue(classes.isWoven("shapes/Canvas"));
        // Canvas writes Palette.color, Circle's constructor and the scenario Registry.created:
        // both classes are unwoven now.
        assertEquals(3, report.warnings().size(), report.warnings().toString());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("Canvas.paint")
                && w.contains("dev.worlds.instrument.dirfixtures.other.Palette.color")
                && w.contains("not woven")), report.warnings().toString());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("Registry.created")),
                report.warnings().toString());
        assertTrue(report.summary().endsWith(", 3 warnings"), report.summary());
    }

    @Test
    void untrackedArrayCallsWarnUnlessSwitchedOffOrDeclaredReadOnly() {
        FixtureClassDirectory.copy(dir, "arraycalls");

        List<String> all = ClassDirectoryWeaver.builder().classDirectory(dir).dryRun(true).build().weave().warnings();
        List<String> off = ClassDirectoryWeaver.builder().classDirectory(dir).dryRun(true)
                .warnUntrackedArrayCalls(false).build().weave().warnings();
        List<String> readOnly = ClassDirectoryWeaver.builder().classDirectory(dir).dryRun(true)
                .readOnlyArrayMethods(List.of("java.util.zip.CRC32.update")).build().weave().warnings();

        assertEquals(2, all.size(), all.toString());
        assertTrue(all.get(0).startsWith("dev.worlds.instrument.dirfixtures.arraycalls.Compressor.checksum()J line ")
                && all.get(0).contains("java.util.zip.CRC32.update(byte[])"), all.get(0));
        assertTrue(all.get(1).contains("java.util.zip.Inflater.inflate(byte[])"), all.get(1));
        assertEquals(List.of(), off);
        assertEquals(List.of(all.get(1)), readOnly);
    }

    @Test
    void malformedReadOnlyArrayMethodIsRejectedWhenBuilt() {
        ClassDirectoryWeaver.Builder builder = ClassDirectoryWeaver.builder().classDirectory(dir)
                .readOnlyArrayMethods(List.of("CRC32.update()"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(e.getMessage().startsWith("Read-only array method 'CRC32.update()' is not"), e.getMessage());
    }

    @Test
    void corruptClassFileIsReportedAndTheOthersAreWoven() throws IOException {
        FixtureClassDirectory classes = FixtureClassDirectory.copy(dir, "shapes", "other");
        Path corrupt = dir.resolve(FixtureClassDirectory.PACKAGE + "other/Corrupt.class");
        Files.writeString(corrupt, "this is not a class file");

        WeaveReport report = weave(dir);

        assertEquals(1, report.errors().size(), report.errors().toString());
        String error = report.errors().get(0);
        assertTrue(error.startsWith(corrupt + ": "), error);
        assertTrue(error.contains("not a readable class file"), error);
        assertEquals(SHAPES_AND_OTHER_CLASSES, report.woven());
        assertTrue(report.summary().endsWith(", 1 error"), report.summary());
        assertEquals("this is not a class file", Files.readString(corrupt));
        assertTrue(classes.isWoven("shapes/Circle"));
    }

    @Test
    void classDependingOnAnUnreadableSuperclassFailsWithAClearMessage() throws IOException {
        FixtureClassDirectory classes = FixtureClassDirectory.copy(dir, "shapes", "other");
        // Circle extends Shape; a truncated Shape cannot be read to place Circle in its hierarchy.
        byte[] shape = classes.bytes("shapes/Shape");
        Files.write(classes.file("shapes/Shape"), java.util.Arrays.copyOf(shape, shape.length / 2));

        WeaveReport report = weave(dir);

        assertEquals(2, report.errors().size(), report.errors().toString());
        String circleError = report.errors().get(0);
        assertTrue(circleError.startsWith(classes.file("shapes/Circle") + ": "), "errors in file order: " + circleError);
        assertTrue(report.errors().get(1).startsWith(classes.file("shapes/Shape") + ": not a readable class file"),
                report.errors().get(1));
        assertTrue(circleError.contains("dev.worlds.instrument.dirfixtures.shapes.Circle"), circleError);
        assertFalse(classes.isWoven("shapes/Circle"));
        assertTrue(classes.isWoven("shapes/Canvas"));
    }

    @Test
    void failedClassIsLeftOutAndItsSubclassNoLongerCountsOnItsStamp() {
        FixtureClassDirectory classes = FixtureClassDirectory.copy(dir, "broken");
        byte[] job = classes.bytes("broken/Job");

        WeaveReport report = weave(dir);

        assertEquals(1, report.errors().size(), report.errors().toString());
        String error = report.errors().get(0);
        assertTrue(error.startsWith(classes.file("broken/Job") + ": "), error);
        assertTrue(error.contains("dev.worlds.instrument.dirfixtures.broken.Job.run()V"), error);
        assertArrayEquals(job, classes.bytes("broken/Job"));
        assertEquals(1, report.woven());
        ClassInfo printJob = ClassInfo.read(classes.bytes("broken/PrintJob"));
        assertTrue(printJob.isWoven());
        assertTrue(printJob.declaresStampField(), "with Job unwoven, PrintJob must declare its own stamp");
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("Job.done")), report.warnings().toString());
    }

    @Test
    void subclassWovenAloneIsReportedWhenItsSuperclassIsWovenLater() {
        FixtureClassDirectory classes = FixtureClassDirectory.copy(dir, "shapes", "other");
        ClassDirectoryWeaver.builder().classDirectory(dir)
                .filter(ClassFilter.of(List.of(), List.of("**.Shape"))).build().weave();
        assertTrue(ClassInfo.read(classes.bytes("shapes/Circle")).declaresStampField(),
                "with Shape unwoven, Circle is the root of its hierarchy");

        WeaveReport report = weave(dir);

        assertEquals(1, report.woven(), "Shape");
        assertEquals(1, report.errors().size(), report.errors().toString());
        String error = report.errors().get(0);
        assertTrue(error.startsWith(classes.file("shapes/Circle") + ": class dev.worlds.instrument.dirfixtures"
                + ".shapes.Circle was woven by an earlier run as the root of its hierarchy, but its superclass"
                + " dev.worlds.instrument.dirfixtures.shapes.Shape is woven now"), error);
        assertTrue(error.endsWith("(mvn clean) and build again."), error);
    }

    @Test
    void sameInputGivesSameBytes() throws IOException {
        Path first = Files.createDirectory(dir.resolve("first"));
        Path second = Files.createDirectory(dir.resolve("second"));
        FixtureClassDirectory one = FixtureClassDirectory.copy(first, "shapes", "other");
        FixtureClassDirectory two = FixtureClassDirectory.copy(second, "other", "shapes");

        weave(first);
        weave(second);

        assertSameFiles(one.snapshot(), two.snapshot());
    }

    @Test
    void classFilesAreReplacedNotOverwritten() throws IOException {
        FixtureClassDirectory classes = FixtureClassDirectory.copy(dir, "shapes", "other");
        Path circle = classes.file("shapes/Circle");
        byte[] original = Files.readAllBytes(circle);
        Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rw-r-----");
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.setPosixFilePermissions(circle, permissions);
        }

        byte[] seenByEarlyReader;
        try (InputStream earlyReader = Files.newInputStream(circle)) {
            weave(dir);
            // A reader that opened the file before weaving still reads the whole old file.
            seenByEarlyReader = earlyReader.readAllBytes();
        }

        assertArrayEquals(original, seenByEarlyReader);
        assertNotEquals(original.length, Files.size(circle));
        if (posix) {
            assertEquals(permissions, Files.getPosixFilePermissions(circle), "permissions are kept");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".worlds-tmp")).toList());
        }
    }

    @Test
    void failedReplaceLeavesNoTemporaryFile() throws IOException {
        Path occupied = Files.createDirectories(dir.resolve("Taken.class"));
        Files.writeString(occupied.resolve("inside"), "keeps the directory non-empty");

        assertThrows(IOException.class, () -> AtomicFileWriter.replace(occupied, new byte[] {1, 2, 3}));

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(occupied), files.toList());
        }
    }

    @Test
    void classpathIsReadButNeverWritten() {
        Path model = dir.resolve("model");
        Path app = dir.resolve("app");
        FixtureClassDirectory dependency = FixtureClassDirectory.copy(model, "other");
        FixtureClassDirectory.copy(app, "shapes");
        TreeMap<String, byte[]> before = dependency.snapshot();

        WeaveReport report = ClassDirectoryWeaver.builder().classDirectory(app).classpath(List.of(model))
                .build().weave();

        assertSameFiles(before, dependency.snapshot());
        assertEquals(SHAPES_AND_OTHER_CLASSES - 1, report.woven());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("Palette.color") && w.contains("not woven")),
                "Palette is found on the classpath and known to be unwoven: " + report.warnings());
    }

    @Test
    void builderRejectsMissingDirectories() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> ClassDirectoryWeaver.builder().build());
        assertTrue(none.getMessage().contains("No class directory"), none.getMessage());

        Path missing = dir.resolve("missing");
        IllegalArgumentException absent = assertThrows(IllegalArgumentException.class,
                () -> ClassDirectoryWeaver.builder().classDirectory(missing).build());
        assertTrue(absent.getMessage().contains(missing + " does not exist"), absent.getMessage());
    }

    private static Object inode(Path file) throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"));
        return Files.getAttribute(file, "unix:ino");
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }
}
