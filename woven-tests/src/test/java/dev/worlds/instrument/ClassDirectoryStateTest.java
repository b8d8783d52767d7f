package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.World;
import dev.worlds.Worlds;
import dev.worlds.instrument.dirfixtures.shapes.ShapesScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class directory woven again without being compiled again, after the options changed: what
 * an earlier run wove and this one does not is restored, and nothing woven looks clean.
 */
class ClassDirectoryStateTest {
    private static final String PALETTE = "dev.worlds.instrument.dirfixtures.other.Palette";
    private static final String CANVAS = "dev.worlds.instrument.dirfixtures.shapes.Canvas";

    @TempDir
    Path dir;

    private Path classes() {
        return dir.resolve("classes");
    }

    private WeaveReport weave(List<String> excludes) {
        return ClassDirectoryWeaver.builder().classDirectory(classes()).stateDirectory(dir.resolve("state"))
                .filter(ClassFilter.of(List.of(), excludes)).build().weave();
    }

    @Test
    void excludedClassIsRestoredAndTheClassesWritingItAreWovenAgain() throws ReflectiveOperationException {
        FixtureClassDirectory fixtures = FixtureClassDirectory.copy(classes(), "shapes", "other");
        byte[] compiledPalette = fixtures.bytes("other/Palette");
        weave(List.of());

        WeaveReport excluded = weave(List.of("**.Palette"));

        assertArrayEquals(compiledPalette, fixtures.bytes("other/Palette"), "restored as compiled");
        assertEquals(List.of("restored " + PALETTE + " as compiled: an earlier run wove it, and this one does not"
                + " (the includes and excludes no longer select it)."), excluded.notes());
        assertEquals(5, excluded.woven(), "every class woven again from its original: the options changed");
        assertEquals(1, excluded.warnings().size(), excluded.warnings().toString());
        assertTrue(excluded.warnings().get(0).contains("writes " + PALETTE + ".color, a field of a class that is"
                + " not woven"), excluded.warnings().get(0));
        // Canvas woven for a woven Palette would call a barrier Palette no longer has.
        WovenLoader loader = fixtures.loader();
        Object canvas = loader.loadClass(CANVAS).getConstructor().newInstance();
        try (World world = Worlds.push()) {
            loader.loadClass(CANVAS).getMethod("paint", String.class).invoke(canvas, "red");
        }
    }

    @Test
    void secondRunWithTheSameOptionsReportsTheWarningsOfClassesUpToDate() {
        FixtureClassDirectory.copy(classes(), "shapes", "other");
        WeaveReport first = weave(List.of("**.Palette"));

        WeaveReport second = weave(List.of("**.Palette"));

        assertEquals(0, second.woven());
        assertEquals(5, second.upToDate());
        assertEquals(first.warnings(), second.warnings());
        assertEquals("Worlds: wove 0 classes (5 up to date), 0 fields tracked, 1 warning", second.summary());
    }

    @Test
    void classIncludedAgainIsWovenAgainWithTheClassesThatDependOnIt() {
        FixtureClassDirectory fixtures = FixtureClassDirectory.copy(classes(), "shapes", "other");
        weave(List.of("**.Palette"));

        WeaveReport included = weave(List.of());

        assertEquals(6, included.woven());
        assertEquals(List.of(), included.warnings());
        fixtures.loader().run(ShapesScenario.class, "rollbackRestoresEveryClass");
    }

    @Test
    void changedOptionWeavesEveryClassAgainFromItsOriginal() throws Exception {
        FixtureClassDirectory fixtures = FixtureClassDirectory.copy(classes(), "collections");
        ClassDirectoryWeaver.builder().classDirectory(classes()).stateDirectory(dir.resolve("state")).build().weave();
        assertTrue(text(fixtures.bytes("collections/Agenda")).contains("dev/worlds/collections/TrackedArrayList"));

        WeaveReport off = ClassDirectoryWeaver.builder().classDirectory(classes()).stateDirectory(dir.resolve("state"))
                .trackedCollections(TrackedCollections.OFF).build().weave();

        assertEquals(1, off.woven());
        assertFalse(text(fixtures.bytes("collections/Agenda")).contains("dev/worlds/collections/"));
        assertTrue(fixtures.isWoven("collections/Agenda"));
    }

    @Test
    void withoutStateAWovenClassNoLongerSelectedIsAnErrorNamingItAndTheFix() {
        FixtureClassDirectory fixtures = FixtureClassDirectory.copy(classes(), "shapes", "other");
        ClassDirectoryWeaver.builder().classDirectory(classes()).build().weave();

        WeaveReport report = ClassDirectoryWeaver.builder().classDirectory(classes())
                .filter(ClassFilter.of(List.of(), List.of("**.Palette"))).build().weave();

        assertEquals(List.of(fixtures.file("other/Palette") + ": class " + PALETTE + " was woven by an earlier run, but"
                + " the includes and excludes no longer select it, and its original class file was not kept, so it"
                + " cannot be restored. Delete the compiled classes (mvn clean, or delete the class files) and compile"
                + " again."), report.errors());
        assertTrue(fixtures.isWoven("other/Palette"), "left as it is, and said so");
    }

    @Test
    void everyWovenClassHasItsOriginalKeptAndADryRunKeepsNothing() throws Exception {
        FixtureClassDirectory fixtures = FixtureClassDirectory.copy(classes(), "shapes");
        byte[] circle = fixtures.bytes("shapes/Circle");
        ClassDirectoryWeaver.builder().classDirectory(classes()).stateDirectory(dir.resolve("dry")).dryRun(true)
                .build().weave();
        assertFalse(Files.exists(dir.resolve("dry")));

        weave(List.of());

        assertArrayEquals(circle, Files.readAllBytes(dir.resolve("state/originals")
                .resolve(FixtureClassDirectory.PACKAGE + "shapes/Circle.class")));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
