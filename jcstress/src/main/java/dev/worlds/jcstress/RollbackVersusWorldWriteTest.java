package dev.worlds.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.worlds.WorldConflictException;
import dev.worlds.Worlds;
import dev.worlds.World;
import dev.worlds.jcstress.model.Pair;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * Both threads have a world open, so every barrier takes the slow path. The first thread writes
 * both fields of a pair and rolls back; the second writes the double and commits. Whichever
 * world saves the pair first owns it: the other thread's write throws before it lands.
 */
@JCStressTest
@Description("Rollback racing a committed write of another thread's world. "
        + "Result: long, double after both (0 before the worlds, 1 the rolled-back owner's, 2 the committed one's, 3 torn), "
        + "conflicts of the rolling-back thread, conflicts of the committing thread.")
@Outcome(id = "0, 2, 0, 0", expect = ACCEPTABLE, desc = "The worlds did not overlap on the pair: only the committed write is left.")
@Outcome(id = "0, 0, 0, 1", expect = ACCEPTABLE, desc = "The rolling-back world held the pair: the other write threw and never landed.")
@Outcome(id = "0, 2, 1, 0", expect = ACCEPTABLE, desc = "The committing world held the pair: the rolled-back write threw.")
@Outcome(id = "0, 0, 0, 0", expect = FORBIDDEN, desc = "Lost write: the committed write landed inside the other world and its rollback erased it.")
@Outcome(expect = FORBIDDEN, desc = "Lost rollback, a torn value, a write that threw and landed, or a conflict reported to both.")
@State
public class RollbackVersusWorldWriteTest {
    private final Pair pair = new Pair();

    @Actor
    public void rollingBack(IIII_Result r) {
        World world = Worlds.push();
        try {
            pair.set(Bits.OWNER_L, Bits.OWNER_D);
        } catch (WorldConflictException expected) {
            r.r3 = 1;
        } finally {
            world.rollback();
        }
    }

    @Actor
    public void committing(IIII_Result r) {
        World world = Worlds.push();
        try {
            pair.setDouble(Bits.OTHER_D);
        } catch (WorldConflictException expected) {
            r.r4 = 1;
        } finally {
            world.commit();
        }
    }

    @Arbiter
    public void after(IIII_Result r) {
        r.r1 = Bits.classify(pair.l);
        r.r2 = Bits.classify(pair.d);
    }
}
