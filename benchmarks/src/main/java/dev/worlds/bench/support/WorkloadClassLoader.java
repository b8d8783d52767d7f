package dev.worlds.bench.support;

import dev.worlds.instrument.ClassFileLocator;
import dev.worlds.instrument.ClassHierarchy;
import dev.worlds.instrument.TrackedCollections;
import dev.worlds.instrument.WeaveResult;
import dev.worlds.instrument.Weaver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * A child-first class loader for the workload packages: it defines its own copy of every class
 * under {@value #WORKLOAD_PACKAGE} from the class files on the benchmark's class path, either as
 * compiled or woven in memory, and delegates everything else (the JDK, JMH, the Worlds runtime,
 * {@link dev.worlds.bench.api.CellWorkload}) to its parent. Two instances thus give the same code
 * twice, plain and woven, sharing the one {@code WorldsRuntime.current} the barrier reads.
 *
 * <p>Classes under {@value #HAND_UNDO_PACKAGE} are never woven: they are the hand-written baseline.
 */
final class WorkloadClassLoader extends ClassLoader {
    static final String WORKLOAD_PACKAGE = "dev/worlds/bench/workload/";
    static final String HAND_UNDO_PACKAGE = WORKLOAD_PACKAGE + "handundo/";

    /** What happens to the classes of the workload package (not its hand-undo part). */
    enum Weaving {
        /** Defined as compiled. */
        NONE,
        /** Woven by the current weaver. */
        WEAVER,
        /** Woven, then given the barrier of before the thread-ownership check ({@link StaticCompareBarrier}). */
        WEAVER_WITH_STATIC_COMPARE,
        /**
         * Woven with {@link TrackedCollections#OFF}: the JDK collections the workload creates stay
         * JDK collections, so their contents do not roll back. Only for tests that show a benchmark
         * depends on the replacement; the weaver's warnings about collection fields are expected.
         */
        WEAVER_WITHOUT_TRACKED_COLLECTIONS
    }

    private final Weaver weaver;
    private final boolean staticCompare;
    private final boolean warningsExpected;

    /** @param weave whether classes of the workload package (not its hand-undo part) are woven */
    WorkloadClassLoader(ClassLoader parent, boolean weave) {
        this(parent, weave ? Weaving.WEAVER : Weaving.NONE);
    }

    WorkloadClassLoader(ClassLoader parent, Weaving weaving) {
        super(parent);
        this.weaver = weaving == Weaving.NONE ? null : new Weaver(new ClassHierarchy(
                new ClassFileLocator(List.of(ownClassPath())), WorkloadClassLoader::isWoven,
                weaving == Weaving.WEAVER_WITHOUT_TRACKED_COLLECTIONS ? TrackedCollections.OFF : TrackedCollections.ON));
        this.staticCompare = weaving == Weaving.WEAVER_WITH_STATIC_COMPARE;
        this.warningsExpected = weaving == Weaving.WEAVER_WITHOUT_TRACKED_COLLECTIONS;
    }

    static boolean isWoven(String internalName) {
        return internalName.startsWith(WORKLOAD_PACKAGE) && !internalName.startsWith(HAND_UNDO_PACKAGE);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        String internalName = name.replace('.', '/');
        if (!internalName.startsWith(WORKLOAD_PACKAGE)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                byte[] bytes = classFile(internalName);
                loaded = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    /** The class file this loader defines for {@code internalName}; package-private for tests. */
    byte[] classFile(String internalName) throws ClassNotFoundException {
        byte[] compiled = read(internalName);
        if (weaver == null || !isWoven(internalName)) {
            return compiled;
        }
        WeaveResult result = weaver.weave(compiled, internalName + ".class");
        if (!result.changed() || !result.warnings().isEmpty() && !warningsExpected) {
            // A benchmark that silently measured unwoven code would report a ratio of 1.0: refuse.
            throw new IllegalStateException("weaving " + internalName + " did not go as the benchmark"
                    + " assumes: changed=" + result.changed() + ", warnings=" + result.warnings());
        }
        return staticCompare ? StaticCompareBarrier.rewrite(result.bytes()) : result.bytes();
    }

    private byte[] read(String internalName) throws ClassNotFoundException {
        try (InputStream in = getParent().getResourceAsStream(internalName + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(internalName.replace('/', '.'));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar or directory this module's classes come from, for the weaver's class hierarchy. */
    private static Path ownClassPath() {
        try {
            return Path.of(WorkloadClassLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
