package dev.worlds.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

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
 * The owner fills a small array and writes two chunks of a large one in a world, then rolls
 * back, while another thread reads. Each way of saving is exercised: the small array is saved
 * whole, the first large write is logged as an element, the next ones copy chunks 1 and 2. A
 * reader may see either value, never one that nobody wrote; after the rollback both arrays hold
 * exactly their old contents.
 */
@JCStressTest
@Description("Array saves and restore seen by a reader. "
        + "Result: what the reader saw in the small array, in chunk 1 and in chunk 2 of the large one "
        + "(0 the old value, 1 the owner's, 3 anything else), then 1 if both arrays are exact after the rollback.")
@Outcome(id = {"0, 0, 0, 1", "0, 0, 1, 1", "0, 1, 0, 1", "0, 1, 1, 1",
        "1, 0, 0, 1", "1, 0, 1, 1", "1, 1, 0, 1", "1, 1, 1, 1"},
        expect = ACCEPTABLE, desc = "The reader saw values someone wrote; the rollback was exact.")
@Outcome(expect = FORBIDDEN, desc = "The reader saw garbage, or the rollback left a wrong element.")
@State
public class ArrayRollbackWhileReadingTest {
    private static final int CHUNK_1 = 600;
    private static final int CHUNK_2 = 1100;

    private final Board board = new Board();

    @Actor
    public void owner() {
        World world = Worlds.push();
        try {
            for (int i = 0; i < Board.SMALL; i++) {
                board.writeSmall(i, Bits.OWNER_L);
            }
            board.writeLarge(CHUNK_1, Bits.OWNER_L);
            board.writeLarge(CHUNK_1 + 1, Bits.OWNER_L);
            board.writeLarge(CHUNK_2, Bits.OWNER_L);
        } finally {
            world.rollback();
        }
    }

    @Actor
    public void reader(IIII_Result r) {
        r.r1 = Bits.classify(board.small[Board.SMALL / 2]);
        r.r2 = Bits.classify(board.large[CHUNK_1 + 1]);
        r.r3 = Bits.classify(board.large[CHUNK_2]);
    }

    @Arbiter
    public void after(IIII_Result r) {
        r.r4 = allOld(board.small) && allOld(board.large) ? 1 : 0;
    }

    private static boolean allOld(long[] array) {
        for (long value : array) {
            if (value != Bits.INIT_L) {
                return false;
            }
        }
        return true;
    }
}
