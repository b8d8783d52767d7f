package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles the same program for every class file version from Java 8 to the running JDK's newest,
 * weaves it, and runs it: old class files (access$ methods, no nestmates), new ones (nestmates,
 * records-era javac shapes), and on JDK 25 flexible constructor bodies.
 */
class ClassFileVersionsTest {
    @TempDir
    Path output;

    static Stream<Integer> releases() {
        int newest = SourceVersion.latestSupported().ordinal();
        return IntStream.rangeClosed(8, newest).filter(r -> r == 8 || r == 11 || r >= 17).boxed();
    }

    @ParameterizedTest(name = "--release {0}")
    @MethodSource("releases")
    void programWorksWovenAtEveryRelease(int release) throws Exception {
        List<String> sources = new ArrayList<>(List.of("Program"));
        if (release >= 25) {
            sources.add("Flexible");
        }
        compile(release, sources);
        WovenLoader loader = new WovenLoader(List.of(output), name -> name.startsWith("gen/"));
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = output.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                loader.withClassFile(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(file));
            }
        }
        for (String source : sources) {
            assertEquals("ok", loader.loadClass("gen." + source).getMethod("run").invoke(null), source);
            int major = ClassInfo.read(Files.readAllBytes(output.resolve("gen/" + source + ".class"))).version();
            assertEquals(release + 44, major);
        }
    }

    private void compile(int release, List<String> names) throws IOException {
        Path sourceDir = output.resolve("src/gen");
        Files.createDirectories(sourceDir);
        List<String> arguments = new ArrayList<>(List.of("--release", String.valueOf(release), "-d", output.toString(),
                "-classpath", System.getProperty("java.class.path"), "-nowarn", "-Xlint:-options"));
        for (String name : names) {
            Path file = sourceDir.resolve(name + ".java");
            try (InputStream in = getClass().getResourceAsStream("/releases/" + name + ".java.txt")) {
                Files.writeString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            arguments.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        int status = javac.run(null, null, null, arguments.toArray(new String[0]));
        assertTrue(status == 0, "javac failed: " + messages);
    }
}
