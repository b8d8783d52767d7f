package dev.worlds.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeVisibilityTest {
    @Test
    void aRuntimeJarOfAnotherVersionIsAMismatch(@TempDir Path dir) throws IOException {
        Path jar = runtimeJar(dir.resolve("worlds-runtime-0.0.9.jar"), "0.0.9");
        try (URLClassLoader loader = new URLClassLoader("app", new URL[] {TestLoaders.url(jar)}, null)) {
            RuntimeVisibility runtime = RuntimeVisibility.of(loader, "0.1.0");

            assertNull(runtime.missing());
            assertTrue(runtime.mismatch().startsWith("worlds-agent 0.1.0 weaves for worlds-runtime 0.1.0, but class loader"
                    + " app@"), runtime.mismatch());
            assertTrue(runtime.mismatch().contains("has worlds-runtime 0.0.9 (file:" + jar.toUri().getRawPath()), runtime.mismatch());
        }
    }

    @Test
    void theSameVersionOrAnUnknownOneIsNoMismatch(@TempDir Path dir) throws IOException {
        Path jar = runtimeJar(dir.resolve("worlds-runtime.jar"), "0.1.0");
        try (URLClassLoader loader = new URLClassLoader("app", new URL[] {TestLoaders.url(jar)}, null)) {
            assertEquals(new RuntimeVisibility(null, null), RuntimeVisibility.of(loader, "0.1.0"));
            assertEquals(new RuntimeVisibility(null, null), RuntimeVisibility.of(loader, null));
        }
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve(RuntimeVisibility.RUNTIME_CLASS).getParent());
        Files.write(classes.resolve(RuntimeVisibility.RUNTIME_CLASS), new byte[] {(byte) 0xCA, (byte) 0xFE});
        try (URLClassLoader classesDirectory = new URLClassLoader("app", new URL[] {TestLoaders.url(classes)}, null)) {
            assertEquals(new RuntimeVisibility(null, null), RuntimeVisibility.of(classesDirectory, "9.9.9"));
        }
    }

    @Test
    void noRuntimeIsMissingAndSaysWhatToAdd(@TempDir Path dir) throws IOException {
        try (URLClassLoader loader = new URLClassLoader("bare", new URL[] {TestLoaders.url(dir)}, null)) {
            RuntimeVisibility runtime = RuntimeVisibility.of(loader, "0.1.0");

            assertTrue(runtime.missing().startsWith("class loader bare@"), runtime.missing());
            assertTrue(runtime.missing().endsWith("cannot see worlds-runtime (no dev/worlds/internal/WorldsRuntime.class),"
                    + " which woven classes call; add dev.worlds:worlds-runtime:0.1.0 to the application's class path."),
                    runtime.missing());
        }
    }

    private static Path runtimeJar(Path jar, String version) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(RuntimeVisibility.RUNTIME_CLASS));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            out.putNextEntry(new JarEntry("META-INF/maven/dev.worlds/worlds-runtime/pom.properties"));
            out.write(("groupId=dev.worlds\nartifactId=worlds-runtime\nversion=" + version + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }
}
