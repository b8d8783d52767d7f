package dev.worlds.instrument.cli;

import dev.worlds.instrument.ClassDirectoryWeaver;
import dev.worlds.instrument.ClassFilter;
import dev.worlds.instrument.TrackedCollections;
import dev.worlds.instrument.WeaveReport;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Weaves class directories in place from the command line, for builds that are not Maven.
 *
 * <pre>
 * java -jar worlds-instrumenter-cli.jar --include 'com.acme.**' --classpath lib/api.jar build/classes
 * </pre>
 *
 * <p>Exit status: 0 when every selected class is woven or up to date (warnings included), 1 when
 * some class could not be woven (the others are), 2 when the arguments are wrong.
 */
public final class WeaverCli {
    static final int OK = 0;
    static final int WEAVING_ERRORS = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = String.join(System.lineSeparator(),
            "Usage: java -jar worlds-instrumenter-cli.jar [options] <classes-dir>...",
            "",
            "Weaves Worlds' write barriers into the class files of each directory, in place.",
            "Classes woven before are left as they are, so running it again changes nothing.",
            "",
            "Options:",
            "  --include PATTERN    weave only matching classes (repeatable; default: all)",
            "  --exclude PATTERN    never weave matching classes (repeatable; wins over --include)",
            "  --classpath PATH     jars and directories the classes are compiled against, separated",
            "                       by '" + java.io.File.pathSeparator + "' (repeatable); read to learn the class hierarchy",
            "  --read-only-array-method CLASS.METHOD",
            "                       a JDK method that only reads the arrays passed to it, e.g.",
            "                       java.util.zip.CRC32.update or java.util.zip.CRC32.* (repeatable);",
            "                       calls to it are not reported as possibly untracked array writes",
            "  --no-warn-untracked-array-calls",
            "                       do not report calls that hand an array to a JDK method the",
            "                       weaver does not track",
            "  --no-track-collections",
            "                       leave the java.util collections woven code creates or extends",
            "                       as they are, instead of replacing them with tracked ones (from",
            "                       worlds-runtime, which must then be on the classpath) whose",
            "                       contents roll back",
            "  --dry-run            weave and report, but write nothing",
            "  --help               print this help",
            "",
            "Patterns are dotted class names: * matches within one name segment, ** any number",
            "of segments, e.g. com.acme.** or com.acme.**.*Test.",
            "",
            "Exit status: 0 woven (warnings included), 1 some classes could not be woven, 2 bad arguments.");

    private WeaverCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command with these arguments and returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine line;
        ClassDirectoryWeaver weaver;
        try {
            line = CommandLine.parse(args);
            if (line.help) {
                out.println(USAGE_TEXT);
                return OK;
            }
            weaver = ClassDirectoryWeaver.builder()
                    .classDirectories(line.classDirectories)
                    .classpath(line.classpath)
                    .filter(ClassFilter.of(line.includes, line.excludes))
                    .warnUntrackedArrayCalls(line.warnUntrackedArrayCalls)
                    .readOnlyArrayMethods(line.readOnlyArrayMethods)
                    .trackedCollections(line.trackCollections ? TrackedCollections.ON : TrackedCollections.OFF)
                    .dryRun(line.dryRun)
                    .build();
        } catch (CommandLine.UsageException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.println(USAGE_TEXT);
            return USAGE;
        }
        WeaveReport report;
        try {
            report = weaver.weave();
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return WEAVING_ERRORS;
        }
        out.println(report.summary());
        report.warnings().forEach(warning -> out.println("warning: " + warning));
        report.errors().forEach(error -> err.println("error: " + error));
        return report.hasErrors() ? WEAVING_ERRORS : OK;
    }
}
