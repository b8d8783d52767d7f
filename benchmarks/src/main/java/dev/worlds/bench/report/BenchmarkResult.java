package dev.worlds.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of a JMH JSON result file: benchmark method, parameters, score, the allocation per
 * operation when the run used {@code -prof gc}, and the run settings the report prints.
 */
record BenchmarkResult(String benchmark, Map<String, String> params, Measurement score, Measurement allocation,
        List<Double> forkMeans, Map<String, Object> raw) {
    static final String VARIANT = "variant";
    private static final String ALLOCATION_METRIC = "gc.alloc.rate.norm";

    static List<BenchmarkResult> read(Path file) throws IOException {
        Object parsed = JsonReader.parse(Files.readString(file));
        List<BenchmarkResult> results = new ArrayList<>();
        if (!(parsed instanceof List)) {
            throw new IllegalArgumentException(file + " is not a JMH JSON result file (no top-level array)");
        }
        for (Object entry : (List<?>) parsed) {
            results.add(of(castMap(entry)));
        }
        return results;
    }

    private static BenchmarkResult of(Map<String, Object> entry) {
        Map<String, String> params = new LinkedHashMap<>();
        Object rawParams = entry.get("params");
        if (rawParams instanceof Map) {
            castMap(rawParams).forEach((key, value) -> params.put(key, String.valueOf(value)));
        }
        Measurement allocation = null;
        Object secondary = entry.get("secondaryMetrics");
        if (secondary instanceof Map && castMap(secondary).get(ALLOCATION_METRIC) instanceof Map) {
            allocation = Measurement.of(castMap(castMap(secondary).get(ALLOCATION_METRIC)));
        }
        Map<String, Object> primary = castMap(entry.get("primaryMetric"));
        return new BenchmarkResult(String.valueOf(entry.get("benchmark")), params, Measurement.of(primary),
                allocation, forkMeans(primary.get("rawData")), entry);
    }

    /** Mean score of each fork, from JMH's {@code rawData} (one list of iteration scores per fork). */
    private static List<Double> forkMeans(Object rawData) {
        List<Double> means = new ArrayList<>();
        if (rawData instanceof List) {
            for (Object fork : (List<?>) rawData) {
                List<?> iterations = (List<?>) fork;
                means.add(iterations.stream().mapToDouble(JsonReader::number).average().orElse(Double.NaN));
            }
        }
        return means;
    }

    /** True when the slowest fork's mean is over 1.5 times the fastest's: the JIT differed between forks. */
    boolean forksDisagree() {
        double min = forkMeans.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = forkMeans.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return forkMeans.size() > 1 && max > 1.5 * min;
    }

    /** The {@code variant} parameter, or null for benchmarks without one. */
    String variant() {
        return params.get(VARIANT);
    }

    /** Parameters other than the variant: results that agree on these are compared with each other. */
    Map<String, String> otherParams() {
        Map<String, String> others = new LinkedHashMap<>(params);
        others.remove(VARIANT);
        return others;
    }

    /** The class part of the benchmark name without the package, plus the method. */
    String shortName() {
        int method = benchmark.lastIndexOf('.');
        int type = benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }

    /** A run setting such as {@code forks} or {@code vmVersion}, as text. */
    String setting(String key) {
        Object value = raw.get(key);
        if (value == null) {
            return "?";
        }
        if (value instanceof Double && (Double) value == Math.rint((Double) value)) {
            return String.valueOf(((Double) value).longValue());
        }
        if (value instanceof List) {
            return String.join(" ", ((List<?>) value).stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
