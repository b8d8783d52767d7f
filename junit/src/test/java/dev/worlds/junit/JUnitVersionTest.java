package dev.worlds.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The build runs these tests once per JUnit generation and says which one it means
 * ({@code -Dworlds.junit.expected}); this checks that the class path really holds it, throughout.
 */
class JUnitVersionTest {

    @Test
    void theJUnitOnTheClassPathIsTheOneTheBuildRunsThemOn() throws ClassNotFoundException {
        String expected = System.getProperty("worlds.junit.expected");
        assumeTrue(expected != null, "run outside the build: no JUnit version expected");

        assertEquals(expected, Test.class.getPackage().getImplementationVersion(), "Jupiter API");
        assertEquals(expected, Class.forName("org.junit.jupiter.engine.JupiterTestEngine").getPackage()
                .getImplementationVersion(), "Jupiter engine");
        assertEquals(platform(expected), Launcher.class.getPackage().getImplementationVersion(), "Platform launcher");
        assertEquals(platform(expected), EngineTestKit.class.getPackage().getImplementationVersion(), "Platform test kit");
    }

    /** Up to 5.x the Platform counted from 1 (Jupiter 5.14 runs on Platform 1.14); from 6 on they share a version. */
    private static String platform(String jupiter) {
        return jupiter.startsWith("5.") ? "1." + jupiter.substring(2) : jupiter;
    }
}
