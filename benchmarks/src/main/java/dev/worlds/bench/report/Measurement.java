package dev.worlds.bench.report;

import java.util.Locale;
import java.util.Map;

/**
 * A JMH score with its error (half-width of JMH's 99.9% confidence interval; NaN when the run had
 * too few iterations to give one) and unit.
 */
record Measurement(double score, double error, String unit) {

    /** Reads a JMH metric object ({@code primaryMetric} or one of {@code secondaryMetrics}). */
    static Measurement of(Map<?, ?> metric) {
        return new Measurement(JsonReader.number(metric.get("score")), JsonReader.number(metric.get("scoreError")),
                String.valueOf(metric.get("scoreUnit")));
    }

    /**
     * This score divided by {@code base}'s, with the error propagated to first order from both
     * relative errors: {@code r * sqrt((e1/s1)^2 + (e2/s2)^2)}.
     */
    Measurement over(Measurement base) {
        double ratio = score / base.score;
        double relative = Math.hypot(error / score, base.error / base.score);
        return new Measurement(ratio, ratio * relative, "x");
    }

    /** {@code 12.3 ± 0.4}, with digits suited to the magnitude. */
    String format() {
        String value = digits(score);
        return Double.isNaN(error) ? value : value + " ± " + digits(error);
    }

    private static String digits(double x) {
        double magnitude = Math.abs(x);
        String pattern = magnitude >= 100 ? "%.1f" : magnitude >= 10 ? "%.2f" : magnitude >= 0.1 ? "%.3f" : "%.4f";
        return String.format(Locale.ROOT, pattern, x);
    }
}
