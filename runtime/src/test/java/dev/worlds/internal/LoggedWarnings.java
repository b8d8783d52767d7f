package dev.worlds.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what the runtime logs to the {@code dev.worlds} logger (through {@code System.Logger},
 * which the JDK backs with {@code java.util.logging}) while a test runs, and keeps it off the
 * console. Close it to restore the logger.
 */
final class LoggedWarnings extends Handler implements AutoCloseable {
    /** Held strongly: {@code java.util.logging} keeps loggers only weakly, and with them our handler. */
    private final Logger logger = Logger.getLogger("dev.worlds");
    private final boolean parentHandlers = logger.getUseParentHandlers();
    private final List<LogRecord> records = new ArrayList<>();

    LoggedWarnings() {
        logger.addHandler(this);
        logger.setUseParentHandlers(false);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    /** The warnings logged so far. */
    synchronized List<LogRecord> warnings() {
        return records.stream().filter(r -> r.getLevel() == Level.WARNING).toList();
    }

    /** The one warning logged so far; fails if there is none or more than one. */
    LogRecord only() {
        List<LogRecord> warnings = warnings();
        if (warnings.size() != 1) {
            throw new AssertionError("expected one warning, got " + warnings.size() + ": "
                    + warnings.stream().map(LogRecord::getMessage).toList());
        }
        return warnings.get(0);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setUseParentHandlers(parentHandlers);
    }
}
