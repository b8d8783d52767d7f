package dev.worlds.bench.report;

import java.util.List;

/**
 * What a ratio chart shows, independent of how it is drawn: groups of bars (one group per
 * benchmark and parameter set), each bar one series' score as a ratio to the baseline of the same
 * run, so the baseline itself is the line at 1×. {@link SvgBarChart} draws it.
 *
 * @param title     the heading
 * @param subtitle  where the numbers come from (JDK, runs, what the error bars are)
 * @param baseline  what 1× is, e.g. "hand-written undo"
 * @param axisTitle the caption of the ratio axis
 * @param goalLabel the legend text of the goal marks, or null when no group has a goal
 * @param series    the bar kinds in legend and drawing order
 * @param groups    the groups, top to bottom
 */
record BarChart(String title, String subtitle, String baseline, String axisTitle, String goalLabel,
        List<Series> series, List<Group> groups) {

    /** One kind of bar: the key is the JMH {@code variant} value, the label is for the legend. */
    record Series(String key, String label, String color) {
    }

    /**
     * One benchmark and parameter set.
     *
     * @param label the group's name, e.g. "NQueens n=12"
     * @param note  a second, smaller line: the baseline's absolute score and the run
     * @param goal  the highest ratio the goal allows, or NaN for none
     * @param bars  the bars in series order; a series the run did not measure has none
     */
    record Group(String label, String note, double goal, List<Bar> bars) {
    }

    /**
     * @param series the {@link Series#key()} this bar belongs to
     * @param ratio  score over the baseline's score, with the propagated error (NaN when unknown)
     * @param detail the tooltip: both absolute scores
     */
    record Bar(String series, Measurement ratio, String detail) {
    }

    /** The series of this key; every bar's series must be listed. */
    Series series(String key) {
        return series.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no series '" + key + "' in " + series));
    }
}
