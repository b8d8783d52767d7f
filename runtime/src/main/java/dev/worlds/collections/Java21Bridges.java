package dev.worlds.collections;

import java.lang.reflect.Method;

/**
 * Fails a tracked class's initialization on Java 21+ when the JVM loaded the Java 17 copy of it,
 * without its {@link Java21Bridge} methods: its {@code reversed()} would then be the JDK
 * superclass's, over the superclass's empty state, and return wrong answers without an error.
 * That happens when {@code worlds-runtime} reaches the JVM as a class directory, or inside a
 * repackaged jar whose manifest lost {@code Multi-Release: true}.
 */
final class Java21Bridges {
    private Java21Bridges() {
    }

    /** @throws IllegalStateException on Java 21+ when {@code tracked} does not declare {@code method()} */
    static void require(Class<?> tracked, String method) {
        if (Runtime.version().feature() < 21 || declaresPublic(tracked, method)) {
            return;
        }
        throw new IllegalStateException(tracked.getName() + " was loaded without its Java 21 methods ("
                + method + "() and the other sequenced methods), so they would act on the empty state of its"
                + " JDK superclass. worlds-runtime is a multi-release jar: put the jar itself on the class"
                + " path, or keep 'Multi-Release: true' in the manifest of a jar that repackages it"
                + " (maven-shade-plugin: a ManifestResourceTransformer entry), or weave with collection"
                + " tracking off (Maven: trackCollections=false; command line: --no-track-collections).");
    }

    private static boolean declaresPublic(Class<?> tracked, String method) {
        try {
            Method found = tracked.getMethod(method);
            return found.getDeclaringClass() == tracked;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
