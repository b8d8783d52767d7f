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
        try {
            ClassLoader loader = new WorkloadClassLoader(WovenWorkloads.class.getClassLoader(), woven);
            return type.cast(Class.forName(className, true, loader).getConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the " + (woven ? "woven" : "plain") + " workload "
                    + className, e);
        }
    }
}
