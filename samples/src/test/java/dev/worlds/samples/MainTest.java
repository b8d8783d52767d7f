package dev.worlds.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void plannerRunsEndToEnd() {
        assertEquals(0, run("planner"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("planner: placed 14 meetings"), text);
        assertTrue(text.contains("worlds open now: 0"), text);
    }

    @Test
    void bankRunsEndToEnd() {
        assertEquals(0, run("bank"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("payroll failed"));
    }

    @Test
    void unknownSampleAndBadArgumentsPrintUsage() {
        assertEquals(2, run("chess"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown sample 'chess'"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("planner"));
        err.reset();
        assertEquals(2, run("planner", "many"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: java -jar worlds-samples.jar planner [meetings]"));
        assertEquals(2, run());
    }
}
