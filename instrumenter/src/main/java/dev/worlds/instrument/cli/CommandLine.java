package dev.worlds.instrument.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsed arguments of {@link WeaverCli}. Options take their value as the next argument or
 * after {@code =} ({@code --include com.acme.**} or {@code --include=com.acme.**}); {@code --}
 * ends the options.
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
    boolean help;

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
                case "--include", "--exclude", "--classpath", "-cp", "--read-only-array-method" -> {
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
        if (!line.help && line.classDirectories.isEmpty()) {
            throw new UsageException("No class directory given.");
        }
        return line;
    }

    private void addValue(String option, String value) {
        switch (option) {
            case "--include" -> includes.add(value);
            case "--exclude" -> excludes.add(value);
            case "--read-only-array-method" -> readOnlyArrayMethods.add(value);
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
