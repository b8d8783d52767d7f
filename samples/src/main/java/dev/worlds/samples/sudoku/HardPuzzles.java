package dev.worlds.samples.sudoku;

import java.util.List;

/** Well-known hard 9×9 instances, each with exactly one solution (checked by the tests). */
public final class HardPuzzles {
    /** A named puzzle: 81 characters row by row, {@code .} for an empty cell. */
    public record Puzzle(String name, String cells) {
    }

    public static final List<Puzzle> ALL = List.of(
            // Arto Inkala, "the world's hardest Sudoku" (2012).
            new Puzzle("inkala-2012", "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4.."),
            // Arto Inkala, "AI Escargot" (2006).
            new Puzzle("ai-escargot", "1....7.9..3..2...8..96..5....53..9...1..8...26....4...3......1..4......7..7...3.."),
            // "Golden Nugget" (tarek), top of the Sudoku Explainer ratings.
            new Puzzle("golden-nugget", ".......39.....1..5..3.5.8....8.9...6.7...2...1..4.......9.8..5..2....6..4..7....."),
            // "Easter Monster" (champagne).
            new Puzzle("easter-monster", "1.......2.9.4...5...6...7...5.9.3.......7.......85..4.7.....6...3...9.8...2.....1"),
            // The first puzzle of Peter Norvig's hardest.txt.
            new Puzzle("norvig-hardest-1", "85...24..72......9..4.........1.7..23.5...9...4...........8..7..17..........36.4."),
            // The first two puzzles of Norvig's top95 (hard for propagation plus search).
            new Puzzle("top95-1", "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......"),
            new Puzzle("top95-2", "52...6.........7.13...........4..8..6......5...........418.........3..2...87....."),
            // Wikipedia's "Sudoku designed to work against the brute force algorithm": 17 givens,
            // the first row empty, its solution's first row 987654321.
            new Puzzle("anti-brute-force", "..............3.85..1.2.......5.7.....4...1...9.......5......73..2.1........4...9"));

    private HardPuzzles() {
    }
}
