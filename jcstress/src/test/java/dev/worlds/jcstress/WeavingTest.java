package dev.worlds.jcstress;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.jcstress.model.Board;
import dev.worlds.jcstress.model.Flags;
import dev.worlds.jcstress.model.Node;
import dev.worlds.jcstress.model.Pair;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.infra.runners.TestList;

/**
 * The stress tests prove something only if the state they race on carries real barriers, and
 * they run only if the harness JCStress generated is left alone.
 */
class WeavingTest {
    /** The annotation the weaver puts on every class it weaves (RuntimeNames.WOVEN_MARKER_DESC). */
    private static final String MARKER = "Ldev/worlds/internal/Woven;";

    @Test
    void theStateIsWoven() throws IOException {
        for (Class<?> state : List.of(Pair.class, Flags.class, Board.class, Node.class)) {
            assertTrue(woven(state.getName()), state + " is not woven");
        }
    }

    @Test
    void theTestsAndTheirHarnessesAreNot() throws IOException {
        for (String test : TestList.tests()) {
            assertFalse(woven(test), test);
            String runner = TestList.getInfo(test).generatedRunner();
            assertFalse(woven(runner), runner);
        }
    }

    private static boolean woven(String className) throws IOException {
        try (InputStream in = WeavingTest.class.getClassLoader()
                .getResourceAsStream(className.replace('.', '/') + ".class")) {
            assertNotNull(in, className);
            // Class file constants are modified UTF-8, which is plain ASCII for this name.
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains(MARKER);
        }
    }
}
