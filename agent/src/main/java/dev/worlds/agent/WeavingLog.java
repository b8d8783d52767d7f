package dev.worlds.agent;

import dev.worlds.instrument.WeaveResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the agent did, told as it happens on stderr (warnings, classes it could not weave) and
 * summed up at exit: classes woven, fields tracked, warnings, failures and the time spent weaving.
 * Thread-safe: classes are defined on many threads at once.
 */
final class WeavingLog {
    private static final String PREFIX = "worlds-agent: ";

    private final PrintStream err;
    private final AtomicInteger woven = new AtomicInteger();
    private final AtomicInteger alreadyWoven = new AtomicInteger();
    private final AtomicInteger fieldsTracked = new AtomicInteger();
    private final AtomicInteger warnings = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final List<String> failures = new ArrayList<>();
    private final List<Runnable> failureListeners = new CopyOnWriteArrayList<>();

    WeavingLog(PrintStream err) {
        this.err = err;
    }

    /** A class went through the weaver; one already woven (at build time) comes back unchanged. */
    void woven(WeaveResult result, long elapsedNanos) {
        nanos.addAndGet(elapsedNanos);
        if (!result.changed()) {
            alreadyWoven.incrementAndGet();
            return;
        }
        woven.incrementAndGet();
        fieldsTracked.addAndGet(result.trackedFields());
        warnings.addAndGet(result.warnings().size());
        result.warnings().forEach(warning -> err.println(PREFIX + "warning: " + warning));
    }

    /** A class that matched the includes but runs unwoven; the listeners run outside any lock. */
    void failed(String className, ClassLoader loader, String cause, long elapsedNanos) {
        nanos.addAndGet(elapsedNanos);
        String failure = className.replace('/', '.') + " (class loader " + describe(loader) + "): " + cause;
        synchronized (failures) {
            failures.add(failure);
        }
        err.println(PREFIX + "not woven, its writes will not roll back: " + failure);
        failureListeners.forEach(Runnable::run);
    }

    /** A problem of the whole run that is not one class's failure (for example mismatched versions). */
    void warn(String message) {
        err.println(PREFIX + "warning: " + message);
    }

    void onFailure(Runnable listener) {
        failureListeners.add(listener);
    }

    int wovenClasses() {
        return woven.get();
    }

    List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** Every failure, for the first push when failOnError is set; null when there is none. */
    String failureReport() {
        List<String> all = failures();
        if (all.isEmpty()) {
            return null;
        }
        StringBuilder report = new StringBuilder("worlds-agent could not weave ").append(count(all.size(), "class", "classes"))
                .append(" and runs with failOnError=true, so no world may be pushed:");
        all.forEach(failure -> report.append(System.lineSeparator()).append("  ").append(failure));
        return report.append(System.lineSeparator()).append("Fix them, or leave them out with excludes=...; without"
                + " failOnError=true they run unwoven and their writes are not rolled back.").toString();
    }

    /** One line: {@code worlds-agent: wove 120 classes (3 already woven), 410 fields tracked, 2 warnings, ...}. */
    String summary() {
        int classes = woven.get();
        long millis = nanos.get() / 1_000_000;
        String perClass = classes == 0 ? "" : String.format(Locale.ROOT, " (%.1f us per class)", nanos.get() / 1000.0 / classes);
        return PREFIX + "wove " + count(classes, "class", "classes") + " (" + alreadyWoven.get() + " already woven), "
                + count(fieldsTracked.get(), "field", "fields") + " tracked, " + count(warnings.get(), "warning", "warnings")
                + ", " + failures().size() + " not woven; " + millis + " ms weaving" + perClass;
    }

    /** What the agent prints when the JVM exits: the summary if verbose, and the classes it could not weave. */
    void printAtExit(boolean verbose) {
        if (verbose) {
            err.println(summary());
        }
        List<String> all = failures();
        if (!all.isEmpty()) {
            err.println(PREFIX + count(all.size(), "class was", "classes were") + " not woven:");
            all.forEach(failure -> err.println("  " + failure));
        }
    }

    static String describe(ClassLoader loader) {
        String name = loader.getName();
        return (name != null ? name : loader.getClass().getName()) + "@" + Integer.toHexString(System.identityHashCode(loader));
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
