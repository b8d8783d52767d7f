package dev.worlds.agent;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.Properties;

/**
 * Whether woven code defined by a class loader can reach the Worlds runtime it calls, and whether
 * that runtime is the version this agent weaves for. The agent does not carry the runtime: the
 * application has it on its class path (it calls {@code Worlds.push()}), and woven classes must
 * link to that one copy, the one the program's own worlds live in.
 *
 * <pre>{@code
 * RuntimeVisibility runtime = RuntimeVisibility.of(loader, "0.1.0");
 * if (runtime.missing() != null) { ... }     // do not weave: woven code would not link
 * if (runtime.mismatch() != null) { ... }    // warn once
 * }</pre>
 *
 * @param missing  why classes of this loader cannot be woven, or null when the runtime is there
 * @param mismatch a warning when the runtime is another version than the agent, or null
 */
record RuntimeVisibility(String missing, String mismatch) {
    static final String RUNTIME_CLASS = "dev/worlds/internal/WorldsRuntime.class";
    private static final String RUNTIME_POM = "META-INF/maven/dev.worlds/worlds-runtime/pom.properties";

    /**
     * @param agentVersion this agent's version, or null when unknown (run from class directories)
     */
    static RuntimeVisibility of(ClassLoader loader, String agentVersion) {
        URL runtime = loader.getResource(RUNTIME_CLASS);
        if (runtime == null) {
            return new RuntimeVisibility("class loader " + WeavingLog.describe(loader) + " cannot see worlds-runtime"
                    + " (no " + RUNTIME_CLASS + "), which woven classes call; add dev.worlds:worlds-runtime"
                    + (agentVersion == null ? "" : ":" + agentVersion) + " to the application's class path.", null);
        }
        String runtimeVersion = versionBeside(runtime);
        if (agentVersion == null || runtimeVersion == null || runtimeVersion.equals(agentVersion)) {
            return new RuntimeVisibility(null, null);
        }
        return new RuntimeVisibility(null, "worlds-agent " + agentVersion + " weaves for worlds-runtime " + agentVersion
                + ", but class loader " + WeavingLog.describe(loader) + " has worlds-runtime " + runtimeVersion
                + " (" + jarOf(runtime).substring("jar:".length()) + "); use the same version of both, or woven classes may fail to link.");
    }

    /** The version in the runtime jar's Maven descriptor, or null when the runtime is not a jar built by Maven. */
    private static String versionBeside(URL runtimeClass) {
        String url = runtimeClass.toString();
        if (!url.startsWith("jar:") || !url.endsWith("!/" + RUNTIME_CLASS)) {
            return null;
        }
        try (InputStream in = URI.create(jarOf(runtimeClass) + "!/" + RUNTIME_POM).toURL().openStream()) {
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String jarOf(URL runtimeClass) {
        String url = runtimeClass.toString();
        int bang = url.lastIndexOf("!/");
        return bang < 0 ? url : url.substring(0, bang);
    }
}
