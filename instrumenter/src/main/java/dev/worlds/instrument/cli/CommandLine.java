package dev.worlds.instrument.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsed arguments of {@link WeaverCli}. Options take their value as the next argument or
 * after {@code =} ({@code --include com.acme.**} or {@code --include=com.acme.**}); {@code --}
 * ends the options. The inputs are class directories, or one jar with {@code --out}.
 */
final class CommandLine {
    final List<String> includes = new ArrayList<>();
    final List<String> excludes = new ArrayList<>();
    final List<Path> classpath = new ArrayList<>();
    final List<Path> classDirectories = new ArrayList<>();
    final List<String> readOnlyArrayMethods = new ArrayList<>();
    boolean warnUntrackedArrayCalls = true;
    boolean dryRun;
    boolean trackCollections = true;
    boolean failOnError;
    boolean help;
    /** The woven jar to write; null when weaving class directories. */
    Path out;
    /** Where earlier runs over the class directories left what they need; null: none kept. */
    Path stateDirectory;

    /** Arguments that do not make sense; the message says which and why. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static CommandLine parse(String[] args) throws UsageException {
        CommandLine line = new CommandLine();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !arg.startsWith("-")) {
                line.classDirectories.add(Path.of(arg));
                continue;
            }
            int equals = arg.indexOf('=');
            String option = equals < 0 ? arg : arg.substring(0, equals);
            switch (option) {
                case "--" -> optionsEnded = true;
                case "--help", "-h" -> line.help = true;
                case "--dry-run" -> line.dryRun = true;
                case "--no-warn-untracked-array-calls" -> line.warnUntrackedArrayCalls = false;
                case "--no-track-collections" -> line.trackCollections = false;
                case "--fail-on-error" -> line.failOnError = true;
                case "--include", "--exclude", "--classpath", "-cp", "--read-only-array-method", "--out", "-o",
                        "--state" -> {
                    String value;
                    if (equals >= 0) {
                        value = arg.substring(equals + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new UsageException(option + " needs a value.");
                    }
                    line.addValue(option, value);
                }
                default -> throw new UsageException("Unknown option " + arg + ".");
            }
        }
        if (!line.help) {
            line.checkInputs();
        }
        return line;
    }

    /** The woven jar when weaving a jar, else null. */
    Path jar() {
        return out == null ? null : classDirectories.get(0);
    }

    private void checkInputs() throws UsageException {
        if (classDirectories.isEmpty()) {
            throw new UsageException(out == null ? "No class directory given." : "No jar given to weave into " + out + ".");
        }
        if (out == null) {
            for (Path input : classDirectories) {
                if (looksLikeJar(input)) {
                    throw new UsageException(input + " is a jar; weave it into a new jar with --out, e.g. --out "
                            + woven(input) + " " + input + ".");
                }
            }
            return;
        }
        if (classDirectories.size() != 1 || !looksLikeJar(classDirectories.get(0))) {
            throw new UsageException("--out writes the woven copy of one jar; give exactly one jar to weave (other"
                    + " jars and directories it needs go in --classpath), got " + classDirectories + ".");
        }
        if (stateDirectory != null) {
            throw new UsageException("--state keeps what runs over class directories need; a jar is woven whole each"
                    + " time, so leave it out.");
        }
    }

    private static boolean looksLikeJar(Path input) {
        String name = input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return Files.isRegularFile(input) || (!Files.exists(input) && (name.endsWith(".jar") || name.endsWith(".zip")));
    }

    private static Path woven(Path jar) {
        String name = jar.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return jar.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-woven.jar");
    }

    private void addValue(String option, String value) {
        switch (option) {
            case "--include" -> includes.add(value);
            case "--exclude" -> excludes.add(value);
            case "--read-only-array-method" -> readOnlyArrayMethods.add(value);
            case "--out", "-o" -> out = Path.of(value);
            case "--state" -> stateDirectory = Path.of(value);
            default -> {
                for (String entry : value.split(File.pathSeparator)) {
                    if (!entry.isBlank()) {
                        classpath.add(Path.of(entry));
                    }
                }
            }
        }
    }
}
