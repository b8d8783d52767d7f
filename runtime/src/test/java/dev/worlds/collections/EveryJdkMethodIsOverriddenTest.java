package dev.worlds.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.TrackedCollections;
import dev.worlds.internal.Tracked;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every collection the weaver replaces overrides every public and protected method its JDK class
 * has on the JDK running the test, so a newer JDK's additions fail here instead of running the JDK
 * class's code against its empty state. CI runs this on JDK 17 and JDK 25.
 */
class EveryJdkMethodIsOverriddenTest {
    /**
     * Interface defaults that the tracked class cannot declare while it compiles for Java 17 (their
     * return types are Java 21's), and that are safe inherited: an interface default only calls the
     * object's other methods, all overridden; only code of the JDK class itself can reach its
     * (empty) fields.
     */
    private static final Map<String, Set<String>> SAFE_INTERFACE_DEFAULTS = Map.of(
            "java.util.TreeMap", Set.of("sequencedKeySet", "sequencedValues", "sequencedEntrySet"));

    static Stream<Arguments> replacedCollections() {
        return TrackedCollections.ON.substitutes().entrySet().stream()
                .map(entry -> Arguments.of(entry.getKey().replace('/', '.'), entry.getValue().replace('/', '.')));
    }

    @ParameterizedTest(name = "{1} overrides {0}")
    @MethodSource("replacedCollections")
    void everyMethodIsOverridden(String jdkClass, String trackedClass) throws ClassNotFoundException {
        Class<?> jdk = Class.forName(jdkClass);
        Class<?> tracked = Class.forName(trackedClass);
        Set<String> safe = SAFE_INTERFACE_DEFAULTS.getOrDefault(jdkClass, Set.of());
        List<String> missing = JdkMethodCoverage.notOverridden(tracked, jdk).stream()
                .filter(method -> !(safe.contains(method.substring(method.indexOf(' ') + 1, method.indexOf('(')))
                        && method.contains("(declared by java.util.Sequenced")))
                .toList();
        assertEquals(List.of(), missing, trackedClass + " inherits these methods of " + jdkClass + " on Java "
                + Runtime.version().feature());
    }

    @ParameterizedTest(name = "{1} is woven")
    @MethodSource("replacedCollections")
    void theBuildWovePackagedClasses(String jdkClass, String trackedClass) throws ClassNotFoundException {
        assertTrue(Tracked.class.isAssignableFrom(Class.forName(trackedClass)),
                trackedClass + " was not woven: its state would not roll back. Build with mvn, which weaves"
                        + " dev.worlds.collections at process-classes.");
    }

    @Test
    void theWeaverReplacesCollections() {
        assertFalse(TrackedCollections.ON.substitutes().isEmpty());
    }
}
