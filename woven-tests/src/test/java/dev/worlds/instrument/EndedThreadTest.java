package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.fixtures.EndedThreadScenarios;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A thread that ends with worlds open does not lock what they saved: on woven classes, the next
 * write of another thread into any of it (an object, a class's statics, an array) rolls every
 * world of the ended thread back, logs one warning, and goes ahead (the scenarios are in
 * {@link EndedThreadScenarios}).
 */
@Timeout(60)
class EndedThreadTest {
    /** Held strongly: {@code java.util.logging} keeps loggers only weakly. */
    private final Logger logger = Logger.getLogger("dev.worlds");
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Handler collector = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel() == Level.WARNING) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final WovenLoader loader = new WovenLoader();

    @BeforeEach
    void collectWarnings() {
        logger.addHandler(collector);
        logger.setUseParentHandlers(false);
    }

    @AfterEach
    void restoreLogger() {
        logger.removeHandler(collector);
        logger.setUseParentHandlers(true);
    }

    @Test
    void aWriteWithoutWorldsRollsBackTheEndedThreadsWorldsAndGoesAhead() {
        String ended = (String) loader.run(EndedThreadScenarios.class, "aWriteWithoutWorldsRollsTheEndedThreadsWorldsBack");
        assertOneWarning(ended, "the static fields of dev.worlds.instrument.fixtures.Settings");
    }

    @Test
    void aWriteInAWorldRollsBackTheEndedThreadsWorldsAndSavesTheRestoredState() {
        String ended = (String) loader.run(EndedThreadScenarios.class,
                "aWriteInAWorldRollsTheEndedThreadsWorldsBackThenSavesTheRestoredState");
        assertOneWarning(ended, "an array int[] of length 8");
    }

    private void assertOneWarning(String endedThread, String firstWrite) {
        assertEquals(1, warnings.size(), () -> "expected one warning, got " + warnings.stream().map(LogRecord::getMessage).toList());
        String message = warnings.get(0).getMessage();
        assertTrue(message.contains("thread '" + endedThread + "' ended with 2 world(s) open"), message);
        assertTrue(message.contains("when it wrote " + firstWrite + " they owned, and its write went ahead"), message);
    }
}
