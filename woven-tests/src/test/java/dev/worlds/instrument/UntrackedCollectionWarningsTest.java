package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.fixtures.collections.Registry;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The build warns wherever woven code keeps a mutable collection that JDK code made. */
class UntrackedCollectionWarningsTest {
    private static List<String> warnings(TrackedCollections collections) throws Exception {
        Weaver weaver = new Weaver(new ClassHierarchy(new ClassFileLocator(List.of()), WovenLoader::isWovenFixture,
                collections));
        return weaver.weave(WovenLoader.classFile(Registry.class.getName().replace('.', '/')), null).warnings();
    }

    private static List<String> about(List<String> warnings, String method) {
        return warnings.stream().filter(w -> w.contains("Registry." + method + "(")).collect(Collectors.toList());
    }

    @Test
    void collectionsMadeByJdkCodeAndKeptInWovenStateAreReported() throws Exception {
        List<String> warnings = warnings(TrackedCollections.ON);
        assertEquals(1, about(warnings, "load").size(), warnings::toString);
        assertTrue(about(warnings, "load").get(0).contains("stores into dev.worlds.instrument.fixtures.collections"
                + ".Registry.names a collection made by Stream.collect, a plain JDK collection that Worlds does not"
                + " track"), warnings::toString);
        assertTrue(about(warnings, "load").get(0).contains("Collectors.toCollection(ArrayList::new)"), warnings::toString);
        assertEquals(2, about(warnings, "plan").size(), warnings::toString);
        assertTrue(about(warnings, "plan").stream().anyMatch(w -> w.contains("java.util.EnumSet.noneOf")), warnings::toString);
        assertTrue(about(warnings, "plan").stream().anyMatch(w -> w.contains("new java.util.EnumMap")), warnings::toString);
        assertEquals(1, about(warnings, "split").size(), warnings::toString);
        assertTrue(about(warnings, "split").get(0).contains("java.util.Arrays.asList"), warnings::toString);
        assertEquals(1, about(warnings, "group").size(), warnings::toString);
        assertTrue(about(warnings, "group").get(0).contains("puts into a collection with Map.put"), warnings::toString);
    }

    @Test
    void trackedCopiesImmutableCollectionsAndUntrackedFieldsAreNotReported() throws Exception {
        List<String> warnings = warnings(TrackedCollections.ON);
        assertEquals(List.of(), about(warnings, "notReported"));
        assertTrue(warnings.stream().noneMatch(w -> w.contains("CONSTANTS")), warnings::toString);
        assertTrue(warnings.stream().noneMatch(w -> w.contains("Registry.names holds")), warnings::toString);
    }

    @Test
    void aFieldOfACollectionClassNoTrackedOneExtendsIsReported() throws Exception {
        List<String> warnings = warnings(TrackedCollections.ON);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("Registry.legacy holds a java.util.Vector, a JDK"
                + " collection Worlds does not replace")), warnings::toString);
        assertEquals(1, warnings.stream().filter(w -> w.contains(" holds a ")).count(), warnings::toString);
    }

    @Test
    void withoutReplacementEveryCollectionFieldIsReported() throws Exception {
        List<String> warnings = warnings(TrackedCollections.OFF);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("Registry.groups holds a java.util.Map")), warnings::toString);
        assertTrue(warnings.stream().noneMatch(w -> w.contains("Stream.collect")), warnings::toString);
    }
}
