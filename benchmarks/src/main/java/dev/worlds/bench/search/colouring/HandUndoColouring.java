package dev.worlds.bench.search.colouring;

import dev.worlds.bench.workload.search.CollectionColouring;
import java.util.Arrays;

/**
 * The collection colouring search on plain {@code java.util} collections (this class and, loaded
 * from the normal class path, its superclass are never woven) with a hand-written undo stack: each
 * colour given and each colour removed from a domain is recorded as (vertex, colour), a choice point
 * remembers the stack's height, and backtracking takes the entries above it back in reverse order
 * ({@code colourOf.remove(vertex)}, {@code domains.get(vertex).add(colour)}). The baseline.
 */
public final class HandUndoColouring extends CollectionColouring {
    /** Marks an assignment on the stack (a removed colour is never negative). */
    private static final int ASSIGNED = -1;

    private int[] vertices = new int[256];
    private int[] colours = new int[256];
    private int size;
    private int[] marks = new int[64];
    private int depth;

    @Override
    protected void start() {
        size = 0;
        depth = 0;
    }

    @Override
    protected void choicePoint() {
        if (depth == marks.length) {
            marks = Arrays.copyOf(marks, 2 * depth);
        }
        marks[depth++] = size;
    }

    @Override
    protected void backtrack() {
        int mark = marks[--depth];
        while (size > mark) {
            size--;
            int colour = colours[size];
            if (colour == ASSIGNED) {
                colourOf.remove(vertices[size]);
            } else {
                domains.get(vertices[size]).add(colour);
            }
        }
    }

    @Override
    protected void assigned(int vertex) {
        record(vertex, ASSIGNED);
    }

    @Override
    protected void removed(int vertex, int colour) {
        record(vertex, colour);
    }

    private void record(int vertex, int colour) {
        if (size == vertices.length) {
            vertices = Arrays.copyOf(vertices, 2 * size);
            colours = Arrays.copyOf(colours, 2 * size);
        }
        vertices[size] = vertex;
        colours[size] = colour;
        size++;
    }
}
