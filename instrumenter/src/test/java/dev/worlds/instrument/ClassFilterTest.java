package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClassFilterTest {
    private static boolean included(String pattern, String className) {
        return ClassFilter.of(List.of(pattern), List.of()).matches(className);
    }

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
        "com.acme.Board,            com.acme.Board,              true",
        "com.acme.Board,            com.acme.BoardTest,          false",
        "com.acme.Board,            com.acmeXBoard,              false",
        "com.acme.*,                com.acme.Board,              true",
        "com.acme.*,                com.acme.Board$Cell,         true",
        "com.acme.*,                com.acme.search.Board,       false",
        "com.acme.*Test,            com.acme.BoardTest,          true",
        "com.acme.*Test,            com.acme.BoardTests,         false",
        "com.*.Board,               com.acme.Board,              true",
        "com.*.Board,               com.acme.x.Board,            false",
        "com.acme.search.**,        com.acme.search.Board,       true",
        "com.acme.search.**,        com.acme.search.tree.Node,   true",
        "com.acme.search.**,        com.acme.search,             false",
        "com.acme.search.**,        com.acme.searching.Board,    false",
        "**.Board,                  Board,                       true",
        "**.Board,                  com.acme.Board,              true",
        "**.Board,                  com.acme.BigBoard,           false",
        "**.*Test,                  com.acme.BoardTest,          true",
        "com.**.Board,              com.Board,                   true",
        "com.**.Board,              com.acme.deep.Board,         true",
        "com.**.Board,              org.acme.Board,              false",
        "**,                        Board,                       true",
        "**,                        com.acme.Board,              true",
        "com.acme.Board$*,          com.acme.Board$Cell,         true",
        "com.acme.Board$*,          com.acme.Board,              false",
        "*,                         Board,                       true",
        "*,                         com.Board,                   false",
    })
    void patternSemantics(String pattern, String className, boolean expected) {
        assertEquals(expected, included(pattern, className));
    }

    @Test
    void noIncludesMeansEverything() {
        assertTrue(ClassFilter.everything().matches("any.thing.At.All"));
        assertTrue(ClassFilter.of(null, null).matches("com.acme.Board"));
        assertTrue(ClassFilter.of(List.of(), List.of("com.other.**")).matches("com.acme.Board"));
    }

    @Test
    void excludeWinsOverInclude() {
        ClassFilter filter = ClassFilter.of(List.of("com.acme.**"), List.of("com.acme.**.*Test", "com.acme.gen.**"));
        assertTrue(filter.matches("com.acme.Board"));
        assertFalse(filter.matches("com.acme.BoardTest"));
        assertFalse(filter.matches("com.acme.deep.BoardTest"));
        assertFalse(filter.matches("com.acme.gen.Parser"));
        assertFalse(filter.matches("org.acme.Board"));
    }

    @Test
    void anyIncludeIsEnough() {
        ClassFilter filter = ClassFilter.of(List.of("com.a.*", "com.b.*"), List.of());
        assertTrue(filter.matches("com.a.X"));
        assertTrue(filter.matches("com.b.X"));
        assertFalse(filter.matches("com.c.X"));
    }

    @Test
    void internalNamesAreMatchedAsDottedNames() {
        ClassFilter filter = ClassFilter.of(List.of("com.acme.**"), List.of());
        assertTrue(filter.matchesInternalName("com/acme/deep/Board"));
        assertFalse(filter.matchesInternalName("org/acme/Board"));
    }

    @Test
    void whitespaceAroundPatternsIsIgnored() {
        ClassFilter filter = ClassFilter.of(List.of("  com.acme.**\n  "), List.of());
        assertTrue(filter.matches("com.acme.Board"));
        assertEquals(List.of("com.acme.**"), filter.includes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "com..acme", ".com.acme", "com.acme.", "com.acme.***", "com.acme**",
        "**Board", "com/acme/**", "com.acme.Board.class", "com.acme.Bo ard", "com.acme.(Board)"})
    void malformedPatternsAreRejectedWithAHint(String pattern) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassFilter.of(List.of("ok.**"), List.of(pattern)));
        assertTrue(e.getMessage().startsWith("Malformed class pattern \"" + pattern.trim() + "\": "), e.getMessage());
        assertTrue(e.getMessage().contains("e.g. com.acme.**"), e.getMessage());
    }

    @Test
    void messageSaysWhatIsWrong() {
        assertEquals("Malformed class pattern \"com/acme/**\": it contains a slash; patterns name classes, not"
                + " files. Write class names with dots, where * matches within one name segment and ** any number"
                + " of segments, e.g. com.acme.** or com.acme.*Test.",
                assertThrows(IllegalArgumentException.class,
                        () -> ClassFilter.of(List.of("com/acme/**"), List.of())).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ClassFilter.of(Arrays.asList("com..acme"), List.of())).getMessage()
                .contains("empty name segment"));
    }
}
