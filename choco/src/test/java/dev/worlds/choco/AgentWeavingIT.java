package dev.worlds.choco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Choco models on {@link WorldsEnvironment} in JVMs started with the java agent, as a user starts
 * them: the {@code -javaagent} options come from the Worlds Maven plugin's {@code prepare-agent}
 * goal (see the module's pom): weaving Choco, weaving everything but Choco, and weaving everything
 * but Choco and the libraries it keeps state in.
 */
class AgentWeavingIT {
    private static final String NEWLINE = System.lineSeparator();

    @Test
    void withChocoWovenTheEnvironmentRefusesAndNamesTheFix() throws Exception {
        Run run = run("worlds.agent.chocoWoven", "queens");

        assertNotEquals(0, run.exitCode, run.toString());
        assertEquals("", run.out, run.toString());
        assertTrue(run.err.contains("java.lang.IllegalStateException: WorldsEnvironment cannot run on Choco woven by"
                + " Worlds: org.chocosolver.memory.IStateInt is woven"), run.toString());
        assertTrue(run.err.contains("add excludes=org.chocosolver.**:gnu.trove.**:org.jgrapht.**:dk.brics.**"),
                run.toString());
    }

    /** Choco's solutions are recorded in trove maps: woven, a pop would roll back the solution being read. */
    @Test
    void withChocosLibrariesWovenTheEnvironmentRefuses() throws Exception {
        Run run = run("worlds.agent.allButChoco", "queens");

        assertNotEquals(0, run.exitCode, run.toString());
        assertTrue(run.err.contains("IllegalStateException: WorldsEnvironment cannot run on Choco woven by Worlds:"
                + " gnu.trove.impl.hash.THash is woven"), run.toString());
    }

    @Test
    void withEverythingButChocoAndItsLibrariesWovenEightQueensHas92Solutions() throws Exception {
        Run run = run("worlds.agent.allButChocoAndLibraries", "queens");

        assertEquals(0, run.exitCode, run.toString());
        assertEquals("92 solutions" + NEWLINE, run.out, run.toString());
    }

    @Test
    void withEverythingButChocoAndItsLibrariesWovenEveryModelSearchesAsOnTrailing() throws Exception {
        Run run = run("worlds.agent.allButChocoAndLibraries", "corpus");

        assertEquals(0, run.exitCode, run.toString());
        assertTrue(run.out.endsWith(" models, differing: []" + NEWLINE), run.toString());
    }

    private record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + NEWLINE + "--- stdout" + NEWLINE + out + "--- stderr" + NEWLINE + err;
        }
    }

    /** {@code java <the agent option in property> -cp <this test's class path> CorpusApp mode}. */
    private static Run run(String agentProperty, String mode) throws IOException, InterruptedException {
        String agent = System.getProperty(agentProperty);
        String classPath = System.getProperty("surefire.test.class.path");
        if (agent == null || agent.isBlank() || classPath == null) {
            throw new IllegalStateException("Run by failsafe (mvn verify), which has prepare-agent set " + agentProperty);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(agent);
        command.add("-cp");
        command.add(classPath);
        command.add(CorpusApp.class.getName());
        command.add(mode);
        Path out = Files.createTempFile("choco-agent", ".out");
        Path err = Files.createTempFile("choco-agent", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("JVM did not end in 180 s (a search rolling back its own state never"
                        + " ends): " + command + NEWLINE + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
