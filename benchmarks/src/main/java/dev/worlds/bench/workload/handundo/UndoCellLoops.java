package dev.worlds.bench.workload.handundo;

import dev.worlds.bench.api.CellWorkload;

/**
 * The loops of {@link dev.worlds.bench.workload.CellLoops} over {@link UndoCell}s with a
 * hand-written undo check before the writes: {@code if (cell.savedIn != trail.world)
 * trail.save(cell)}, once per cell since one save covers both fields. Never woven.
 */
public final class UndoCellLoops implements CellWorkload {
    private final UndoCell[] cells;
    private final UndoTrail trail = new UndoTrail();

    public UndoCellLoops(int size) {
        cells = new UndoCell[size];
        for (int i = 0; i < size; i++) {
            cells[i] = new UndoCell(i, -i);
        }
    }

    @Override
    public int size() {
        return cells.length;
    }

    @Override
    public long sumFields() {
        long sum = 0;
        for (UndoCell cell : cells) {
            sum += cell.value + cell.count;
        }
        return sum;
    }

    @Override
    public void writeBothFields(int v) {
        UndoCell[] all = cells;
        for (int i = 0; i < all.length; i++) {
            UndoCell cell = all[i];
            if (cell.savedIn != trail.world) {
                trail.save(cell);
            }
            cell.value = v;
            cell.count = i;
        }
    }

    @Override
    public void writeOneField(int v) {
        for (UndoCell cell : cells) {
            if (cell.savedIn != trail.world) {
                trail.save(cell);
            }
            cell.value = v;
        }
    }

    @Override
    public void begin() {
        trail.begin();
    }

    @Override
    public void rollback() {
        trail.rollback();
    }

    @Override
    public void commit() {
        trail.commit();
    }
}
