package dev.worlds.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.worlds.Worlds;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void silentDuringTheFirstSecond() {
        Progress progress = Progress.onStderr("x: ");
        progress.update(() -> {
            throw new AssertionError("the line is not even built");
        });
        progress.done();
    }

    @Test
    void onATerminalOneLineIsRewrittenAndClearedAtTheEnd() {
        Progress progress = Progress.to(err, "search: ", true, 0);
        Worlds.push();
        progress.update(() -> "12 nodes");     // written inside a world ...
        Worlds.pop();                          // ... and the @Untracked fields survive its rollback
        progress.update(() -> "not yet");      // within a second of the last line: nothing
        progress.done();
        String text = bytes.toString(StandardCharsets.UTF_8);
        String line = "search: 12 nodes (0 s)";
        assertEquals("\r" + line + "\r" + " ".repeat(line.length()) + "\r", text);
    }

    @Test
    void redirectedItPrintsWholeLines() {
        Progress progress = Progress.to(err, "search: ", false, 0);
        progress.update(() -> "12 nodes");
        progress.update(() -> "13 nodes");
        progress.done();
        assertEquals("search: 12 nodes (0 s)" + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }
}
