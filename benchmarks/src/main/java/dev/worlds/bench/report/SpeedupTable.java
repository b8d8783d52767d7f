package dev.worlds.bench.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The table of the benchmarks with a {@code threads} parameter (parallel search): each
 * thread count's score and its speedup over {@code threads=1} of the same benchmark, parameters
 * and run (time at 1 thread / time at N, error propagated), judged against the goal of a speedup
 * of at least {@value #EFFICIENCY_GOAL} times N.
 */
final class SpeedupTable {
    static final String THREADS = "threads";
    /** The parameter value meaning "one thread per core": N is the core count of the run's machine. */
    static final String CORES = "cores";
    static final double EFFICIENCY_GOAL = 0.8;
    private static final String NONE = "–";

    private SpeedupTable() {
    }

    static boolean appliesTo(BenchmarkResult result) {
        return result.params().containsKey(THREADS);
    }

    /**
     * @param cores cores of the machine the run was on ({@code threads=cores}), or 0 if unknown
     */
    static String render(List<BenchmarkResult> results, int cores) {
        Map<String, Map<String, BenchmarkResult>> groups = new LinkedHashMap<>();
        for (BenchmarkResult result : results) {
            Map<String, String> others = new LinkedHashMap<>(result.params());
            others.remove(THREADS);
            groups.computeIfAbsent(result.benchmark() + " " + others, k -> new LinkedHashMap<>())
                    .put(result.params().get(THREADS), result);
        }
        StringBuilder out = new StringBuilder("\nParallel search: each thread count against 1 thread of the same run"
                + " (speedup = time at 1 thread / time at N threads; goal ≥ " + EFFICIENCY_GOAL + " × N).\n\n")
                .append("| benchmark | params | unit | threads | score | speedup | goal |\n")
                .append("|---|---|---|--:|--:|--:|---|\n");
        for (Map<String, BenchmarkResult> byThreads : groups.values()) {
            BenchmarkResult single = byThreads.get("1");
            byThreads.forEach((threads, result) -> {
                int n = threadCount(threads, cores);
                Measurement speedup = single == null ? null : single.score().over(result.score());
                out.append("| ").append(String.join(" | ", result.shortName(), params(result), result.score().unit(),
                        threads.equals(CORES) ? CORES + (n > 0 ? " (" + n + ")" : "") : threads,
                        result.score().format(), speedup == null ? NONE : "**" + speedup.format() + "x**",
                        verdict(n, speedup))).append(" |\n");
            });
        }
        return out.toString();
    }

    /** Met when the whole error bar is at or above 0.8 N, missed when it is all below, else inconclusive. */
    static String verdict(int threads, Measurement speedup) {
        if (threads <= 1 || speedup == null) {
            return "baseline";
        }
        double goal = EFFICIENCY_GOAL * threads;
        String target = String.format(Locale.ROOT, "≥ %.2fx", goal);
        double error = Double.isNaN(speedup.error()) ? 0 : speedup.error();
        String shortfall = String.format(Locale.ROOT, "%+.0f%%", (speedup.score() / goal - 1) * 100);
        if (speedup.score() - error >= goal) {
            return target + ": met";
        }
        if (speedup.score() + error < goal) {
            return target + ": **missed by " + shortfall + "**";
        }
        return target + ": inconclusive (" + shortfall + ", goal inside the error bar)";
    }

    private static int threadCount(String threads, int cores) {
        if (threads.equals(CORES)) {
            return cores;
        }
        try {
            return Integer.parseInt(threads);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String params(BenchmarkResult result) {
        return result.params().entrySet().stream().filter(e -> !e.getKey().equals(THREADS))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
