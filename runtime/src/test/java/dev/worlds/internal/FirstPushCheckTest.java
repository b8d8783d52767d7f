package dev.worlds.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.firstpush.ArrayBoard;
import com.example.firstpush.PushTwice;
import com.example.firstpush.StatelessPusher;
import com.example.firstpush.UnwovenMain;
import dev.worlds.Worlds;
import dev.worlds.instrument.ClassFileLocator;
import dev.worlds.instrument.ClassHierarchy;
import dev.worlds.instrument.Weaver;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first push of a JVM, in fresh JVMs: told when nothing is woven, quiet when something is. */
class FirstPushCheckTest {
    private static final String WARNING = "Worlds: a world was pushed by com.example.firstpush.PushTwice.main, but no class"
            + " of this program is woven (none has been initialized), so no write is tracked and a rollback restores"
            + " nothing.";

    @Test
    void pushingWithNothingWovenWarnsOnceAndNamesTheFix() throws Exception {
        Run run = run(List.of(), List.of(), PushTwice.class);

        assertEquals("pushed\npushed\n", run.out(), run.toString());
        assertTrue(run.err().startsWith(WARNING), run.toString());
        assertTrue(run.err().contains("-javaagent:worlds-agent.jar=includes=com.example.firstpush.**"), run.toString());
        assertTrue(run.err().contains("goals weave and weave-tests of dev.worlds:worlds-maven-plugin"), run.toString());
        assertEquals(1, run.err().lines().count(), run.toString());
    }

    @Test
    void withCheckWovenErrorEveryPushIsRefusedWhileNothingIsWoven() throws Exception {
        Run run = run(List.of("-Dworlds.checkWoven=error"), List.of(), PushTwice.class);

        assertEquals(List.of("refused: " + WARNING, "refused: " + WARNING),
                run.out().lines().map(line -> line.substring(0, ("refused: " + WARNING).length())).toList(), run.toString());
        assertEquals("", run.err(), run.toString());
    }

    @Test
    void withCheckWovenOffNothingIsSaid() throws Exception {
        Run run = run(List.of("-Dworlds.checkWoven=off"), List.of(), PushTwice.class);

        assertEquals("pushed\npushed\n", run.out(), run.toString());
        assertEquals("", run.err(), run.toString());
    }

    @Test
    void aMisspelledCheckWovenIsAnError() throws Exception {
        Run run = run(List.of("-Dworlds.checkWoven=warning"), List.of(), PushTwice.class);

        assertTrue(run.out().startsWith("refused: System property worlds.checkWoven is 'warning'; use warn (the default),"
                + " error or off."), run.toString());
    }

    @Test
    void aWovenClassInitializedBeforeTheFirstPushIsEnough() throws Exception {
        Run run = run(List.of("-Dworlds.checkWoven=error"), List.of(), PushTwice.class, "collection");

        assertEquals("pushed\npushed\n", run.out(), run.toString());
    }

    @Test
    void aWovenCallerIsEnough(@TempDir Path woven) throws Exception {
        Run run = run(List.of("-Dworlds.checkWoven=error"), List.of(weaveStatelessPusher(woven)), StatelessPusher.class);

        assertEquals("rolled back\n", run.out(), run.toString());
        assertEquals("", run.err(), run.toString());
    }

    @Test
    void aWovenClassFurtherDownTheStackIsEnough(@TempDir Path woven) throws Exception {
        Run run = run(List.of("-Dworlds.checkWoven=error"), List.of(weaveStatelessPusher(woven)), StatelessPusher.class,
                "helper");

        assertEquals("rolled back\n", run.out(), run.toString());
        assertEquals("", run.err(), run.toString());
    }

    /** Final, its state in an array: only the initializer the weaver gives every class tells the runtime. */
    @Test
    void aWovenClassWithItsStateInArraysOnlyIsEnoughWhenUnwovenCodePushes(@TempDir Path woven) throws Exception {
        Run run = run(List.of("-Dworlds.checkWoven=error"), List.of(weave(woven, ArrayBoard.class)), UnwovenMain.class);

        assertEquals("rolled back\n", run.out(), run.toString());
        assertEquals("", run.err(), run.toString());
    }

    /** A class directory holding StatelessPusher woven (and nothing else: its helper stays unwoven). */
    private static String weaveStatelessPusher(Path woven) throws IOException {
        return weave(woven, StatelessPusher.class);
    }

    /** A class directory holding {@code type} woven, and nothing else. */
    private static String weave(Path woven, Class<?> type) throws IOException {
        String name = type.getName().replace('.', '/');
        byte[] classFile;
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            classFile = in.readAllBytes();
        }
        Weaver weaver = new Weaver(new ClassHierarchy(new ClassFileLocator(List.of()), n -> n.equals(name)));
        Files.createDirectories(woven.resolve(name).getParent());
        Files.write(woven.resolve(name + ".class"), weaver.weave(classFile, null).bytes());
        return woven.toString();
    }

    record Run(String out, String err) {
        @Override
        public String toString() {
            return "--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** {@code java options -cp firstEntries:<test classes>:<runtime> main args}, line ends made \n. */
    private static Run run(List<String> options, List<String> firstEntries, Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        List<String> classpath = new ArrayList<>(firstEntries);
        classpath.add(location(FirstPushCheckTest.class));
        classpath.add(location(Worlds.class));
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classpath), main.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("first-push", ".out");
        Path err = Files.createTempFile("first-push", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("JVM did not end in 60 s: " + command);
            }
            return new Run(read(out), read(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
