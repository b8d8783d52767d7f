package dev.worlds.instrument;

import dev.worlds.instrument.internal.RuntimeNames;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which {@code java.util} collections the weaver replaces with the runtime's tracked ones, so
 * that what woven code keeps in them rolls back with the world. With it on (the default),
 * {@code new java.util.HashMap<>()} in woven code creates a {@code dev.worlds.collections.TrackedHashMap}
 * (a subclass of {@code HashMap} that keeps its entries in woven fields and arrays), a woven class
 * that extends {@code HashMap} is rebased onto {@code TrackedHashMap}, and {@code HashMap::new}
 * makes tracked maps too. Casts, {@code instanceof}, fields and parameters of the JDK type keep
 * working; {@code getClass()} is the one visible difference.
 *
 * <pre>{@code
 * TrackedCollections.ON    // the default
 * TrackedCollections.OFF   // leave every JDK collection as it is (their contents do not roll back)
 * }</pre>
 *
 * <p>A collection stored straight into an {@code @Untracked} field
 * ({@code @Untracked Map<K, V> cache = new HashMap<>();}) stays a plain JDK collection, so that its
 * contents survive rollback like the field itself. The tracked classes ship in
 * {@code dev.worlds:worlds-runtime}, which must be on the weaver's classpath.
 */
public final class TrackedCollections {

    /** JDK class to tracked class, internal names. */
    private static final Map<String, String> SUBSTITUTES = substitutes(
            "ArrayList", "LinkedList", "ArrayDeque", "HashMap", "LinkedHashMap", "HashSet", "LinkedHashSet",
            "TreeMap", "TreeSet", "PriorityQueue", "BitSet");

    /** Replace the JDK collections that woven code creates or extends. */
    public static final TrackedCollections ON = new TrackedCollections(SUBSTITUTES);

    /** Leave every JDK collection as it is. */
    public static final TrackedCollections OFF = new TrackedCollections(Map.of());

    private final Map<String, String> substitutes;

    private TrackedCollections(Map<String, String> substitutes) {
        this.substitutes = substitutes;
    }

    /** A replacement table of one's own (internal names), for tests of the weaver. */
    static TrackedCollections of(Map<String, String> substitutes) {
        return new TrackedCollections(Map.copyOf(substitutes));
    }

    private static Map<String, String> substitutes(String... simpleNames) {
        Map<String, String> table = new TreeMap<>();
        for (String name : simpleNames) {
            table.put("java/util/" + name, RuntimeNames.TRACKED_COLLECTIONS_PACKAGE + RuntimeNames.TRACKED_COLLECTION_PREFIX + name);
        }
        return Map.copyOf(table);
    }

    /** Whether collections are replaced at all. */
    public boolean enabled() {
        return !substitutes.isEmpty();
    }

    /**
     * The tracked class (internal name) that replaces {@code jdkClass} in {@code inClass}, or null
     * when {@code jdkClass} stays as it is. The tracked classes themselves are never rewritten.
     */
    public String trackedFor(String jdkClass, String inClass) {
        return inClass.startsWith(RuntimeNames.TRACKED_COLLECTIONS_PACKAGE) ? null : substitutes.get(jdkClass);
    }

    /** Every replacement, JDK class to tracked class (internal names), for tests and reports. */
    public Map<String, String> substitutes() {
        return substitutes;
    }

    @Override
    public String toString() {
        return enabled() ? "TrackedCollections.ON" + substitutes.keySet() : "TrackedCollections.OFF";
    }
}
