package dev.worlds.agent.it;

import dev.worlds.Worlds;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a JVM on the test classes and the runtime, with or without the agent, and waits for it. */
final class ForkedJvm {
    /** The shaded agent jar this build made (set by the failsafe configuration). */
    static final String AGENT_JAR = System.getProperty("worlds.agent.jar");

    /** What the JVM printed and how it ended. */
    record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private ForkedJvm() {
    }

    /** {@code java [jvmOptions] -cp <test classes>:<runtime> mainClass args}. */
    static Run run(List<String> jvmOptions, Class<?> mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(location(ForkedJvm.class) + File.pathSeparator + location(Worlds.class));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("forked", ".out");
        Path err = Files.createTempFile("forked", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("JVM did not end in 60 s: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** {@code -javaagent:<the agent jar>=options}. */
    static String agent(String options) {
        if (AGENT_JAR == null) {
            throw new IllegalStateException("Run by failsafe (mvn verify), which sets worlds.agent.jar to the built agent.");
        }
        return "-javaagent:" + AGENT_JAR + "=" + options;
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
