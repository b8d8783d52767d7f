package dev.worlds.samples;

import dev.worlds.Untracked;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * A progress line for long searches: silent for the first second, then one line on stderr
 * updated about once a second ({@code \r} on a terminal, a new line every ten seconds when
 * stderr is redirected), cleared by {@link #done()}. Short runs, and so the tests, print nothing.
 *
 * <p>Searches call {@link #update} from inside open worlds, so every field it writes is
 * {@code @Untracked}: a rollback must not rewind the clock of the progress line.
 */
public final class Progress {
    private static final long SECOND = 1_000_000_000L;

    private final PrintStream err;
    private final String prefix;
    private final boolean terminal;
    private final long start = System.nanoTime();
    @Untracked
    private long nextLineAt;
    @Untracked
    private int shownWidth;

    private Progress(PrintStream err, String prefix, boolean terminal, long silentNanos) {
        this.err = err;
        this.prefix = prefix;
        this.terminal = terminal;
        this.nextLineAt = start + silentNanos;
    }

    /** A progress line on {@code System.err}, each line starting with {@code prefix}. */
    public static Progress onStderr(String prefix) {
        return new Progress(System.err, prefix, isTerminal(), SECOND);
    }

    /** A progress line on {@code err}, silent for {@code silentNanos}; {@code terminal}: updated in place with {@code \r}. */
    public static Progress to(PrintStream err, String prefix, boolean terminal, long silentNanos) {
        return new Progress(err, prefix, terminal, silentNanos);
    }

    /** True when the JVM runs in a terminal; JDK 22+ may return a Console even when redirected, so ask it. */
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJdk) {
            return true;   // before JDK 22, System.console() is null unless stdin and stdout are a terminal
        }
    }

    /** A progress line that never prints (library use, tests). */
    public static Progress silent() {
        return new Progress(null, "", false, 0);
    }

    /** Shows {@code line} if it is time to; builds it only then. Cheap enough to call every few thousand nodes. */
    public void update(Supplier<String> line) {
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - nextLineAt < 0) {
            return;
        }
        String text = String.format("%s%s (%.0f s)", prefix, line.get(), (now - start) / 1e9);
        if (terminal) {
            err.print("\r" + text + " ".repeat(Math.max(0, shownWidth - text.length())));
            shownWidth = text.length();
            nextLineAt = now + SECOND;
        } else {
            err.println(text);
            nextLineAt = now + 10 * SECOND;
        }
        err.flush();
    }

    /** Clears the progress line, if one is showing. */
    public void done() {
        if (shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            err.flush();
            shownWidth = 0;
        }
    }
}
