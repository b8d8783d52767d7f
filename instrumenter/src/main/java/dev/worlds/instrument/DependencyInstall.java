package dev.worlds.instrument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the classes of woven dependency jars into a class directory: checks that no class of the
 * directory would be overwritten, writes each changed file atomically, removes the classes an
 * earlier run put there that no longer belong, and records what is there now.
 */
final class DependencyInstall {
    private final Path classDirectory;
    private final WeaveState state;
    private final DependencyRecord previous;
    private final boolean dryRun;
    private final boolean failOnError;

    DependencyInstall(Path classDirectory, WeaveState state, DependencyRecord previous, boolean dryRun,
            boolean failOnError) {
        this.classDirectory = classDirectory;
        this.state = state;
        this.previous = previous;
        this.dryRun = dryRun;
        this.failOnError = failOnError;
    }

    Map<String, WeaveReport> run(Map<DependencyWeaver.Dependency, WovenJar> jars, String fingerprint) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, String> from = new HashMap<>();
        Map<String, WeaveReport> reports = new LinkedHashMap<>();
        boolean errors = false;
        boolean conflicts = false;
        for (Map.Entry<DependencyWeaver.Dependency, WovenJar> entry : jars.entrySet()) {
            String name = entry.getKey().name();
            WovenJar jar = entry.getValue();
            List<String> jarErrors = new ArrayList<>(jar.report().errors());
            List<String> notes = new ArrayList<>(jar.report().notes());
            Map<String, byte[]> classes = jar.baseClassFiles();
            if (jar.report().examined() == 0) {
                jarErrors.add(noneSelected(name, classes));
            }
            if (jar.versionedClassCount() > 0) {
                int versioned = jar.versionedClassCount();
                notes.add(name + " is a multi-release jar; " + classDirectory + ", which the class path reads like a"
                        + " plain jar, gets its base classes only, woven, used on every Java version (left out: "
                        + versioned + (versioned == 1 ? " versioned class" : " versioned classes")
                        + " under META-INF/versions/).");
            }
            for (Map.Entry<String, byte[]> file : classes.entrySet()) {
                String className = file.getKey();
                if (from.containsKey(className)) {
                    notes.add(name + " and " + from.get(className) + " both have class " + className.replace('/', '.')
                            + "; the one of " + from.get(className) + " is used, as on the class path.");
                    continue;
                }
                String conflict = conflict(name, className, file.getValue());
                if (conflict != null) {
                    jarErrors.add(conflict);
                    conflicts = true;
                    continue;
                }
                files.put(className, file.getValue());
                from.put(className, name);
            }
            errors |= !jarErrors.isEmpty();
            WeaveReport report = jar.report();
            reports.put(name, new WeaveReport(report.examined(), report.woven(), report.upToDate(),
                    report.fieldsTracked(), report.warnings(), jarErrors, dryRun, notes));
        }
        if (dryRun || conflicts || (failOnError && errors)) {
            return reports;
        }
        write(files);
        removeStale(files, reports);
        state.saveDependencies(record(errors ? null : fingerprint, jars, files, from));
        return reports;
    }

    private String conflict(String dependency, String className, byte[] bytes) {
        Path file = classDirectory.resolve(className + ".class");
        byte[] current = DependencyRecord.readIfPresent(file);
        if (current == null || Arrays.equals(current, bytes)) {
            return null;
        }
        DependencyRecord.Installed recorded = previous.classes().get(className);
        if (recorded != null && recorded.hash().equals(WeaveState.hash(current))) {
            return null;
        }
        return file + ": " + dependency + " has a class " + className.replace('/', '.') + ", and so has " + classDirectory
                + " (a class of the project, or one another build step put there): weaving the dependency would"
                + " overwrite it, so nothing of it was written. Rename the project's class; if an earlier build left"
                + " it, delete the compiled classes (mvn clean) and build again.";
    }

    private static String noneSelected(String dependency, Map<String, byte[]> classes) {
        String example = classes.keySet().stream().findFirst()
                .map(name -> topPackages(name) + ".**").orElse("its packages");
        return dependency + ": none of its " + classes.size() + " classes is selected by the includes and excludes,"
                + " so nothing of it would be woven. Add its packages to the includes, e.g. " + example
                + ", or stop listing it among the dependencies to weave.";
    }

    /** {@code org.sat4j} for {@code org/sat4j/core/VecInt}: the first two package segments. */
    private static String topPackages(String internalName) {
        String[] segments = internalName.split("/");
        int keep = Math.min(2, segments.length - 1);
        return keep == 0 ? internalName : String.join(".", Arrays.copyOf(segments, keep));
    }

    private void write(Map<String, byte[]> files) {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = classDirectory.resolve(file.getKey() + ".class");
            if (Arrays.equals(DependencyRecord.readIfPresent(target), file.getValue())) {
                continue;
            }
            try {
                AtomicFileWriter.write(target, file.getValue());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + target + ": " + e + ". Check that the directory is"
                        + " writable and the disk has space, then build again.", e);
            }
        }
    }

    /** Deletes the classes an earlier run put there that this run did not, unless something rewrote them since. */
    private void removeStale(Map<String, byte[]> files, Map<String, WeaveReport> reports) {
        Map<String, Integer> removed = new LinkedHashMap<>();
        for (Map.Entry<String, DependencyRecord.Installed> entry : previous.classes().entrySet()) {
            if (files.containsKey(entry.getKey())) {
                continue;
            }
            Path file = classDirectory.resolve(entry.getKey() + ".class");
            byte[] current = DependencyRecord.readIfPresent(file);
            if (current != null && WeaveState.hash(current).equals(entry.getValue().hash())) {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot delete " + file + ", a class an earlier build wove into "
                            + classDirectory + ": " + e + ". Delete the compiled classes (mvn clean) and build again.", e);
                }
                removed.merge(entry.getValue().dependency(), 1, Integer::sum);
            }
        }
        removed.forEach((dependency, count) -> {
            String note = "removed " + count + (count == 1 ? " class" : " classes") + " of " + dependency + " that an"
                    + " earlier build wove into " + classDirectory + " and this one does not.";
            WeaveReport report = reports.get(dependency);
            reports.put(dependency, report == null
                    ? new WeaveReport(0, 0, 0, 0, List.of(), List.of(), false, List.of(note))
                    : report.withNotes(List.of(note)));
        });
    }

    private static DependencyRecord record(String fingerprint, Map<DependencyWeaver.Dependency, WovenJar> jars,
            Map<String, byte[]> files, Map<String, String> from) {
        List<DependencyRecord.Summary> summaries = new ArrayList<>();
        jars.forEach((dependency, jar) -> summaries.add(new DependencyRecord.Summary(dependency.name(),
                jar.report().examined(), jar.report().woven() + jar.report().upToDate(), jar.report().warnings())));
        Map<String, DependencyRecord.Installed> installed = new HashMap<>();
        files.forEach((name, bytes) -> installed.put(name,
                new DependencyRecord.Installed(from.get(name), WeaveState.hash(bytes))));
        return new DependencyRecord(fingerprint, summaries, installed);
    }
}
