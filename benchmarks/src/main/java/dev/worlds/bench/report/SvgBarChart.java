package dev.worlds.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link BarChart} as a standalone SVG document, written as text (no library): one row
 * of groups per benchmark, horizontal bars on a {@link LogAxis logarithmic} ratio axis that start
 * at the baseline's 1× line, so a slower variant's bar points right and a faster one's left,
 * with JMH's error as a whisker, the ratio printed beside each bar, the goal as a dashed mark
 * across its group, and a legend. Elements carry {@code class} and {@code data-*} attributes
 * (series, ratio, goal) so that tests and scripts can read the numbers back.
 */
final class SvgBarChart {
    private static final int PLOT_WIDTH = 560;
    private static final int RIGHT = 90;
    /** Widths of an average character at font sizes 12 and 10: text is placed without measuring it. */
    private static final double CHAR_12 = 6.7;
    private static final double CHAR_10 = 5.6;
    private static final int BAR = 14;
    private static final int GAP = 3;
    private static final int GROUP_GAP = 14;
    private static final int MIN_GROUP = 30;
    private static final String FONT = "Helvetica, Arial, sans-serif";
    private static final String GOAL_COLOR = "#D00000";

    private final BarChart chart;
    private final StringBuilder svg = new StringBuilder();
    /** Where the plot starts: right of the longest group label or note. */
    private final int left;
    private final int width;

    private SvgBarChart(BarChart chart) {
        this.chart = chart;
        double labels = 120;
        for (BarChart.Group group : chart.groups()) {
            labels = Math.max(labels, Math.max(group.label().length() * CHAR_12, group.note().length() * CHAR_10));
        }
        left = 16 + (int) Math.ceil(labels) + 12;
        width = left + PLOT_WIDTH + RIGHT;
    }

    /** The chart as an SVG document. */
    static String render(BarChart chart) {
        return new SvgBarChart(chart).document();
    }

    private String document() {
        LogAxis axis = LogAxis.covering(extents(), left, PLOT_WIDTH);
        List<String> subtitle = wrap(chart.subtitle(), (int) ((width - 32) / CHAR_12));
        for (int i = 0; i < subtitle.size(); i++) {
            svg.append(text("subtitle", 16, 46 + 16 * i, "start", 12, "#555555", subtitle.get(i), ""));
        }
        int plotTop = legend(68 + 16 * (subtitle.size() - 1)) + 18;
        List<BarChart.Group> groups = chart.groups();
        int[] tops = new int[groups.size()];
        int[] heights = new int[groups.size()];
        int y = plotTop;
        for (int i = 0; i < groups.size(); i++) {
            tops[i] = y;
            heights[i] = Math.max(MIN_GROUP, groups.get(i).bars().size() * (BAR + GAP) - GAP);
            y += heights[i] + GROUP_GAP;
        }
        int plotBottom = y - GROUP_GAP + 6;
        // Drawn in this order so that bars cover the grid and the 1× line covers the bars' ends.
        grid(axis, plotTop, plotBottom);
        for (int i = 0; i < groups.size(); i++) {
            group(groups.get(i), axis, tops[i], heights[i], i);
        }
        line("baseline", axis.position(1), plotTop - 6, axis.position(1), plotBottom, "#222222", 1.5, null);
        axisLabels(axis, plotBottom);
        int height = plotBottom + 52;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\"" + FONT + "\" font-size=\"12\">\n"
                + "<title>" + escape(chart.title()) + "</title>\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
                + text("title", 16, 26, "start", 16, "#000000", chart.title(), " font-weight=\"bold\"")
                + svg + "</svg>\n";
    }

    /** Every value the axis must hold: ratios with their error bars, and goals. */
    private List<Double> extents() {
        List<Double> values = new ArrayList<>();
        for (BarChart.Group group : chart.groups()) {
            values.add(group.goal());
            for (BarChart.Bar bar : group.bars()) {
                values.add(bar.ratio().score());
                if (Double.isFinite(bar.ratio().error())) {
                    values.add(bar.ratio().score() + bar.ratio().error());
                    values.add(bar.ratio().score() - bar.ratio().error());
                }
            }
        }
        return values;
    }

    /** The legend, wrapped to the width, from y; returns the y of its last row. */
    private int legend(int y) {
        svg.append("<g class=\"legend\">\n");
        int x = 16;
        List<String[]> entries = new ArrayList<>();
        for (BarChart.Series series : chart.series()) {
            entries.add(new String[] {"bar", series.color(), series.label()});
        }
        entries.add(new String[] {"baseline", "#222222", chart.baseline() + " = 1×"});
        if (chart.goalLabel() != null) {
            entries.add(new String[] {"goal", GOAL_COLOR, chart.goalLabel()});
        }
        for (String[] entry : entries) {
            int entryWidth = 26 + (int) Math.ceil(entry[2].length() * CHAR_12) + 18;
            if (x + entryWidth > width - 16 && x > 16) {
                x = 16;
                y += 20;
            }
            if (entry[0].equals("bar")) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"18\" height=\"%d\" fill=\"%s\"/>\n",
                        x, y - 10, BAR - 2, entry[1]));
            } else {
                line(null, x + 9, y - 12, x + 9, y + 4, entry[1], 2, entry[0].equals("goal") ? "4 3" : null);
            }
            svg.append(text(null, x + 24, y, "start", 12, "#222222", entry[2], ""));
            x += entryWidth;
        }
        svg.append("</g>\n");
        return y;
    }

    private void grid(LogAxis axis, int top, int bottom) {
        for (double tick : axis.ticks()) {
            line("grid", axis.position(tick), top - 6, axis.position(tick), bottom, "#e3e3e3", 1, null);
        }
    }

    private void group(BarChart.Group group, LogAxis axis, int top, int height, int index) {
        svg.append("<g class=\"group\">\n");
        if (index % 2 == 1) {
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"band\" x=\"8\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f6f6f6\"/>\n",
                    top - GROUP_GAP / 2, width - 16, height + GROUP_GAP));
        }
        int middle = top + height / 2;
        svg.append(text("group-label", left - 12, middle - 2, "end", 12, "#000000", group.label(), ""));
        svg.append(text("group-note", left - 12, middle + 12, "end", 10, "#666666", group.note(), ""));
        int y = top + Math.max(0, (height - group.bars().size() * (BAR + GAP) + GAP) / 2);
        for (BarChart.Bar bar : group.bars()) {
            bar(bar, axis, y);
            y += BAR + GAP;
        }
        if (Double.isFinite(group.goal())) {
            double x = axis.position(group.goal());
            svg.append(String.format(Locale.ROOT, "<line class=\"goal\" data-goal=\"%s\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\""
                    + " y2=\"%d\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"4 3\"><title>goal: ≤ %s</title></line>\n",
                    group.goal(), x, top - 4, x, top + height + 4, GOAL_COLOR, LogAxis.label(group.goal())));
        }
        svg.append("</g>\n");
    }

    private void bar(BarChart.Bar bar, LogAxis axis, int y) {
        double ratio = bar.ratio().score();
        double error = bar.ratio().error();
        double one = axis.position(1);
        double end = axis.position(ratio);
        double left = Math.min(one, end);
        double width = Math.max(1, Math.abs(end - one));
        svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" data-series=\"%s\" data-ratio=\"%s\" data-error=\"%s\""
                + " x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>\n",
                escape(bar.series()), ratio, error, left, y, width, BAR, chart.series(bar.series()).color(),
                escape(bar.detail())));
        double right = Math.max(one, end);
        if (Double.isFinite(error) && error > 0) {
            double low = axis.position(ratio - error);
            double high = axis.position(ratio + error);
            int middle = y + BAR / 2;
            line("error", low, middle, high, middle, "#333333", 1, null);
            line("error", low, middle - 3, low, middle + 3, "#333333", 1, null);
            line("error", high, middle - 3, high, middle + 3, "#333333", 1, null);
            right = Math.max(right, high);
        }
        String value = format(ratio) + (axis.isCutOff(ratio) ? " (off scale)" : "");
        svg.append(text("value", right + 4, y + BAR - 3, "start", 11, "#222222", value, ""));
    }

    private void axisLabels(LogAxis axis, int bottom) {
        for (double tick : axis.ticks()) {
            svg.append(text("tick", axis.position(tick), bottom + 16, "middle", 11, "#444444", LogAxis.label(tick), ""));
        }
        svg.append(text("axis-title", left + PLOT_WIDTH / 2.0, bottom + 38, "middle", 12, "#222222",
                chart.axisTitle(), ""));
    }

    /** A ratio as the labels print it: three significant digits, at most. */
    static String format(double ratio) {
        String pattern = ratio >= 100 ? "%.0f" : ratio >= 10 ? "%.1f" : ratio >= 0.1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, ratio) + "×";
    }

    /** Splits text at spaces into lines of at most {@code columns} characters (a longer word stays whole). */
    static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > columns) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private void line(String cssClass, double x1, double y1, double x2, double y2, String color, double width,
            String dashes) {
        svg.append(String.format(Locale.ROOT, "<line%s x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                + " stroke-width=\"%s\"%s/>\n", cssClass == null ? "" : " class=\"" + cssClass + "\"", x1, y1, x2, y2,
                color, width, dashes == null ? "" : " stroke-dasharray=\"" + dashes + "\""));
    }

    private static String text(String cssClass, double x, double y, String anchor, int size, String color,
            String content, String extra) {
        return String.format(Locale.ROOT, "<text%s x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\""
                + " fill=\"%s\"%s>%s</text>\n", cssClass == null ? "" : " class=\"" + cssClass + "\"", x, y, anchor,
                size, color, extra, escape(content));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
