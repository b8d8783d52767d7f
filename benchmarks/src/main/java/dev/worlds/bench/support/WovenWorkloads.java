package dev.worlds.bench.support;

/**
 * Creates a workload class of the workload package, plain or woven, in a class loader of its
 * own, and returns it as the interface (from the parent loader) the benchmark calls.
 */
public final class WovenWorkloads {
    private WovenWorkloads() {
    }

    /** A new instance of {@code className} (public, no-argument constructor), as {@code type}. */
    public static <T> T create(String className, Class<T> type, boolean woven) {
        return create(className, type, woven ? WorkloadClassLoader.Weaving.WEAVER : WorkloadClassLoader.Weaving.NONE);
    }

    /**
     * A new instance of {@code className} woven with {@code TrackedCollections.OFF}: its fields and
     * arrays roll back, the JDK collections it creates do not. For tests that show a benchmark's
     * answer depends on the collections being tracked.
     */
    public static <T> T createWithoutTrackedCollections(String className, Class<T> type) {
        return create(className, type, WorkloadClassLoader.Weaving.WEAVER_WITHOUT_TRACKED_COLLECTIONS);
    }

    private static <T> T create(String className, Class<T> type, WorkloadClassLoader.Weaving weaving) {
        try {
            ClassLoader loader = new WorkloadClassLoader(WovenWorkloads.class.getClassLoader(), weaving);
            return type.cast(Class.forName(className, true, loader).getConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the " + weaving + " workload " + className, e);
        }
    }
}
