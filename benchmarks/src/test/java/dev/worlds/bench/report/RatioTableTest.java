package dev.worlds.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatioTableTest {
    @TempDir
    Path dir;

    @Test
    void readsJmhJson() {
        Object parsed = JsonReader.parse("[{\"a\": [1, 2.5e1, \"NaN\", true, null], \"b\": \"x\\\"y\\u0041\"}]");
        Map<?, ?> entry = (Map<?, ?>) ((List<?>) parsed).get(0);
        List<?> a = (List<?>) entry.get("a");
        assertEquals(25.0, a.get(1));
        assertTrue(Double.isNaN(JsonReader.number(a.get(2))));
        assertEquals("x\"yA", entry.get("b"));
    }

    @Test
    void rendersRatiosOfOneRun() throws IOException {
        Path json = dir.resolve("run.json");
        Files.writeString(json, "[" + entry("plain", 2.0, 0.1) + "," + entry("woven", 3.0, 0.1) + ","
                + entry("handUndo", 1.5, 0.1) + "]");
        String section = RatioTable.section(json);
        assertTrue(section.contains("## run"), section);
        assertTrue(section.contains("| **1.500 ± 0.0901x** |"), section);
        assertTrue(section.contains("| **2.000 ± 0.149x** |"), section);
    }

    @Test
    void rendersStaticCompareAgainstWovenAndPlainInItsOwnTable() throws IOException {
        Path json = dir.resolve("barrier.json");
        Files.writeString(json, "[" + entry("plain", 2.0, 0.0) + "," + entry("woven", 3.0, 0.0) + ","
                + entry("staticCompare", 2.5, 0.0) + "," + entry("handUndo", 1.5, 0.0) + "]");
        String section = RatioTable.section(json);
        assertTrue(section.contains(StaticCompareTable.TITLE), section);
        assertTrue(section.contains("| Missing.run |  | ns/op | 2.500 ± 0.0000 | 3.000 ± 0.0000 | **1.200 ± 0.0000x**"
                + " | **1.500 ± 0.0000x** | **1.250 ± 0.0000x** |"), section);
        // The plain/woven/hand-undo row is the one a run without staticCompare gets.
        assertTrue(section.contains("| Missing.run |  | ns/op | 2.000 ± 0.0000 | 3.000 ± 0.0000 | 1.500 ± 0.0000"
                + " | **1.500 ± 0.0000x** | **2.000 ± 0.0000x** |"), section);
        assertFalse(section.contains("Search benchmarks"), section);
    }

    @Test
    void noStaticCompareTableWithoutTheVariant() throws IOException {
        Path json = dir.resolve("run.json");
        Files.writeString(json, "[" + entry("plain", 2.0, 0.1) + "," + entry("woven", 3.0, 0.1) + "]");
        assertFalse(RatioTable.section(json).contains(StaticCompareTable.TITLE));
    }

    @Test
    void staticCompareAloneIsNoSearchBenchmark() throws IOException {
        Path json = dir.resolve("alone.json");
        Files.writeString(json, "[" + entry("staticCompare", 2.5, 0.0) + "," + entry("handUndo", 1.5, 0.0) + "]");
        String section = RatioTable.section(json);
        assertFalse(section.contains("Search benchmarks"), section);
        assertTrue(section.contains("| Missing.run |  | ns/op | 2.500 ± 0.0000 | – | – | – | – |"), section);
    }

    @Test
    void rendersSearchVariantsAgainstHandUndoInTheirOwnTable() throws IOException {
        Path json = dir.resolve("search.json");
        Files.writeString(json, "[" + entry("handUndo", 2.0, 0.1) + "," + entry("choco", 3.0, 0.1) + ","
                + entry("copying", 8.0, 0.0) + "," + entry("plain", 1.0, 0.1).replace("Missing.run", "Other.run") + "]");
        String section = RatioTable.section(json);
        assertTrue(section.contains("| Missing.run |  | ns/op | handUndo | 2.000 ± 0.100 | **1.000 ± 0.0707x** | – |"),
                section);
        assertTrue(section.contains("| Missing.run |  | ns/op | choco | 3.000 ± 0.100 | **1.500 ± 0.0901x** | – |"), section);
        assertTrue(section.contains("| copying | 8.000 ± 0.0000 | **4.000 ± 0.200x** |"), section);
        // The plain-only benchmark stays in the plain/woven table.
        assertTrue(section.contains("| Other.run |  | ns/op | 1.000 ± 0.100 | – |"), section);
    }

    @Test
    void rendersChocoEnvironmentsAgainstTrailing() throws IOException {
        Path json = dir.resolve("choco.json");
        Files.writeString(json, "[" + entry("trailing", 4.0, 0.0) + "," + entry("chunked", 4.0, 0.0) + ","
                + entry("worlds", 5.0, 0.0) + "]");
        String section = RatioTable.section(json);
        assertTrue(section.contains("| trailing | 4.000 ± 0.0000 | **1.000 ± 0.0000x** |"), section);
        assertTrue(section.contains("| worlds | 5.000 ± 0.0000 | **1.250 ± 0.0000x** |"), section);
    }

    @Test
    void rendersThreadCountsAsSpeedupsOverOneThread() throws IOException {
        Path json = dir.resolve("parallel.json");
        Files.writeString(json, "[" + threadsEntry("1", 100.0, 2.0) + "," + threadsEntry("2", 60.0, 1.0) + ","
                + threadsEntry("cores", 30.0, 0.0) + "]");
        Files.writeString(dir.resolve("parallel.env"), "machine: Some CPU, 4 cores, 8 GiB RAM, Linux (shared, noisy)\n");
        String section = RatioTable.section(json);
        assertTrue(section.contains("| Missing.run | n=14 | ms/op | 1 | 100.0 ± 2.000 | **1.000 ± 0.0283x** | baseline |"),
                section);
        assertTrue(section.contains("| 2 | 60.00 ± 1.000 | **1.667 ± 0.0434x** | ≥ 1.60x: met |"), section);
        assertTrue(section.contains("| cores (4) | 30.00 ± 0.0000 | **3.333 ± 0.0667x** | ≥ 3.20x: met |"), section);
        assertTrue(!section.contains("| woven |"), "not in the plain/woven table: " + section);
    }

    @Test
    void speedupVerdictNeedsTheWholeErrorBarOnOneSide() {
        assertEquals("≥ 1.60x: met", SpeedupTable.verdict(2, new Measurement(1.7, 0.05, "x")));
        assertEquals("≥ 1.60x: **missed by -31%**", SpeedupTable.verdict(2, new Measurement(1.1, 0.05, "x")));
        assertTrue(SpeedupTable.verdict(2, new Measurement(1.55, 0.1, "x")).contains("inconclusive"));
        assertEquals("baseline", SpeedupTable.verdict(1, new Measurement(1.0, 0.0, "x")));
    }

    private static String threadsEntry(String threads, double score, double error) {
        return "{\"benchmark\": \"dev.worlds.bench.Missing.run\", \"jmhVersion\": \"1.37\", \"forks\": 1,"
                + " \"params\": {\"threads\": \"" + threads + "\", \"n\": \"14\"}, \"primaryMetric\": {\"score\": "
                + score + ", \"scoreError\": " + error + ", \"scoreUnit\": \"ms/op\"}}";
    }

    @Test
    void verdictNeedsTheWholeErrorBarOnOneSide() {
        RatioGoal goal = goal(1.3);
        assertEquals("≤ 1.30x: met", RatioTable.verdict(goal, new Measurement(1.2, 0.05, "x")));
        assertEquals("≤ 1.30x: **missed by +23%**", RatioTable.verdict(goal, new Measurement(1.6, 0.1, "x")));
        assertTrue(RatioTable.verdict(goal, new Measurement(1.4, 0.2, "x")).contains("inconclusive"));
        assertEquals("report only", RatioTable.verdict(null, new Measurement(1.4, 0.2, "x")));
    }

    private static String entry(String variant, double score, double error) {
        return "{\"benchmark\": \"dev.worlds.bench.Missing.run\", \"jmhVersion\": \"1.37\", \"forks\": 1,"
                + " \"params\": {\"variant\": \"" + variant + "\"}, \"primaryMetric\": {\"score\": " + score
                + ", \"scoreError\": " + error + ", \"scoreUnit\": \"ns/op\"}}";
    }

    @Test
    void equalityGoalIsMetWithinError() {
        RatioGoal equal = goal(1.0, true);
        assertEquals("= 1.00x: met (+0%, within error)", RatioTable.verdict(equal, new Measurement(1.003, 0.03, "x")));
        assertEquals("= 1.00x: **missed by +10%**", RatioTable.verdict(equal, new Measurement(1.1, 0.03, "x")));
    }

    private static RatioGoal goal(double max) {
        return goal(max, false);
    }

    private static RatioGoal goal(double max, boolean withinError) {
        return new RatioGoal() {
            @Override
            public double wovenOverPlain() {
                return max;
            }

            @Override
            public boolean withinError() {
                return withinError;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return RatioGoal.class;
            }
        };
    }
}
