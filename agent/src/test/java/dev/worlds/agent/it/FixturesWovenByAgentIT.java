package dev.worlds.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.WovenLoader;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The woven-tests tests this module runs again pass because the agent wove their fixtures: the
 * loader they use defines them as compiled, and what comes out carries the weaver's members.
 */
class FixturesWovenByAgentIT {
    @Test
    void theFixturesTheTestsLoadAreWovenByTheAgent() throws ClassNotFoundException {
        assertTrue(WovenLoader.AGENT_WEAVES, "this run must leave weaving to the agent");

        Class<?> board = new WovenLoader().loadClass("dev.worlds.instrument.fixtures.Board");

        assertEquals(1, Arrays.stream(board.getDeclaredFields()).filter(f -> f.getName().equals("$worlds$stamp")).count());
    }
}
