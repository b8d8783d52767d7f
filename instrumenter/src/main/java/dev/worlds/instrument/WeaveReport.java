package dev.worlds.instrument;

import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link ClassDirectoryWeaver} run did.
 *
 * <pre>{@code
 * WeaveReport report = ClassDirectoryWeaver.builder().classDirectory(classes).build().weave();
 * System.out.println(report.summary());   // Worlds: wove 12 classes (3 up to date), 27 fields tracked, 2 warnings
 * report.warnings().forEach(System.out::println);
 * if (report.hasErrors()) { ... }
 * }</pre>
 *
 * @param examined      class files the filter selected and the weaver read
 * @param woven         classes rewritten by this run (in a dry run: that would have been rewritten)
 * @param upToDate      classes that already carried the woven marker and were left as they were
 * @param fieldsTracked tracked fields (instance and static) declared by the woven classes
 * @param warnings      writes that cannot be tracked, one line each naming class, method and line
 * @param errors        classes that could not be woven (and were left unchanged), one message each
 *                      naming the file, the class and, where one is at fault, the method
 * @param dryRun        true when nothing was written
 * @param notes         what the run changed besides weaving classes, one line each: classes it
 *                      restored because they are no longer selected, a jar's signature it removed
 */
public record WeaveReport(int examined, int woven, int upToDate, int fieldsTracked, List<String> warnings,
        List<String> errors, boolean dryRun, List<String> notes) {

    public WeaveReport {
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    /** A report without notes. */
    public WeaveReport(int examined, int woven, int upToDate, int fieldsTracked, List<String> warnings,
            List<String> errors, boolean dryRun) {
        this(examined, woven, upToDate, fieldsTracked, warnings, errors, dryRun, List.of());
    }

    /** The same report with more notes. */
    public WeaveReport withNotes(List<String> more) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return new WeaveReport(examined, woven, upToDate, fieldsTracked, warnings, errors, dryRun, all);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /**
     * One line for a build log, for example
     * {@code Worlds: wove 12 classes (3 up to date), 27 fields tracked, 2 warnings}; errors are
     * counted when there are any, and a dry run says so.
     */
    public String summary() {
        return summary(dryRun ? "Worlds (dry run, nothing written): would weave " : "Worlds: wove ");
    }

    /**
     * The summary of what was woven from one source, for example
     * {@code Worlds: org.ow2.sat4j:org.ow2.sat4j.core:2.3.6: wove 277 classes (0 up to date), ...}.
     */
    public String summaryOf(String subject) {
        return summary(dryRun ? "Worlds (dry run, nothing written): " + subject + ": would weave "
                : "Worlds: " + subject + ": wove ");
    }

    private String summary(String start) {
        StringBuilder line = new StringBuilder(start);
        line.append(count(woven, "class", "classes"))
                .append(" (").append(upToDate).append(" up to date), ")
                .append(count(fieldsTracked, "field", "fields")).append(" tracked, ")
                .append(count(warnings.size(), "warning", "warnings"));
        if (hasErrors()) {
            line.append(", ").append(count(errors.size(), "error", "errors"));
        }
        return line.toString();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
