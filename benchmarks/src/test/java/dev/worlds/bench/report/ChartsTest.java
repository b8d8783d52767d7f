package dev.worlds.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartsTest {
    private static final String NQUEENS = "dev.worlds.bench.search.NQueensBenchmark.countSolutions";

    @TempDir
    Path dir;

    @Test
    void searchChartHasEveryVariantAsARatioToHandUndoOfTheNewestRun() throws Exception {
        NewestGroups.Run older = run("old", "2026-01-01T10:00Z", entry(NQUEENS, "17.0.15", "handUndo", "n", "12", 10, 1),
                entry(NQUEENS, "17.0.15", "choco", "n", "12", 99, 1),
                entry(NQUEENS, "17.0.15", "handUndo", "n", "9", 1, 0.1),
                entry(NQUEENS, "17.0.15", "choco", "n", "9", 1.5, 0.1));
        NewestGroups.Run newer = run("new", "2026-02-01T10:00Z", entry(NQUEENS, "17.0.15", "handUndo", "n", "12", 50, 2),
                entry(NQUEENS, "17.0.15", "choco", "n", "12", 80, 2),
                entry(NQUEENS, "17.0.15", "worlds", "n", "12", 150, 6));
        Map<String, String> charts = Charts.render(List.of(newer, older));
        assertEquals(List.of("search-jdk17.svg"), List.copyOf(charts.keySet()));
        Document svg = SvgBarChartTest.parse(charts.get("search-jdk17.svg"));

        assertEquals(List.of("NQueens n=9", "NQueens n=12"), SvgBarChartTest.texts(svg, "group-label"), "n in numeric order");
        assertEquals(List.of("hand undo 1.000 ms/op · old", "hand undo 50.00 ms/op · new"),
                SvgBarChartTest.texts(svg, "group-note"), "n=12 from the newer run, n=9 only in the older one");
        List<Element> bars = SvgBarChartTest.withClass(svg, "rect", "bar");
        assertEquals(List.of("choco", "worlds", "choco"), bars.stream().map(b -> b.getAttribute("data-series")).toList(),
                "worlds is listed first, the baseline has no bar");
        assertEquals(1.5, ratio(bars.get(0)), 1e-12);
        assertEquals(3.0, ratio(bars.get(1)), 1e-12);
        assertEquals(1.6, ratio(bars.get(2)), 1e-12);
        assertEquals(3.0 * Math.hypot(6 / 150.0, 2 / 50.0), Double.parseDouble(bars.get(1).getAttribute("data-error")), 1e-12);
        assertEquals(1, SvgBarChartTest.withClass(svg, "line", "goal").size(), "the search goal where there is a worlds bar");
        assertTrue(SvgBarChartTest.texts(svg, "subtitle").get(0).contains("JDK 17.0.15"));
    }

    @Test
    void goalChartComparesWithPlainForBenchmarksThatDeclareAGoal() throws Exception {
        String read = "dev.worlds.bench.ReadBenchmark.sumTwoFields";
        String experiment = "dev.worlds.bench.WriteInWorldSaveOutOfLineBenchmark.rewriteTwoFields";
        NewestGroups.Run jdk17 = run("jdk17-run", "", entry(read, "17.0.15", "plain", null, null, 0.4, 0.01),
                entry(read, "17.0.15", "woven", null, null, 0.5, 0.01),
                entry(experiment, "17.0.15", "plain", null, null, 0.3, 0.01),
                entry(experiment, "17.0.15", "woven", null, null, 0.4, 0.01));
        NewestGroups.Run jdk25 = run("jdk25-run", "", entry(read, "25.0.3", "plain", null, null, 0.4, 0.01),
                entry(read, "25.0.3", "woven", null, null, 0.4, 0.01));
        Map<String, String> charts = Charts.render(List.of(jdk17, jdk25));
        assertEquals(List.of("goals-jdk17.svg", "goals-jdk25.svg"), List.copyOf(charts.keySet()), "one chart per JDK");
        Document svg = SvgBarChartTest.parse(charts.get("goals-jdk17.svg"));
        assertEquals(List.of("Read.sumTwoFields"), SvgBarChartTest.texts(svg, "group-label"),
                "the experiment only inherits its goal, so it is left out");
        assertEquals(1.25, ratio(SvgBarChartTest.withClass(svg, "rect", "bar").get(0)), 1e-12);
        assertEquals("1.0", SvgBarChartTest.withClass(svg, "line", "goal").get(0).getAttribute("data-goal"));
        assertFalse(charts.get("goals-jdk25.svg").contains("jdk17-run"));
    }

    @Test
    void collectionBenchmarksHaveAChartOfTheirOwn() throws Exception {
        String get = "dev.worlds.bench.collections.MapBenchmark.get";
        String read = "dev.worlds.bench.ReadBenchmark.sumTwoFields";
        NewestGroups.Run run = run("collections", "", entry(get, "17.0.15", "plain", "kind", "HashMap", 2.0, 0.01),
                entry(get, "17.0.15", "woven", "kind", "HashMap", 2.2, 0.01),
                entry(read, "17.0.15", "plain", null, null, 0.4, 0.01),
                entry(read, "17.0.15", "woven", null, null, 0.4, 0.01));
        Map<String, String> charts = Charts.render(List.of(run));
        assertEquals(List.of("collections-jdk17.svg", "goals-jdk17.svg"), List.copyOf(charts.keySet()));
        Document collections = SvgBarChartTest.parse(charts.get("collections-jdk17.svg"));
        assertEquals(List.of("Map.get"), SvgBarChartTest.texts(collections, "group-label"));
        assertTrue(SvgBarChartTest.texts(collections, "group-note").get(0).startsWith("kind=HashMap · java.util"));
        assertEquals(1.1, ratio(SvgBarChartTest.withClass(collections, "rect", "bar").get(0)), 1e-12);
        assertEquals("1.1", SvgBarChartTest.withClass(collections, "line", "goal").get(0).getAttribute("data-goal"));
        assertEquals(List.of("Read.sumTwoFields"),
                SvgBarChartTest.texts(SvgBarChartTest.parse(charts.get("goals-jdk17.svg")), "group-label"),
                "collections are not repeated on the barrier chart");
    }

    @Test
    void goalChartShowsStaticCompareAsOneMoreSeries() throws Exception {
        String write = "dev.worlds.bench.WriteNoWorldBenchmark.writeTwoFields";
        NewestGroups.Run run = run("barrier", "", entry(write, "17.0.15", "plain", null, null, 0.4, 0.01),
                entry(write, "17.0.15", "woven", null, null, 0.5, 0.01),
                entry(write, "17.0.15", "staticCompare", null, null, 0.44, 0.01));
        Map<String, String> charts = Charts.render(List.of(run));
        assertEquals(List.of("goals-jdk17.svg"), List.copyOf(charts.keySet()), "no search chart for staticCompare");
        List<Element> bars = SvgBarChartTest.withClass(SvgBarChartTest.parse(charts.get("goals-jdk17.svg")), "rect", "bar");
        assertEquals(List.of("woven", "staticCompare"), bars.stream().map(b -> b.getAttribute("data-series")).toList());
        assertEquals(1.1, ratio(bars.get(1)), 1e-12);
    }

    @Test
    void parallelChartShowsEachThreadCountAgainstOneThreadOfTheSameRunWithItsGoal() throws Exception {
        String parallel = "dev.worlds.bench.search.ParallelNQueensBenchmark.countSolutions";
        NewestGroups.Run older = run("old", "2026-01-01T10:00Z", threads(parallel, "1", 100), threads(parallel, "2", 90));
        NewestGroups.Run newer = run("new", "2026-02-01T10:00Z", threads(parallel, "1", 100), threads(parallel, "2", 60),
                threads(parallel, "cores", 55));
        Files.writeString(dir.resolve("new.env"), "machine: test, 2 cores\nrun: 2026-02-01T10:00Z, commit abc\n");
        Map<String, String> charts = Charts.render(List.of(older, NewestGroups.Run.read(dir.resolve("new.json"))));
        assertEquals(List.of("parallel-jdk17.svg"), List.copyOf(charts.keySet()), "no search chart for threads");
        Document svg = SvgBarChartTest.parse(charts.get("parallel-jdk17.svg"));
        assertEquals(List.of("ParallelNQueens n=14, 2 threads", "ParallelNQueens n=14, 2 threads (all cores)"),
                SvgBarChartTest.texts(svg, "group-label"));
        List<Element> bars = SvgBarChartTest.withClass(svg, "rect", "bar");
        assertEquals(0.6, ratio(bars.get(0)), 1e-12, "the newer run's 2 threads over its own 1 thread");
        assertEquals(0.55, ratio(bars.get(1)), 1e-12);
        List<Element> goals = SvgBarChartTest.withClass(svg, "line", "goal");
        assertEquals(List.of("0.625", "0.625"), goals.stream().map(g -> g.getAttribute("data-goal")).toList(),
                "a speedup of 0.8 N on 2 threads, the machine's 2 cores included");
    }

    @Test
    void chocoChartComparesTheEnvironmentsWithTrailing() throws Exception {
        String choco = "dev.worlds.bench.ChocoEnvironmentBenchmark.solve";
        NewestGroups.Run run = run("choco", "", entry(choco, "17.0.15", "trailing", "model", "magic4", 20, 1),
                entry(choco, "17.0.15", "worlds", "model", "magic4", 23, 1),
                entry(choco, "17.0.15", "chunked", "model", "magic4", 21, 1));
        Map<String, String> charts = Charts.render(List.of(run));
        assertEquals(List.of("choco-jdk17.svg"), List.copyOf(charts.keySet()), "not on the search chart");
        Document svg = SvgBarChartTest.parse(charts.get("choco-jdk17.svg"));
        assertEquals(List.of("magic4"), SvgBarChartTest.texts(svg, "group-label"));
        List<Element> bars = SvgBarChartTest.withClass(svg, "rect", "bar");
        assertEquals(List.of("worlds", "chunked"), bars.stream().map(b -> b.getAttribute("data-series")).toList());
        assertEquals(1.15, ratio(bars.get(0)), 1e-12);
        assertEquals("1.1", SvgBarChartTest.withClass(svg, "line", "goal").get(0).getAttribute("data-goal"));
    }

    @Test
    void mainWritesTheChartsIntoTheDirectory() throws IOException {
        Path json = dir.resolve("r.json");
        Files.writeString(json, "[" + entry(NQUEENS, "17.0.15", "handUndo", "n", "10", 2, 0.1) + ","
                + entry(NQUEENS, "17.0.15", "worlds", "n", "10", 3, 0.1) + "]");
        Files.writeString(dir.resolve("r.env"), "machine: test\nrun: 2026-03-04T05:06Z, commit abc\n");
        Charts.main(new String[] {dir.resolve("charts").toString(), json.toString()});
        String svg = Files.readString(dir.resolve("charts/search-jdk17.svg"));
        assertTrue(svg.contains("r (2026-03-04T05:06Z)"), svg);
    }

    @Test
    void jdkFeatureOfOldAndNewVersionStrings() throws IOException {
        assertEquals("17", NewestGroups.jdkFeature(result("17.0.15")));
        assertEquals("25", NewestGroups.jdkFeature(result("25")));
        assertEquals("8", NewestGroups.jdkFeature(result("1.8.0_402")));
    }

    private BenchmarkResult result(String jdk) throws IOException {
        Path json = dir.resolve("v.json");
        Files.writeString(json, "[" + entry(NQUEENS, jdk, "handUndo", null, null, 1, 0) + "]");
        return BenchmarkResult.read(json).get(0);
    }

    private static double ratio(Element bar) {
        return Double.parseDouble(bar.getAttribute("data-ratio"));
    }

    /** A result file with its .env (when a date is given), read back. */
    private NewestGroups.Run run(String name, String date, String... entries) throws IOException {
        Path json = dir.resolve(name + ".json");
        Files.writeString(json, "[" + String.join(",", entries) + "]");
        if (!date.isEmpty()) {
            Files.writeString(dir.resolve(name + ".env"), "machine: test\nrun: " + date + ", commit abc\n");
        }
        return NewestGroups.Run.read(json);
    }

    private static String threads(String benchmark, String threads, double score) {
        return "{\"benchmark\": \"" + benchmark + "\", \"jdkVersion\": \"17.0.15\", \"params\": {\"n\": \"14\", \"threads\": \""
                + threads + "\"}, \"primaryMetric\": {\"score\": " + score + ", \"scoreError\": 1, \"scoreUnit\": \"ms/op\"}}";
    }

    private static String entry(String benchmark, String jdk, String variant, String param, String value,
            double score, double error) {
        String params = "\"variant\": \"" + variant + "\"" + (param == null ? "" : ", \"" + param + "\": \"" + value + "\"");
        return "{\"benchmark\": \"" + benchmark + "\", \"jdkVersion\": \"" + jdk + "\", \"params\": {" + params + "},"
                + " \"primaryMetric\": {\"score\": " + score + ", \"scoreError\": " + error
                + ", \"scoreUnit\": \"ms/op\"}}";
    }
}
