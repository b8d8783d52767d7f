package dev.worlds.agent;

import dev.worlds.Worlds;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Class loaders and agents for the tests: fixtures in a directory, the runtime in a parent loader. */
final class TestLoaders {
    static final String FIXTURE_OPTIONS = "includes=dev.worlds.instrument.fixtures.**,"
            + "excludes=dev.worlds.instrument.fixtures.unwoven.**";

    private TestLoaders() {
    }

    /** The runtime alone, above the platform loader: what an application's class path adds to the JDK. */
    static URLClassLoader runtimeLoader() {
        return new URLClassLoader("runtime", new URL[] {location(Worlds.class)}, ClassLoader.getPlatformClassLoader());
    }

    /** The classes of {@code directory}, which see the runtime through their parent. */
    static URLClassLoader applicationLoader(Path directory) {
        return new URLClassLoader("application", new URL[] {url(directory)}, runtimeLoader());
    }

    /** The classes of {@code directory} and nothing but the JDK: no runtime to link woven code to. */
    static URLClassLoader withoutRuntime(Path directory) {
        return new URLClassLoader("no-runtime", new URL[] {url(directory)}, ClassLoader.getPlatformClassLoader());
    }

    static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A transformer with these options whose messages go to {@link Agent#output()}. */
    static Agent agent(String options) {
        return new Agent(options);
    }

    /** A transformer and what it printed. */
    static final class Agent {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final WeavingLog log = new WeavingLog(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        final WeavingTransformer transformer;

        private Agent(String options) {
            transformer = new WeavingTransformer(AgentOptions.parse(options), log, null);
        }

        byte[] transform(ClassLoader loader, String className, byte[] classFile) {
            return transformer.transform(loader, className, null, null, classFile);
        }

        String output() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        List<String> failures() {
            return log.failures();
        }
    }
}
