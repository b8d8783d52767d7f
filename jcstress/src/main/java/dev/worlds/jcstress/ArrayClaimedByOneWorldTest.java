package dev.worlds.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
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
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Two worlds each write two elements of one small array (an element entry, then a whole copy) and
 * roll back. At most one of them owns the array at a time: when they overlap, the second one's
 * first write throws, once, and saves nothing. Were both to own it, one world's copy could hold
 * the other's value and put it back after that world's rollback.
 */
@JCStressTest
@Description("Two worlds saving one array at once. "
        + "Result: conflicts seen by the first thread, by the second, "
        + "1 if the array holds exactly its old values after both rolled back.")
@Outcome(id = "0, 0, 1", expect = ACCEPTABLE, desc = "The worlds did not overlap on the array.")
@Outcome(id = {"1, 0, 1", "0, 1, 1"}, expect = ACCEPTABLE,
        desc = "One world held the array: the other's write threw, once, and never landed.")
@Outcome(expect = FORBIDDEN, desc = "Both refused, or both owned the array and a rollback resurrected the other's"
        + " value, or a rollback was lost.")
@State
public class ArrayClaimedByOneWorldTest {
    private final Board board = new Board();

    @Actor
    public void first(III_Result r) {
        r.r1 = writeTwiceAndRollBack(0, Bits.OWNER_L);
    }

    @Actor
    public void second(III_Result r) {
        r.r2 = writeTwiceAndRollBack(2, Bits.OTHER_L);
    }

    /** Returns the conflicts seen; the world is closed whatever happens (JCStress reuses its threads). */
    private int writeTwiceAndRollBack(int index, long value) {
        World world = Worlds.push();
        try {
            board.writeSmall(index, value);
            board.writeSmall(index + 1, value);
            return 0;
        } catch (WorldConflictException refused) {
            return 1;
        } finally {
            world.rollback();
        }
    }

    @Arbiter
    public void after(III_Result r) {
        boolean exact = true;
        for (long value : board.small) {
            exact &= value == Bits.INIT_L;
        }
        r.r3 = exact ? 1 : 0;
    }
}
