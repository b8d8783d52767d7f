package dev.worlds.instrument.cli;

import dev.worlds.instrument.ClassDirectoryWeaver;
import dev.worlds.instrument.ClassFilter;
import dev.worlds.instrument.JarWeaver;
import dev.worlds.instrument.TrackedCollections;
import dev.worlds.instrument.WeaveReport;
import dev.worlds.instrument.WeaverBuilder;
import dev.worlds.instrument.WovenJar;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Weaves class directories in place, or a jar into a new jar, from the command line, for builds
 * that are not Maven.
 *
 * <pre>
 * java -jar worlds-instrumenter-cli.jar --include 'com.acme.**' --classpath lib/api.jar build/classes
 * java -jar worlds-instrumenter-cli.jar --out lib/solver-woven.jar lib/solver.jar
 * </pre>
 *
 * <p>Exit status: 0 when every selected class is woven or up to date (warnings included), 1 when
 * some class could not be woven (the others are) or a jar cannot be read or written, 2 when the
 * arguments are wrong.
 */
public final class WeaverCli {
    static final int OK = 0;
    static final int WEAVING_ERRORS = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = String.join(System.lineSeparator(),
            "Usage: java -jar worlds-instrumenter-cli.jar [options] <classes-dir>...",
            "       java -jar worlds-instrumenter-cli.jar [options] --out <woven.jar> <lib.jar>",
            "",
            "Weaves Worlds' write barriers into the class files of each directory, in place, or",
            "into the classes of a jar, written as a new jar. Classes woven before are left as",
            "they are, so running it again changes nothing.",
            "",
            "Options:",
            "  --include PATTERN    weave only matching classes (repeatable; default: all)",
            "  --exclude PATTERN    never weave matching classes (repeatable; wins over --include)",
            "  --classpath PATH     jars and directories the classes are compiled against, separated",
            "                       by '" + java.io.File.pathSeparator + "' (repeatable); read to learn the class hierarchy",
            "  --out FILE           weave the one jar given and write the woven jar to FILE (FILE may",
            "                       be the jar itself; written whole or not at all). Entries, their",
            "                       order, names and the manifest are kept; a signature is removed",
            "                       (the woven classes no longer match it), and so said",
            "  --fail-on-error      with --out, write nothing when a class cannot be woven (default:",
            "                       keep that class as it was, write the rest, exit status 1)",
            "  --state DIR          with class directories: keep the originals of the classes woven",
            "                       and what was reported in DIR, so that a later run with other",
            "                       --include/--exclude restores the classes it no longer weaves,",
            "                       and reports again the warnings of classes that are up to date",
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
            "Exit status: 0 woven (warnings included), 1 some classes could not be woven or a",
            "file could not be read or written, 2 bad arguments.");

    private WeaverCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command with these arguments and returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
            if (line.help) {
                out.println(USAGE_TEXT);
                return OK;
            }
            ClassFilter filter = ClassFilter.of(line.includes, line.excludes);
            return line.jar() == null ? weaveDirectories(line, filter, out, err) : weaveJar(line, filter, out, err);
        } catch (CommandLine.UsageException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.println(USAGE_TEXT);
            return USAGE;
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return WEAVING_ERRORS;
        }
    }

    private static <B extends WeaverBuilder<B>> B withOptions(B builder, CommandLine line, ClassFilter filter) {
        return builder.classpath(line.classpath)
                .filter(filter)
                .warnUntrackedArrayCalls(line.warnUntrackedArrayCalls)
                .readOnlyArrayMethods(line.readOnlyArrayMethods)
                .trackedCollections(collections(line))
                .dryRun(line.dryRun);
    }

    private static int weaveDirectories(CommandLine line, ClassFilter filter, PrintStream out, PrintStream err) {
        ClassDirectoryWeaver.Builder builder = withOptions(ClassDirectoryWeaver.builder(), line, filter)
                .classDirectories(line.classDirectories);
        if (line.stateDirectory != null) {
            builder.stateDirectory(line.stateDirectory);
        }
        ClassDirectoryWeaver weaver = builder.build();
        return print(weaver.weave(), out, err);
    }

    private static int weaveJar(CommandLine line, ClassFilter filter, PrintStream out, PrintStream err) {
        WovenJar woven = withOptions(JarWeaver.builder(), line, filter)
                .jar(line.jar())
                .build()
                .weave();
        int status = print(woven.report(), out, err);
        if (line.dryRun) {
            return status;
        }
        if (status != OK && line.failOnError) {
            err.println("error: nothing written to " + line.out + " (--fail-on-error): fix the classes above, or leave"
                    + " them out with --exclude.");
            return status;
        }
        woven.writeTo(line.out);
        return status;
    }

    private static TrackedCollections collections(CommandLine line) {
        return line.trackCollections ? TrackedCollections.ON : TrackedCollections.OFF;
    }

    private static int print(WeaveReport report, PrintStream out, PrintStream err) {
        out.println(report.summary());
        report.notes().forEach(note -> out.println("note: " + note));
        report.warnings().forEach(warning -> out.println("warning: " + warning));
        report.errors().forEach(error -> err.println("error: " + error));
        return report.hasErrors() ? WEAVING_ERRORS : OK;
    }
}
