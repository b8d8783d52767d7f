package dev.worlds.bench.support;

import dev.worlds.bench.api.CellWorkload;

/**
 * Brings the JIT to the state of a program that has saved many objects before the measured loop
 * gets hot: runs many rounds of open world, first write to every cell, roll back (through
 * {@link CellWorkload#writeOneField}, never through the measured loop), then gives the compiler
 * threads time to finish.
 *
 * <p>Why it matters: woven write sites call one small barrier method per class hierarchy. Once its
 * slow path is hot, C2 may compile that method on its own with the whole save inlined; loops
 * compiled after that see a callee "already compiled into a big method" and call it instead of
 * inlining it. Whether that happens is a race between compilations (if {@code WorldsRuntime.save}
 * was compiled on its own first, it is not inlined into the barrier, which then stays small), so
 * forks of one benchmark land in one of two states; the loop benchmarks run several forks and the
 * report lists fork means that disagree.
 */
public final class SavePriming {
    private static final int ROUNDS = 300;
    private static final long COMPILER_GRACE_MILLIS = 1000;

    private SavePriming() {
    }

    public static void saveManyTimes(CellWorkload cells) {
        for (int round = 0; round < ROUNDS; round++) {
            cells.begin();
            cells.writeOneField(round);
            cells.rollback();
        }
        try {
            Thread.sleep(COMPILER_GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
