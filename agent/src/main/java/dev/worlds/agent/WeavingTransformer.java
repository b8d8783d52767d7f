package dev.worlds.agent;

import dev.worlds.instrument.ClassHierarchy;
import dev.worlds.instrument.WeaveResult;
import dev.worlds.instrument.WeavingException;
import java.lang.instrument.ClassFileTransformer;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Weaves each class once, when it is defined: a thin front end over the {@code Weaver} that the
 * Maven plugin and the command line use, so the same class file comes out the same.
 *
 * <pre>{@code
 * instrumentation.addTransformer(new WeavingTransformer(AgentOptions.parse("includes=com.acme.**"),
 *         new WeavingLog(System.err), "0.1.0"), false);
 * }</pre>
 *
 * <p>Left alone: redefinitions (a debugger's hot swap), classes of the bootstrap and platform
 * loaders, the agent's own classes, the Worlds runtime, its parallel search and worlds-choco,
 * classes outside the includes, and classes already woven at build time (the weaver returns them
 * unchanged). {@code transform} never throws: a class it cannot weave is reported with its loader
 * and the cause, and is defined as it was compiled.
 */
final class WeavingTransformer implements ClassFileTransformer {
    /**
     * The agent (with its relocated ASM and weaver), the runtime that woven code calls, the
     * parallel search (dev.worlds:worlds-search), whose bookkeeping must never roll back, and
     * worlds-choco, whose jar is woven as it must be: its environment's stack of worlds and the
     * Choco state it keeps by hand must never be rolled back, which {@code includes=**} would do.
     */
    private static final String[] NEVER_WOVEN = {"dev/worlds/agent/", "dev/worlds/internal/",
        "dev/worlds/collections/", "dev/worlds/search/", "dev/worlds/choco/"};

    private final AgentOptions options;
    private final WeavingLog log;
    private final String agentVersion;
    private final ClassLoader platform = ClassLoader.getPlatformClassLoader();
    /** Weak keys: a loader that is collected takes its weaving state with it. */
    private final Map<ClassLoader, LoaderWeaving> loaders = new WeakHashMap<>();

    /**
     * @param agentVersion the agent's version, compared with the runtime each loader sees; null to skip
     */
    WeavingTransformer(AgentOptions options, WeavingLog log, String agentVersion) {
        this.options = options;
        this.log = log;
        this.agentVersion = agentVersion;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        if (!isCandidate(loader, className, classBeingRedefined)) {
            return null;
        }
        long start = System.nanoTime();
        try {
            LoaderWeaving weaving = weavingFor(loader);
            String missingRuntime = weaving.runtimeProblem(loader, agentVersion, log);
            if (missingRuntime != null) {
                weaving.notWoven(className);
                log.failed(className, loader, missingRuntime, System.nanoTime() - start);
                return null;
            }
            WeaveResult result = weaving.weave(className, classfileBuffer, source(className, protectionDomain));
            log.woven(result, System.nanoTime() - start);
            return result.changed() ? result.bytes() : null;
        } catch (Throwable e) {
            // An exception thrown here would be swallowed by the JVM and the class defined unwoven
            // without a word; say so instead.
            try {
                log.failed(className, loader, cause(e), System.nanoTime() - start);
            } catch (Throwable ignored) {
                // Nothing left to report with (out of memory while reporting).
            }
            return null;
        }
    }

    /** Whether the options ask for this class and it is one the agent may weave. */
    boolean isCandidate(ClassLoader loader, String className, Class<?> classBeingRedefined) {
        return className != null && classBeingRedefined == null && loader != null && loader != platform
                && !isAgentOrRuntime(className) && !ClassHierarchy.isJdkClass(className)
                && options.filter().matchesInternalName(className);
    }

    /** What a loader's hierarchy counts as woven: included, and a class the agent weaves at all. */
    private boolean included(String internalName) {
        return options.filter().matchesInternalName(internalName) && !isAgentOrRuntime(internalName)
                && !ClassHierarchy.isJdkClass(internalName);
    }

    private static boolean isAgentOrRuntime(String internalName) {
        for (String prefix : NEVER_WOVEN) {
            if (internalName.startsWith(prefix)) {
                return true;
            }
        }
        return internalName.startsWith("dev/worlds/") && internalName.indexOf('/', "dev/worlds/".length()) < 0;
    }

    private LoaderWeaving weavingFor(ClassLoader loader) {
        synchronized (loaders) {
            return loaders.computeIfAbsent(loader, key -> new LoaderWeaving(key, this::included));
        }
    }

    private static String source(String className, ProtectionDomain domain) {
        CodeSource code = domain == null ? null : domain.getCodeSource();
        return code == null || code.getLocation() == null ? className + ".class" : code.getLocation().toString();
    }

    private static String cause(Throwable e) {
        return e instanceof WeavingException ? e.getMessage() : "cannot weave: " + e;
    }
}
