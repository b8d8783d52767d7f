package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeaveReportTest {
    @Test
    void summaryCountsInPlural() {
        WeaveReport report = new WeaveReport(15, 12, 3, 27, List.of("w1", "w2"), List.of(), false);
        assertEquals("Worlds: wove 12 classes (3 up to date), 27 fields tracked, 2 warnings", report.summary());
        assertFalse(report.hasErrors());
    }

    @Test
    void summaryCountsInSingular() {
        WeaveReport report = new WeaveReport(1, 1, 0, 1, List.of("w"), List.of("e"), false);
        assertEquals("Worlds: wove 1 class (0 up to date), 1 field tracked, 1 warning, 1 error", report.summary());
        assertTrue(report.hasErrors());
    }

    @Test
    void summaryOfADryRunSaysNothingWasWritten() {
        WeaveReport report = new WeaveReport(2, 2, 0, 0, List.of(), List.of("a", "b"), true);
        assertEquals("Worlds (dry run, nothing written): would weave 2 classes (0 up to date), 0 fields tracked,"
                + " 0 warnings, 2 errors", report.summary());
    }

    @Test
    void listsAreCopiesThatCannotChange() {
        List<String> warnings = new ArrayList<>(List.of("w"));
        WeaveReport report = new WeaveReport(1, 1, 0, 0, warnings, List.of(), false);
        warnings.add("later");
        assertEquals(List.of("w"), report.warnings());
        assertThrows(UnsupportedOperationException.class, () -> report.errors().add("e"));
    }

    @Test
    void summaryOfADependencyNamesIt() {
        WeaveReport report = new WeaveReport(3, 2, 1, 4, List.of(), List.of(), false);
        assertEquals("Worlds: org.acme:lib:1.0: wove 2 classes (1 up to date), 4 fields tracked, 0 warnings",
                report.summaryOf("org.acme:lib:1.0"));
        WeaveReport dry = new WeaveReport(3, 2, 1, 4, List.of(), List.of(), true);
        assertEquals("Worlds (dry run, nothing written): org.acme:lib:1.0: would weave 2 classes (1 up to date),"
                + " 4 fields tracked, 0 warnings", dry.summaryOf("org.acme:lib:1.0"));
    }

    @Test
    void notesAreKeptAndAddedToWithoutChangingTheCounts() {
        WeaveReport report = new WeaveReport(1, 1, 0, 0, List.of(), List.of(), false, List.of("restored a"));
        WeaveReport more = report.withNotes(List.of("removed b"));
        assertEquals(List.of("restored a", "removed b"), more.notes());
        assertEquals(report.summary(), more.summary());
        assertEquals(List.of(), new WeaveReport(1, 1, 0, 0, List.of(), List.of(), false).notes());
    }
}
