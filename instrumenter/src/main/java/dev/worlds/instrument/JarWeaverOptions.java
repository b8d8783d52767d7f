package dev.worlds.instrument;

import java.util.ArrayList;
import java.util.List;

/**
 * The weaving options a front end hands on to each {@link JarWeaver} it builds, and their
 * description for a fingerprint of what a run was woven with.
 */
final class JarWeaverOptions {
    boolean warnUntrackedArrayCalls = true;
    final List<String> readOnlyArrayMethods = new ArrayList<>();
    TrackedCollections collections = TrackedCollections.ON;

    JarWeaver.Builder apply(JarWeaver.Builder builder) {
        return builder.warnUntrackedArrayCalls(warnUntrackedArrayCalls)
                .readOnlyArrayMethods(readOnlyArrayMethods)
                .trackedCollections(collections);
    }

    /** Everything that changes what weaving writes or reports. */
    String describe() {
        return "warnUntrackedArrayCalls=" + warnUntrackedArrayCalls + "|readOnlyArrayMethods=" + readOnlyArrayMethods
                + "|collections=" + (collections == TrackedCollections.OFF ? "off" : "on");
    }
}
