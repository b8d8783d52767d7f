package dev.worlds.bench.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.worlds.bench.api.CellWorkload;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' premise, checked in the normal build (the benchmarks themselves never run in
 * tests): each variant really is what it claims, so a ratio of 1.0 cannot come from measuring
 * plain code twice.
 */
class VariantTest {
    private static final int SIZE = 100;

    @Test
    void wovenCellsAreRolledBack() {
        CellWorkload woven = Variant.WOVEN.newCellWorkload(SIZE);
        assertEquals(sumBefore(), rolledBackSum(woven));
    }

    @Test
    void staticCompareCellsAreRolledBack() {
        CellWorkload staticCompare = Variant.STATIC_COMPARE.newCellWorkload(SIZE);
        assertEquals(sumBefore(), rolledBackSum(staticCompare));
    }

    @Test
    void staticCompareCellsKeepWritesOfACommittedWorld() {
        CellWorkload cells = Variant.STATIC_COMPARE.newCellWorkload(SIZE);
        cells.begin();
        cells.writeBothFields(3);
        cells.commit();
        assertEquals(3L * SIZE + (long) SIZE * (SIZE - 1) / 2, cells.sumFields());
    }

    @Test
    void staticCompareIsNamedForTheJmhParameter() {
        assertEquals(Variant.STATIC_COMPARE, Variant.named("staticCompare"));
    }

    @Test
    void handUndoCellsAreRolledBack() {
        CellWorkload handUndo = Variant.HAND_UNDO.newCellWorkload(SIZE);
        assertEquals(sumBefore(), rolledBackSum(handUndo));
    }

    @Test
    void plainCellsAreNotTracked() {
        CellWorkload plain = Variant.PLAIN.newCellWorkload(SIZE);
        assertNotEquals(sumBefore(), rolledBackSum(plain));
    }

    @Test
    void eachWorkloadHasItsOwnClasses() {
        CellWorkload plain = Variant.PLAIN.newCellWorkload(1);
        CellWorkload woven = Variant.WOVEN.newCellWorkload(1);
        assertEquals(plain.getClass().getName(), woven.getClass().getName());
        assertNotSame(plain.getClass(), woven.getClass());
    }

    @Test
    void nestedCommitIsUndoneByOuterRollback() {
        for (Variant variant : new Variant[] {Variant.WOVEN, Variant.HAND_UNDO, Variant.STATIC_COMPARE}) {
            CellWorkload cells = variant.newCellWorkload(SIZE);
            cells.begin();
            cells.writeOneField(7);
            cells.begin();
            cells.writeBothFields(9);
            cells.commit();
            cells.rollback();
            assertEquals(sumBefore(), cells.sumFields(), variant.name());
        }
    }

    private static long rolledBackSum(CellWorkload cells) {
        cells.begin();
        cells.writeBothFields(42);
        cells.rollback();
        return cells.sumFields();
    }

    /** Cells start as (i, -i), so the fields sum to zero. */
    private static long sumBefore() {
        return 0;
    }
}
