package dev.worlds.bench.report;

import dev.worlds.bench.report.NewestGroups.Picked;
import dev.worlds.bench.report.NewestGroups.Run;
import dev.worlds.bench.search.SearchVariants;
import dev.worlds.bench.support.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Renders JMH result files as SVG charts, per JDK feature release found in them:
 * <ul>
 * <li>{@code search-jdkN.svg}: every search benchmark and parameter set, each variant's time as a
 * ratio to {@code handUndo}, with the search goal (Worlds ≤ {@value #SEARCH_GOAL}× hand undo);
 * <li>{@code goals-jdkN.svg}: the benchmarks that declare a {@link RatioGoal}, woven and hand
 * undo as ratios to plain, each with its goal;
 * <li>{@code collections-jdkN.svg}: the tracked collection benchmarks (package
 * {@code dev.worlds.bench.collections}) that declare a {@link RatioGoal}, tracked as a ratio to
 * {@code java.util}, each with its goal;
 * <li>{@code parallel-jdkN.svg}: the parallel search benchmarks, each thread count's time as a
 * ratio to one thread ({@link ParallelChart});
 * <li>{@code choco-jdkN.svg}: Choco's environments as ratios to its {@code trailing}, with the goal
 * Worlds ≤ {@value #CHOCO_GOAL}× trailing.
 * </ul>
 * Each group (benchmark and parameter set) is taken from the newest run that measured it
 * ({@link NewestGroups}). A bar's ratio always divides two scores of one run; the group's note
 * names the run.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.worlds.bench.report.Charts \
 *     benchmarks/charts benchmarks/results/*.json
 * </pre>
 */
public final class Charts {
    /** The search goal: "search ≤ 1.2x hand-written undo". */
    static final double SEARCH_GOAL = 1.2;
    /** The Choco goal: "WorldsEnvironment ≤ 1.1x Choco's EnvironmentTrailing". */
    static final double CHOCO_GOAL = 1.1;
    /** The variants of {@code ChocoEnvironmentBenchmark}: its baseline and the two compared with it. */
    private static final String TRAILING = "trailing";
    private static final String CHUNKED = "chunked";
    private static final String HAND_UNDO = Variant.HAND_UNDO.paramName();
    private static final String PLAIN = Variant.PLAIN.paramName();
    private static final String WOVEN = Variant.WOVEN.paramName();
    private static final String COLLECTIONS_PACKAGE = "dev.worlds.bench.collections.";
    private static final Map<String, BarChart.Series> KNOWN_SERIES = Map.of(
            SearchVariants.WORLDS, new BarChart.Series(SearchVariants.WORLDS, "Worlds (woven, push/pop)", "#0072B2"),
            SearchVariants.CHOCO, new BarChart.Series(SearchVariants.CHOCO, "Choco trailing", "#E69F00"),
            SearchVariants.COPYING, new BarChart.Series(SearchVariants.COPYING, "copying", "#009E73"),
            SearchVariants.NO_UNDO, new BarChart.Series(SearchVariants.NO_UNDO, "no undo (state in arguments)", "#999999"),
            SearchVariants.PUSH_POP_ONLY, new BarChart.Series(SearchVariants.PUSH_POP_ONLY,
                    "hand undo in worlds that save nothing", "#56B4E9"),
            WOVEN, new BarChart.Series(WOVEN, "Worlds (woven)", "#0072B2"),
            HAND_UNDO, new BarChart.Series(HAND_UNDO, "hand-written undo", "#CC79A7"),
            CHUNKED, new BarChart.Series(CHUNKED, "Choco chunked trailing", "#E69F00"));
    private static final List<String> OTHER_COLORS = List.of("#56B4E9", "#F0E442", "#000000", "#882255");

    private Charts() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: Charts OUTPUT_DIRECTORY RESULT.json...");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        List<Run> runs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            runs.add(Run.read(Path.of(args[i])));
        }
        Files.createDirectories(directory);
        for (Map.Entry<String, String> chart : render(runs).entrySet()) {
            Files.writeString(directory.resolve(chart.getKey()), chart.getValue());
            System.out.println("Wrote " + directory.resolve(chart.getKey()));
        }
    }

    /** File name to SVG text, for every chart the runs have data for. */
    static Map<String, String> render(List<Run> runs) {
        Set<String> jdks = runs.stream().flatMap(run -> run.results().stream()).map(NewestGroups::jdkFeature)
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, String> files = new TreeMap<>();
        for (String jdk : jdks) {
            List<Picked> search = NewestGroups.newest(runs, jdk,
                    g -> RatioTable.isSearch(g) && g.containsKey(HAND_UNDO));
            if (!search.isEmpty()) {
                files.put("search-jdk" + jdk + ".svg", SvgBarChart.render(searchChart(search)));
            }
            List<Picked> goals = NewestGroups.newest(runs, jdk, g -> hasGoal(g) && !isCollections(g));
            if (!goals.isEmpty()) {
                files.put("goals-jdk" + jdk + ".svg", SvgBarChart.render(goalChart(goals)));
            }
            List<Picked> collections = NewestGroups.newest(runs, jdk, g -> hasGoal(g) && isCollections(g));
            if (!collections.isEmpty()) {
                files.put("collections-jdk" + jdk + ".svg", SvgBarChart.render(collectionsChart(collections)));
            }
            BarChart parallel = ParallelChart.of(runs, jdk);
            if (parallel != null) {
                files.put("parallel-jdk" + jdk + ".svg", SvgBarChart.render(parallel));
            }
            List<Picked> choco = NewestGroups.newest(runs, jdk, g -> RatioTable.isSearch(g) && g.containsKey(TRAILING));
            if (!choco.isEmpty()) {
                files.put("choco-jdk" + jdk + ".svg", SvgBarChart.render(chocoChart(choco)));
            }
        }
        return files;
    }

    static BarChart searchChart(List<Picked> picked) {
        List<BarChart.Series> series = series(picked, List.of(SearchVariants.WORLDS, SearchVariants.PUSH_POP_ONLY,
                SearchVariants.CHOCO, SearchVariants.COPYING, SearchVariants.NO_UNDO), HAND_UNDO);
        List<BarChart.Group> groups = new ArrayList<>();
        for (Picked group : picked) {
            BenchmarkResult any = group.any();
            String label = className(any) + (any.otherParams().isEmpty() ? "" : " " + params(any));
            groups.add(group(group, series, HAND_UNDO, "hand undo", label, "",
                    group.byVariant().containsKey(SearchVariants.WORLDS) ? SEARCH_GOAL : Double.NaN));
        }
        return new BarChart("Backtracking search: time relative to hand-written undo (lower is better)",
                subtitle(picked), "hand-written undo", "time / hand-written undo of the same run (log scale)",
                "goal: Worlds ≤ " + SvgBarChart.format(SEARCH_GOAL) + " hand undo", series, groups);
    }

    static BarChart chocoChart(List<Picked> picked) {
        List<BarChart.Series> series = series(picked, List.of(SearchVariants.WORLDS, CHUNKED), TRAILING).stream()
                .map(s -> s.key().equals(SearchVariants.WORLDS) ? new BarChart.Series(s.key(), "WorldsEnvironment", s.color()) : s)
                .toList();
        List<BarChart.Group> groups = new ArrayList<>();
        for (Picked group : picked) {
            BenchmarkResult any = group.any();
            groups.add(group(group, series, TRAILING, "trailing", String.join(" ", any.otherParams().values()), "",
                    group.byVariant().containsKey(SearchVariants.WORLDS) ? CHOCO_GOAL : Double.NaN));
        }
        return new BarChart("Choco solver: time relative to its own trailing environment (lower is better)",
                subtitle(picked), "Choco's EnvironmentTrailing", "time / trailing of the same run (log scale)",
                "goal: WorldsEnvironment ≤ " + SvgBarChart.format(CHOCO_GOAL) + " trailing",
                series, groups);
    }

    private static boolean hasGoal(Map<String, BenchmarkResult> group) {
        return group.containsKey(PLAIN) && group.containsKey(WOVEN)
                && GoalLookup.declaredGoal(group.values().iterator().next().benchmark()) != null;
    }

    private static boolean isCollections(Map<String, BenchmarkResult> group) {
        return group.values().iterator().next().benchmark().startsWith(COLLECTIONS_PACKAGE);
    }

    static BarChart goalChart(List<Picked> picked) {
        return new BarChart("Write barrier: time relative to the same code unwoven (lower is better)",
                subtitle(picked), "plain (unwoven)", "time / plain code of the same run (log scale)",
                "goal for Worlds / plain", series(picked, List.of(WOVEN, HAND_UNDO), PLAIN), goalGroups(picked, "plain"));
    }

    static BarChart collectionsChart(List<Picked> picked) {
        return new BarChart("Tracked collections, no world open: time relative to java.util (lower is better)",
                subtitle(picked), "java.util", "time / the java.util class of the same run (log scale)",
                "goal for tracked / java.util", series(picked, List.of(WOVEN), PLAIN), goalGroups(picked, "java.util"));
    }

    /** One group per benchmark and parameter set, its bars as ratios to plain, with its declared goal. */
    private static List<BarChart.Group> goalGroups(List<Picked> picked, String baselineName) {
        List<BarChart.Series> series = series(picked, List.of(WOVEN, HAND_UNDO), PLAIN);
        List<BarChart.Group> groups = new ArrayList<>();
        for (Picked group : picked) {
            BenchmarkResult any = group.any();
            String label = className(any) + "." + any.benchmark().substring(any.benchmark().lastIndexOf('.') + 1);
            String params = any.otherParams().isEmpty() ? "" : params(any) + " · ";
            groups.add(group(group, series, PLAIN, baselineName, label, params,
                    GoalLookup.declaredGoal(any.benchmark()).wovenOverPlain()));
        }
        return groups;
    }

    private static BarChart.Group group(Picked picked, List<BarChart.Series> series, String baselineKey,
            String baselineName, String label, String notePrefix, double goal) {
        Measurement baseline = picked.byVariant().get(baselineKey).score();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (BarChart.Series s : series) {
            BenchmarkResult result = picked.byVariant().get(s.key());
            if (result != null) {
                bars.add(new BarChart.Bar(s.key(), result.score().over(baseline), s.key() + ": "
                        + result.score().format() + " " + baseline.unit() + ", " + baselineName + " "
                        + baseline.format() + " " + baseline.unit() + " (" + picked.run().name() + ")"));
            }
        }
        String note = notePrefix + baselineName + " " + new Measurement(baseline.score(), Double.NaN, "").format()
                + " " + baseline.unit() + " · " + picked.run().name();
        return new BarChart.Group(label, note, goal, bars);
    }

    /** The series the groups have, {@code preferred} first, then any other in run order; not the baseline. */
    private static List<BarChart.Series> series(List<Picked> picked, List<String> preferred, String baseline) {
        Set<String> present = new LinkedHashSet<>();
        picked.forEach(p -> present.addAll(p.byVariant().keySet()));
        present.remove(baseline);
        List<String> keys = new ArrayList<>(preferred.stream().filter(present::contains).toList());
        present.stream().filter(key -> !keys.contains(key)).forEach(keys::add);
        List<BarChart.Series> series = new ArrayList<>();
        int other = 0;
        for (String key : keys) {
            BarChart.Series known = KNOWN_SERIES.get(key);
            series.add(known != null ? known
                    : new BarChart.Series(key, key, OTHER_COLORS.get(other++ % OTHER_COLORS.size())));
        }
        return series;
    }

    /** "JMH average time, JDK 17.0.15, run jdk17-search (2026-11-26T00:10Z), ..." */
    static String subtitle(List<Picked> picked) {
        Set<String> versions = new LinkedHashSet<>();
        Set<String> runs = new LinkedHashSet<>();
        for (Picked p : picked) {
            versions.add(p.any().setting("jdkVersion"));
            runs.add(p.run().name() + (p.run().date().isEmpty() ? "" : " (" + p.run().date() + ")"));
        }
        return "JMH average time, JDK " + String.join(" / ", versions) + "; run" + (runs.size() > 1 ? "s " : " ")
                + String.join(", ", runs) + "; whiskers: 99.9% confidence";
    }

    static String className(BenchmarkResult result) {
        String type = result.shortName().substring(0, result.shortName().indexOf('.'));
        return type.endsWith("Benchmark") ? type.substring(0, type.length() - "Benchmark".length()) : type;
    }

    private static String params(BenchmarkResult result) {
        return result.otherParams().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
