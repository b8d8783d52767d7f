package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.fixtures.collections.AuditMap;
import dev.worlds.instrument.fixtures.collections.CollectionScenarios;
import dev.worlds.instrument.fixtures.collections.Timetable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;

class CollectionSubstitutionTest {
    private final WovenLoader loader = new WovenLoader();

    @ParameterizedTest
    @ValueSource(strings = {"createdCollectionsAreTrackedSubclasses", "rollbackRestoresTheirContents",
            "untrackedFieldsKeepPlainCollections", "constructorReferencesMakeTrackedCollections",
            "subclassesOfJdkCollectionsAreRebased", "writesOfUnwovenCodeIntoATrackedCollectionRollBack",
            "serializationWritesThePlainJdkClass", "priorityQueueSpliteratorsSeeTheElements",
            "serializableConstructorReferencesDeserialize"})
    void scenario(String name) {
        loader.run(CollectionScenarios.class, name);
    }

    @Test
    void turnedOffTheWeaverLeavesJdkCollectionsAlone() throws Exception {
        Weaver weaver = new Weaver(new ClassHierarchy(new ClassFileLocator(List.of()), WovenLoader::isWovenFixture,
                TrackedCollections.OFF));
        String name = Timetable.class.getName().replace('.', '/');
        byte[] woven = weaver.weave(WovenLoader.classFile(name), null).bytes();
        assertFalse(mentions(woven, "dev/worlds/collections/"));
        byte[] audit = weaver.weave(WovenLoader.classFile(AuditMap.class.getName().replace('.', '/')), null).bytes();
        assertEquals("java/util/HashMap", new ClassReader(audit).getSuperName());
    }

    @Test
    void aClassWithoutCollectionsIsNotRewritten() throws Exception {
        String name = "dev/worlds/instrument/fixtures/Point";
        byte[] original = WovenLoader.classFile(name);
        assertTrue(TrackedCollections.ON.enabled());
        byte[] same = dev.worlds.instrument.internal.CollectionSubstitution.apply(original,
                new ClassHierarchy(new ClassFileLocator(List.of()), WovenLoader::isWovenFixture), name);
        assertTrue(same == original);
    }

    @Test
    void theTrackedClassesThemselvesAreNeverRewritten() {
        assertEquals(null, TrackedCollections.ON.trackedFor("java/util/HashMap", "dev/worlds/collections/TrackedHashMap"));
        assertEquals("dev/worlds/collections/TrackedHashMap",
                TrackedCollections.ON.trackedFor("java/util/HashMap", "com/acme/Board"));
    }

    @Test
    void aMissingTrackedClassIsAnErrorThatNamesTheFix() throws Exception {
        TrackedCollections missing = TrackedCollections.of(Map.of("java/util/HashMap", "dev/worlds/collections/TrackedNothing"));
        Weaver weaver = new Weaver(new ClassHierarchy(new ClassFileLocator(List.of()), WovenLoader::isWovenFixture, missing));
        WeavingException error = assertThrows(WeavingException.class, () -> weaver.weave(
                WovenLoader.classFile(Timetable.class.getName().replace('.', '/')), "Timetable.class"));
        assertTrue(error.getMessage().contains("Timetable.class"), error.getMessage());
        assertTrue(error.getMessage().contains("dev.worlds.instrument.fixtures.collections.Timetable uses java.util.HashMap"),
                error.getMessage());
        assertTrue(error.getMessage().contains("worlds-runtime"), error.getMessage());
        assertTrue(error.getMessage().contains("--no-track-collections"), error.getMessage());
    }

    private static boolean mentions(byte[] classFile, String text) {
        return new String(classFile, java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
    }
}
