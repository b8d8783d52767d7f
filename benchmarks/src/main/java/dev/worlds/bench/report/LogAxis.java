package dev.worlds.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A logarithmic ratio axis from {@code min} to {@code max} (both on the 1-2-5 sequence) mapped to
 * pixels {@code start .. start + length}. Logarithmic so that 2× slower and 2× faster are bars of
 * the same length on either side of 1×. Values outside are clamped to the ends: the chart marks
 * them as cut off and still prints their value.
 */
record LogAxis(double min, double max, double start, double length) {
    /** Ratios beyond these are drawn at the end of the axis. */
    static final double FLOOR = 0.01;
    static final double CAP = 100;

    /**
     * The smallest 1-2-5 range holding every value and 0.5..2 (so that 1× is never at an end),
     * within {@link #FLOOR}..{@link #CAP}.
     */
    static LogAxis covering(List<Double> values, double start, double length) {
        double low = 0.5;
        double high = 2;
        for (double value : values) {
            if (value > 0 && Double.isFinite(value)) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        double min = Math.max(FLOOR, tickAtOrBelow(low));
        double max = Math.min(CAP, tickAtOrAbove(high));
        return new LogAxis(min, max, start, length);
    }

    /** The pixel position of a ratio, clamped to the axis. */
    double position(double ratio) {
        double clamped = Math.max(min, Math.min(max, ratio));
        return start + length * Math.log(clamped / min) / Math.log(max / min);
    }

    boolean isCutOff(double ratio) {
        return ratio > max || ratio < min;
    }

    /** Tick values: every 1-2-5 step, or only powers of ten when the axis spans more than four decades. */
    List<Double> ticks() {
        boolean dense = Math.log10(max / min) <= 4.01;
        List<Double> ticks = new ArrayList<>();
        for (double decade = Math.pow(10, Math.floor(Math.log10(min))); decade <= max; decade *= 10) {
            for (double step : dense ? new double[] {1, 2, 5} : new double[] {1}) {
                double tick = round(decade * step);
                if (tick >= min * 0.9999 && tick <= max * 1.0001) {
                    ticks.add(tick);
                }
            }
        }
        return ticks;
    }

    /** A tick label such as {@code 0.05×}, {@code 1×}, {@code 20×}. */
    static String label(double tick) {
        return (tick >= 1 ? String.format(Locale.ROOT, "%.0f", tick) : String.valueOf(round(tick))) + "×";
    }

    private static double tickAtOrBelow(double value) {
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        double step = value / decade >= 5 ? 5 : value / decade >= 2 ? 2 : 1;
        return round(decade * step);
    }

    private static double tickAtOrAbove(double value) {
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        double step = value / decade <= 1 ? 1 : value / decade <= 2 ? 2 : value / decade <= 5 ? 5 : 10;
        return round(decade * step);
    }

    /** Rounds away the binary noise of powers of ten (0.1 * 5 = 0.5000000000000001). */
    private static double round(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.6g", value));
    }
}
