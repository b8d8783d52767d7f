package dev.worlds.instrument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dependency classes that {@link DependencyWeaver} put into a class directory: which class
 * came from which dependency, the hash of the file written, and each dependency's counts and
 * warnings, so that a later run can tell they are up to date, report them again, and remove what
 * it no longer puts there. Kept as lines of tab-separated fields in {@link WeaveState}.
 *
 * @param fingerprint  of the options and jars the classes were woven with; null when the run had
 *                     errors, so that the next run weaves again and reports them again
 * @param dependencies each dependency's counts and warnings, in order
 * @param classes      by internal name
 */
record DependencyRecord(String fingerprint, List<Summary> dependencies, Map<String, Installed> classes) {
    static final DependencyRecord NONE = new DependencyRecord(null, List.of(), Map.of());

    /** One dependency as woven: classes its jar had that the filter selected, and those woven. */
    record Summary(String name, int examined, int woven, List<String> warnings) {
    }

    /** A class file put into the directory, with the SHA-256 of its bytes. */
    record Installed(String dependency, String hash) {
    }

    DependencyRecord {
        dependencies = List.copyOf(dependencies);
        classes = Map.copyOf(classes);
    }

    /** True when every class file is in the directory as it was written. */
    boolean intact(Path classDirectory) {
        for (Map.Entry<String, Installed> entry : classes.entrySet()) {
            byte[] bytes = readIfPresent(classDirectory.resolve(entry.getKey() + ".class"));
            if (bytes == null || !WeaveState.hash(bytes).equals(entry.getValue().hash())) {
                return false;
            }
        }
        return true;
    }

    static byte[] readIfPresent(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read " + file + ": " + e, e);
        }
    }

    String format() {
        StringBuilder text = new StringBuilder();
        text.append("fingerprint\t").append(fingerprint == null ? "-" : fingerprint).append('\n');
        for (Summary summary : dependencies) {
            text.append("dependency\t").append(summary.name()).append('\t').append(summary.examined()).append('\t')
                    .append(summary.woven()).append('\n');
            summary.warnings().forEach(warning -> text.append("warning\t").append(summary.name()).append('\t')
                    .append(warning).append('\n'));
        }
        classes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> text.append("class\t")
                .append(entry.getKey()).append('\t').append(entry.getValue().hash()).append('\t')
                .append(entry.getValue().dependency()).append('\n'));
        return text.toString();
    }

    /** Reads what {@link #format} wrote; an unreadable record reads as none (every class is then woven again). */
    static DependencyRecord parse(String text) {
        try {
            return parseLines(text);
        } catch (RuntimeException e) {
            return NONE;
        }
    }

    private static DependencyRecord parseLines(String text) {
        String fingerprint = null;
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, List<String>> warnings = new LinkedHashMap<>();
        Map<String, Installed> classes = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String[] fields = line.split("\t", -1);
            switch (fields[0]) {
                case "fingerprint" -> fingerprint = fields.length == 2 && !fields[1].equals("-") ? fields[1] : null;
                case "dependency" -> {
                    if (fields.length != 4) {
                        return NONE;
                    }
                    counts.put(fields[1], new int[] {Integer.parseInt(fields[2]), Integer.parseInt(fields[3])});
                }
                case "warning" -> warnings.computeIfAbsent(fields[1], name -> new ArrayList<>())
                        .add(line.substring(fields[0].length() + fields[1].length() + 2));
                case "class" -> {
                    if (fields.length != 4) {
                        return NONE;
                    }
                    classes.put(fields[1], new Installed(fields[3], fields[2]));
                }
                default -> {
                    if (!line.isEmpty()) {
                        return NONE;
                    }
                }
            }
        }
        List<Summary> summaries = new ArrayList<>();
        counts.forEach((name, count) -> summaries.add(new Summary(name, count[0], count[1],
                warnings.getOrDefault(name, List.of()))));
        return new DependencyRecord(fingerprint, summaries, classes);
    }
}
