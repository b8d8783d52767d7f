package dev.worlds.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.worlds.WorldConflictException;
import dev.worlds.Worlds;
import dev.worlds.World;
import dev.worlds.jcstress.model.Board;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * The owner saves a chunk of a large array in its world (an element entry, then the chunk copy,
 * which makes it the owner's chunk cache), says so through a volatile, keeps the world open for a
 * few more writes, rolls back and says so again. A thread without worlds reads that volatile and
 * writes into the saved chunk. Ordered after the save and before the rollback, its write must be
 * refused; after the rollback it must land; racing the save, it may be erased (a data race). The
 * rollback is never lost and a refused write never lands.
 */
@JCStressTest
@Description("A write into an array another thread's world saved. "
        + "Result: what the writer saw of the owner (0 before its save, 1 saved and open, 2 rolled back), "
        + "conflicts the writer saw, the element after both (0 the old value, 1 the owner's, 2 the writer's, 3 torn), "
        + "1 if the rest of both arrays is exactly as before the world.")
@Outcome(id = {"0, 0, 2, 1", "1, 0, 2, 1", "2, 0, 2, 1"}, expect = ACCEPTABLE,
        desc = "The write landed before the owner's save (which restored it) or after the rollback.")
@Outcome(id = {"0, 1, 0, 1", "1, 1, 0, 1"}, expect = ACCEPTABLE,
        desc = "The owner's world held the array: the write threw, once, and never landed.")
@Outcome(id = "0, 0, 0, 1", expect = ACCEPTABLE_INTERESTING,
        desc = "A data race: the write passed its check before the owner's first save and landed after the copy,"
                + " so the rollback restored the older value. Order the write after the save to get a conflict.")
@Outcome(id = "1, 0, 0, 1", expect = FORBIDDEN,
        desc = "Ordered after the save, the write was neither refused nor kept: the rollback erased it.")
@Outcome(expect = FORBIDDEN,
        desc = "A lost rollback (the owner's value survived), a refused write that landed, a conflict after the"
                + " world ended, a torn value, or another element changed.")
@State
public class ArrayOwnedUntilRollbackTest {
    private static final int SAVED = 600;
    private static final int WRITTEN = 601;

    private final Board board = new Board();
    private volatile int phase;

    @Actor
    public void owner() {
        World world = Worlds.push();
        try {
            board.writeLarge(SAVED, Bits.OWNER_L);     // an element entry: the world claims the array
            board.writeLarge(WRITTEN, Bits.OWNER_L);   // the chunk copy, and the owner's chunk cache
            phase = 1;
            for (int i = 0; i < Board.SMALL; i++) {
                board.writeSmall(i, Bits.OWNER_L);     // keeps the world open a little longer
            }
        } finally {
            world.rollback();
        }
        phase = 2;
    }

    @Actor
    public void writer(IIII_Result r) {
        r.r1 = phase;
        try {
            board.writeLarge(WRITTEN, Bits.OTHER_L);
        } catch (WorldConflictException expected) {
            r.r2 = 1;
        }
    }

    @Arbiter
    public void after(IIII_Result r) {
        r.r3 = Bits.classify(board.large[WRITTEN]);
        boolean exact = true;
        for (int i = 0; i < Board.LARGE; i++) {
            exact &= i == WRITTEN || board.large[i] == Bits.INIT_L;
        }
        for (long value : board.small) {
            exact &= value == Bits.INIT_L;
        }
        r.r4 = exact ? 1 : 0;
    }
}
