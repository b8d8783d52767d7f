package dev.worlds.bench;

import org.openjdk.jmh.annotations.Fork;

/**
 * Experiment: {@link WriteInWorldBenchmark} on a JVM told never to inline
 * {@code WorldsRuntime.save}. Without the flag, once the barrier's slow path is hot C2 compiles
 * the shared {@code Cell.$worlds$barrier} on its own with {@code save} (and the thread-local
 * lookup and log append) inlined, making it bigger than {@code InlineSmallCode}; every loop
 * compiled after that calls the barrier instead of inlining it ("already compiled into a big
 * method" in {@code -XX:+PrintInlining}), so even saved objects pay a call per write. This run
 * shows what the loops cost when the barrier stays small, that is what a runtime or weaver change
 * that keeps the slow path out of line would buy. Score: ns per cell.
 *
 * <p>Reproduce: {@code benchmarks/run WriteInWorldSaveOutOfLineBenchmark}, or after a build
 * {@code java -jar benchmarks/target/benchmarks.jar WriteInWorldSaveOutOfLineBenchmark -f 3 -wi 3 -i 5 -w 1s -r 1s};
 * see the inlining decisions with {@code -jvmArgsAppend -XX:+UnlockDiagnosticVMOptions -jvmArgsAppend -XX:+PrintInlining}.
 */
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"},
        // Prepended, so that a -jvmArgsAppend on the command line (which replaces the annotation's
        // list) keeps the flag this experiment is about.
        jvmArgsPrepend = {"-XX:CompileCommand=quiet", "-XX:CompileCommand=dontinline,dev.worlds.internal.WorldsRuntime::save"})
public class WriteInWorldSaveOutOfLineBenchmark extends WriteInWorldBenchmark {
}
