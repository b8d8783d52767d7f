package dev.worlds.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.app.FailingApp;
import com.example.app.RollbackApp;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The built agent jar, in JVMs started with {@code -javaagent}, as a user starts them. */
class AgentIT {
    private static final String APP = "includes=com.example.app.**";

    @Test
    void aProgramStartedWithTheAgentRollsBackAndVerboseSaysWhatWasWoven() throws Exception {
        ForkedJvm.Run run = ForkedJvm.run(List.of(ForkedJvm.agent(APP + ",verbose=true")), RollbackApp.class);

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("rolled back" + System.lineSeparator(), run.out(), run.toString());
        assertTrue(Pattern.compile("worlds-agent: wove 2 classes \\(0 already woven\\), 2 fields tracked, 0 warnings,"
                + " 0 not woven; \\d+ ms weaving \\([\\d.]+ us per class\\)").matcher(run.err()).find(), run.toString());
        assertFalse(run.err().contains("Worlds: a world was pushed"), run.toString());
    }

    @Test
    void theSameProgramWithoutTheAgentRollsNothingBackAndItsFirstPushSaysSo() throws Exception {
        ForkedJvm.Run run = ForkedJvm.run(List.of(), RollbackApp.class);

        assertEquals("not rolled back" + System.lineSeparator(), run.out(), run.toString());
        assertTrue(run.err().contains("Worlds: a world was pushed by com.example.app.RollbackApp.main, but no class"
                + " of this program is woven"), run.toString());
        assertTrue(run.err().contains("-javaagent:worlds-agent.jar=includes=com.example.app.**"), run.toString());
    }

    @Test
    void anAgentWhoseIncludesMatchNothingIsToldAtTheFirstPush() throws Exception {
        ForkedJvm.Run run = ForkedJvm.run(List.of(ForkedJvm.agent("includes=com.acme.**")), RollbackApp.class);

        assertEquals("not rolled back" + System.lineSeparator(), run.out(), run.toString());
        assertTrue(run.err().contains("but worlds-agent (includes=com.acme.**) has woven no class so far"), run.toString());
    }

    @Test
    void anUnknownOptionStopsTheJvmBeforeTheProgramRuns() throws Exception {
        ForkedJvm.Run run = ForkedJvm.run(List.of(ForkedJvm.agent(APP + ",verbos=true")), RollbackApp.class);

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals("", run.out(), run.toString());
        assertTrue(run.err().startsWith("worlds-agent: unknown option 'verbos'"), run.toString());
        assertTrue(run.err().contains("The options are includes, excludes, failOnError, verbose"), run.toString());
    }

    @Test
    void withFailOnErrorTheFirstPushFailsWithTheClassesThatCouldNotBeWoven() throws Exception {
        ForkedJvm.Run run = ForkedJvm.run(List.of(ForkedJvm.agent(APP + ",failOnError=true")), FailingApp.class);

        assertNotEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.out(), run.toString());
        assertTrue(run.err().contains("worlds-agent: not woven, its writes will not roll back:"
                + " com.example.app.broken.Planner (class loader app@"), run.toString());
        assertTrue(run.err().contains("dev.worlds.WorldStateException: worlds-agent could not weave 1 class and runs"
                + " with failOnError=true, so no world may be pushed:"), run.toString());
        assertTrue(run.err().contains("@Speculative"), run.toString());
    }

    @Test
    void aClassThatFailsAfterTheFirstPushFailsTheNextPush() throws Exception {
        ForkedJvm.Run run = ForkedJvm.run(List.of(ForkedJvm.agent(APP + ",failOnError=true")), FailingApp.class, "late");

        assertNotEquals(0, run.exitCode(), run.toString());
        assertEquals("first push" + System.lineSeparator(), run.out(), run.toString());
        assertTrue(run.err().contains("dev.worlds.WorldStateException: worlds-agent could not weave 1 class"), run.toString());
    }

    @Test
    void withoutFailOnErrorTheProgramRunsAndTheExitSummaryListsTheClassNotWoven() throws Exception {
        ForkedJvm.Run run = ForkedJvm.run(List.of(ForkedJvm.agent(APP)), FailingApp.class);

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("first push" + System.lineSeparator() + "second push" + System.lineSeparator(), run.out(), run.toString());
        assertTrue(run.err().contains("worlds-agent: 1 class was not woven:" + System.lineSeparator()
                + "  com.example.app.broken.Planner (class loader app@"), run.toString());
    }
}
