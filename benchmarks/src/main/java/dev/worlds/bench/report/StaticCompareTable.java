package dev.worlds.bench.report;

import dev.worlds.bench.support.Variant;
import java.util.Collection;
import java.util.Map;

/**
 * The table of RESULTS.md that compares the write barrier before and after the thread-ownership
 * check: for every group of the plain/woven table that has a {@code staticCompare} result (the
 * woven code with the old barrier, {@link Variant#STATIC_COMPARE}), both scores, their ratio,
 * and each one against plain. Empty when no group has one, so runs without the variant render as
 * before.
 */
final class StaticCompareTable {
    static final String TITLE = "Barrier before and after the thread-ownership check";
    private static final String PLAIN = Variant.PLAIN.paramName();
    private static final String WOVEN = Variant.WOVEN.paramName();
    private static final String STATIC_COMPARE = Variant.STATIC_COMPARE.paramName();

    private StaticCompareTable() {
    }

    static String render(Collection<Map<String, BenchmarkResult>> groups) {
        StringBuilder out = new StringBuilder();
        for (Map<String, BenchmarkResult> byVariant : groups) {
            if (byVariant.containsKey(STATIC_COMPARE)) {
                out.append(row(byVariant)).append('\n');
            }
        }
        if (out.length() == 0) {
            return "";
        }
        return "\n" + TITLE + " (`staticCompare`: the woven code with its barrier cut back to the one before"
                + " any thread check, `if (o.stamp != currentWorldOfAllThreads) save(o)`; `woven`: the weaver's barrier at"
                + " the run's commit):\n\n"
                + "| benchmark | params | unit | static compare | woven | woven / static compare | woven / plain"
                + " | static compare / plain |\n"
                + "|---|---|---|--:|--:|--:|--:|--:|\n" + out;
    }

    private static String row(Map<String, BenchmarkResult> byVariant) {
        BenchmarkResult staticResult = byVariant.get(STATIC_COMPARE);
        Measurement staticCompare = staticResult.score();
        Measurement woven = RatioTable.score(byVariant.get(WOVEN));
        Measurement plain = RatioTable.score(byVariant.get(PLAIN));
        return "| " + String.join(" | ", staticResult.shortName(), RatioTable.params(staticResult),
                staticCompare.unit(), RatioTable.text(staticCompare), RatioTable.text(woven),
                RatioTable.ratio(woven == null ? null : woven.over(staticCompare)),
                RatioTable.ratio(woven == null || plain == null ? null : woven.over(plain)),
                RatioTable.ratio(plain == null ? null : staticCompare.over(plain))) + " |";
    }
}
