package dev.worlds.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks, among several result files, the newest measurement of each benchmark and parameter set
 * (a "group": its results keyed by variant, all from one run). Runs are ordered by the
 * {@code run:} date that {@code benchmarks/run} writes into {@code NAME.env}, then by file name;
 * a file without a date counts as oldest. Used by {@link Charts}, which draws one chart from
 * many partial runs without ever dividing scores of two runs.
 */
final class NewestGroups {
    private static final Pattern RUN_DATE = Pattern.compile("^run: (\\S+?),", Pattern.MULTILINE);

    /**
     * One result file: its name without {@code .json}, its run date (or ""), the core count of the
     * machine it ran on (0 when unknown) and its results.
     */
    record Run(String name, String date, int cores, List<BenchmarkResult> results) {
        static Run read(Path file) throws IOException {
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            Path env = file.resolveSibling(name + ".env");
            Matcher date = RUN_DATE.matcher(Files.isRegularFile(env) ? Files.readString(env) : "");
            return new Run(name, date.find() ? date.group(1) : "", RatioTable.cores(env), BenchmarkResult.read(file));
        }
    }

    /** One group of results of one run, keyed by variant. */
    record Picked(Run run, Map<String, BenchmarkResult> byVariant) {
        BenchmarkResult any() {
            return byVariant.values().iterator().next();
        }
    }

    private NewestGroups() {
    }

    /**
     * For each group of this JDK's results that {@code include} accepts, the one of the newest run;
     * ordered by benchmark, then by parameter values (numbers as numbers).
     */
    static List<Picked> newest(List<Run> runs, String jdk, Predicate<Map<String, BenchmarkResult>> include) {
        Map<String, Picked> picked = new LinkedHashMap<>();
        for (Run run : newestFirst(runs)) {
            List<BenchmarkResult> ofJdk = run.results().stream().filter(r -> jdkFeature(r).equals(jdk)).toList();
            RatioTable.group(ofJdk).forEach((key, byVariant) -> {
                if (include.test(byVariant) && !picked.containsKey(key)) {
                    picked.put(key, new Picked(run, byVariant));
                }
            });
        }
        List<Picked> ordered = new ArrayList<>(picked.values());
        ordered.sort(Comparator.comparing((Picked p) -> p.any().benchmark()).thenComparing(NewestGroups::compareParams));
        return ordered;
    }

    /** The runs, newest first: by run date, then by name. */
    static List<Run> newestFirst(List<Run> runs) {
        List<Run> ordered = new ArrayList<>(runs);
        ordered.sort(Comparator.comparing(Run::date).thenComparing(Run::name).reversed());
        return ordered;
    }

    private static int compareParams(Picked a, Picked b) {
        List<String> first = List.copyOf(a.any().otherParams().values());
        List<String> second = List.copyOf(b.any().otherParams().values());
        for (int i = 0; i < Math.min(first.size(), second.size()); i++) {
            int order;
            try {
                order = Double.compare(Double.parseDouble(first.get(i)), Double.parseDouble(second.get(i)));
            } catch (NumberFormatException e) {
                order = first.get(i).compareTo(second.get(i));
            }
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(first.size(), second.size());
    }

    /** "17" for a result of JDK 17.0.15, "8" for 1.8.0_402. */
    static String jdkFeature(BenchmarkResult result) {
        String version = result.setting("jdkVersion");
        String[] parts = version.split("[._+-]");
        return parts[0].equals("1") && parts.length > 1 ? parts[1] : parts[0];
    }
}
