package dev.worlds.bench.workload;

import dev.worlds.Worlds;
import dev.worlds.bench.api.CellWorkload;

/**
 * The loops over {@link Cell}s, written as user code would write them. Loaded plain and woven
 * from the same class file, so the only difference between the two is what the weaver added: the
 * barrier before each field write ({@code Cell.$worlds$barrier(cell, writer)}, the writing thread
 * read once per method), and the stamp store in {@link Cell}'s constructor.
 *
 * <p>Worlds are opened with the public API; in the plain variant they exist but no write is saved,
 * which makes the plain variant the cost of the raw writes plus the empty world.
 */
public final class CellLoops implements CellWorkload {
    /** Final, so the weaver does not track it and the loops read it without a barrier. */
    private final Cell[] cells;

    public CellLoops(int size) {
        cells = new Cell[size];
        for (int i = 0; i < size; i++) {
            cells[i] = new Cell(i, -i);
        }
    }

    @Override
    public int size() {
        return cells.length;
    }

    @Override
    public long sumFields() {
        long sum = 0;
        for (Cell cell : cells) {
            sum += cell.value + cell.count;
        }
        return sum;
    }

    @Override
    public void writeBothFields(int v) {
        Cell[] all = cells;
        for (int i = 0; i < all.length; i++) {
            Cell cell = all[i];
            cell.value = v;
            cell.count = i;
        }
    }

    @Override
    public void writeOneField(int v) {
        for (Cell cell : cells) {
            cell.value = v;
        }
    }

    @Override
    public void begin() {
        Worlds.push();
    }

    @Override
    public void rollback() {
        Worlds.pop();
    }

    @Override
    public void commit() {
        Worlds.commit();
    }
}
