package dev.worlds.bench.report;

import dev.worlds.bench.report.NewestGroups.Picked;
import dev.worlds.bench.report.NewestGroups.Run;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The chart of the parallel search benchmarks (those with a {@code threads} parameter): for each
 * benchmark, parameter set and thread count N other than 1, the time on N threads as a ratio to
 * {@code threads=1} of the same run, so lower is better and the goal of a speedup of at least
 * {@value SpeedupTable#EFFICIENCY_GOAL} × N is a ratio of at most 1 / (0.8 N). Each benchmark and
 * parameter set is taken from the newest run that measured it on one thread.
 */
final class ParallelChart {
    static final String SERIES = "parallelSearch";
    private static final BarChart.Series PARALLEL = new BarChart.Series(SERIES, "ParallelSearch on N threads", "#0072B2");

    private ParallelChart() {
    }

    /** The chart of this JDK's parallel search results, or null when the runs have none. */
    static BarChart of(List<Run> runs, String jdk) {
        Map<String, Picked> newest = new LinkedHashMap<>();
        for (Run run : NewestGroups.newestFirst(runs)) {
            Map<String, Map<String, BenchmarkResult>> byThreads = new LinkedHashMap<>();
            for (BenchmarkResult result : run.results()) {
                if (SpeedupTable.appliesTo(result) && NewestGroups.jdkFeature(result).equals(jdk)) {
                    Map<String, String> others = new LinkedHashMap<>(result.params());
                    others.remove(SpeedupTable.THREADS);
                    byThreads.computeIfAbsent(result.benchmark() + " " + others, k -> new LinkedHashMap<>())
                            .put(result.params().get(SpeedupTable.THREADS), result);
                }
            }
            byThreads.forEach((key, group) -> {
                if (group.containsKey("1")) {
                    newest.putIfAbsent(key, new Picked(run, group));
                }
            });
        }
        if (newest.isEmpty()) {
            return null;
        }
        List<BarChart.Group> groups = new ArrayList<>();
        for (Picked picked : newest.values()) {
            Measurement single = picked.byVariant().get("1").score();
            picked.byVariant().forEach((threads, result) -> {
                if (!threads.equals("1")) {
                    groups.add(group(picked.run(), threads, result, single));
                }
            });
        }
        return new BarChart("Parallel search: time on N threads relative to 1 thread (lower is better)",
                Charts.subtitle(List.copyOf(newest.values())), "1 thread", "time / 1 thread of the same run (log scale)",
                "goal: speedup ≥ " + SpeedupTable.EFFICIENCY_GOAL + " × N, so time ≤ 1 / (" + SpeedupTable.EFFICIENCY_GOAL
                        + " N)", List.of(PARALLEL), groups);
    }

    private static BarChart.Group group(Run run, String threads, BenchmarkResult result, Measurement single) {
        int n = threads.equals(SpeedupTable.CORES) ? run.cores() : Integer.parseInt(threads);
        String count = !threads.equals(SpeedupTable.CORES) ? threads + " threads"
                : n > 0 ? n + " threads (all cores)" : "all cores";
        String params = result.params().entrySet().stream().filter(e -> !e.getKey().equals(SpeedupTable.THREADS))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        String label = Charts.className(result) + (params.isEmpty() ? "" : " " + params) + ", " + count;
        Measurement ratio = result.score().over(single);
        String detail = SERIES + ": " + result.score().format() + " " + single.unit() + " on " + count + ", "
                + single.format() + " " + single.unit() + " on 1 (" + run.name() + ")";
        String note = "1 thread " + new Measurement(single.score(), Double.NaN, "").format() + " " + single.unit()
                + " · " + run.name();
        double goal = n > 0 ? 1 / (SpeedupTable.EFFICIENCY_GOAL * n) : Double.NaN;
        return new BarChart.Group(label, note, goal, List.of(new BarChart.Bar(SERIES, ratio, detail)));
    }
}
