package dev.worlds.bench;

import org.openjdk.jmh.annotations.Fork;

/**
 * Experiment: {@link WriteNoWorldBenchmark} on a JVM told never to inline
 * {@code WorldsRuntime.save}, which keeps the shared barrier method small enough to be inlined
 * into loops even after saves were hot (see {@link WriteInWorldSaveOutOfLineBenchmark}).
 * Score: ns per cell.
 *
 * <p>Reproduce: {@code benchmarks/run WriteNoWorldSaveOutOfLineBenchmark}, or after a build
 * {@code java -jar benchmarks/target/benchmarks.jar WriteNoWorldSaveOutOfLineBenchmark -f 3 -wi 3 -i 5 -w 1s -r 1s}.
 */
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"},
        // Prepended, so that a -jvmArgsAppend on the command line (which replaces the annotation's
        // list) keeps the flag this experiment is about.
        jvmArgsPrepend = {"-XX:CompileCommand=quiet", "-XX:CompileCommand=dontinline,dev.worlds.internal.WorldsRuntime::save"})
public class WriteNoWorldSaveOutOfLineBenchmark extends WriteNoWorldBenchmark {
}
