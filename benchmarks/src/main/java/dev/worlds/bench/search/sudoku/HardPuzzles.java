package dev.worlds.bench.search.sudoku;

import java.util.List;

/**
 * The fixed puzzle set of the Sudoku benchmark: well-known hard 9×9 instances, each with a unique
 * solution (checked by the tests).
 */
public final class HardPuzzles {
    /** A named puzzle: 81 characters row by row, {@code .} for an empty cell. */
    public record Puzzle(String name, String cells) {
    }

    public static final List<Puzzle> ALL = List.of(
            // Arto Inkala, "the world's hardest Sudoku" (2012).
            new Puzzle("inkala-2012",
                    "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4.."),
            // Arto Inkala, "AI Escargot" (2006).
            new Puzzle("ai-escargot",
                    "1....7.9..3..2...8..96..5....53..9...1..8...26....4...3......1..4......7..7...3.."),
            // "Golden Nugget" (tarek, sudoku.com forum hardest list).
            new Puzzle("golden-nugget",
                    ".......39.....1..5..3.5.8....8.9...6.7...2...1..4.......9.8..5..2....6..4..7....."),
            // "Easter Monster" (champagne, sudoku.com forum hardest list).
            new Puzzle("easter-monster",
                    "1.......2.9.4...5...6...7...5.9.3.......7.......85..4.7.....6...3...9.8...2.....1"),
            // First puzzle of Norvig's top95 (hard for propagation plus search).
            new Puzzle("top95-1",
                    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......"),
            // Second puzzle of Norvig's top95.
            new Puzzle("top95-2",
                    "52...6.........7.13...........4..8..6......5...........418.........3..2...87....."));

    private HardPuzzles() {
    }
}
