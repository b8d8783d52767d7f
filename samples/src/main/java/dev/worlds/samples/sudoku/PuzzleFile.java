package dev.worlds.samples.sudoku;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a file of puzzles: one per line, 81 cells; blank lines and lines starting with # are skipped. */
public final class PuzzleFile {
    /** A puzzle of a file and the line it came from. */
    public record Entry(int line, int[] givens) {
    }

    private PuzzleFile() {
    }

    /**
     * @throws IllegalArgumentException naming the file, and the line and what was wrong with it,
     *                                  or why the file could not be read
     */
    public static List<Entry> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e);
        }
        List<Entry> puzzles = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                puzzles.add(new Entry(i + 1, Grid.parse(line)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        if (puzzles.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no puzzle (one per line, 81 cells; # starts a comment line)");
        }
        return puzzles;
    }
}
