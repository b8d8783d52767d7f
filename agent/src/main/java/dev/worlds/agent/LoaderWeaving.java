package dev.worlds.agent;

import dev.worlds.instrument.ClassHierarchy;
import dev.worlds.instrument.WeaveResult;
import dev.worlds.instrument.Weaver;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Weaves the classes one class loader defines, seeing the hierarchy as that loader does.
 *
 * <p>A {@link Weaver} and its {@link ClassHierarchy} (a cache of parsed class files) are used by
 * one thread at a time: a thread takes an idle one or makes a new one, and gives it back after.
 * So no lock is held while the loader reads a class file (a loader that locks itself in
 * {@code getResource} cannot deadlock against the agent), and classes defined in parallel, or
 * one defined while another is being woven on the same thread, never share a cache.
 *
 * <p>A class that fails is left out of what later weaves assume is woven, and every cached
 * hierarchy is dropped, since one may already have counted on it.
 */
final class LoaderWeaving {
    private final LoaderClassFiles classFiles;
    private final Predicate<String> included;
    private final Set<String> failed = ConcurrentHashMap.newKeySet();
    private final Queue<PooledWeaver> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger generation = new AtomicInteger();
    private final AtomicReference<RuntimeVisibility> runtime = new AtomicReference<>();

    private record PooledWeaver(Weaver weaver, int generation) {
    }

    /**
     * @param included the classes the agent weaves wherever they are defined (its includes, minus
     *                 its own and the runtime's classes)
     */
    LoaderWeaving(ClassLoader loader, Predicate<String> included) {
        this.classFiles = new LoaderClassFiles(loader);
        this.included = included;
    }

    /**
     * Why this loader's classes cannot be woven (it does not see worlds-runtime), or null. Looked up
     * once per loader, without a lock (see above); a version mismatch is reported the first time.
     */
    String runtimeProblem(ClassLoader loader, String agentVersion, WeavingLog log) {
        RuntimeVisibility known = runtime.get();
        if (known == null) {
            RuntimeVisibility found = RuntimeVisibility.of(loader, agentVersion);
            if (runtime.compareAndSet(null, found) && found.mismatch() != null) {
                log.warn(found.mismatch());
            }
            known = runtime.get();
        }
        return known.missing();
    }

    /** Leaves a class the agent could not weave out of what later weaves assume is woven. */
    void notWoven(String internalName) {
        failed.add(internalName);
        generation.incrementAndGet();
    }

    /**
     * @throws RuntimeException when the class cannot be woven (a {@code WeavingException} names it and says why)
     */
    /**
     * @param source where the class file came from, for messages (its jar or directory)
     */
    WeaveResult weave(String internalName, byte[] classFile, String source) {
        PooledWeaver pooled = idle.poll();
        if (pooled == null || pooled.generation() != generation.get()) {
            pooled = new PooledWeaver(new Weaver(new ClassHierarchy(classFiles,
                    name -> included.test(name) && !failed.contains(name))), generation.get());
        }
        WeaveResult result;
        try {
            result = pooled.weaver().weave(classFile, source);
        } catch (RuntimeException | Error e) {
            notWoven(internalName);
            throw e;
        }
        if (pooled.generation() == generation.get()) {
            idle.offer(pooled);
        }
        return result;
    }
}
