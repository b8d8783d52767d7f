package dev.worlds.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
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
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * The owner writes both fields of a pair in a world and rolls back, while a thread with no world
 * writes the long. Once the owner's world has saved the pair, the other write must throw before
 * it lands; before that save or after the rollback it lands and survives the rollback.
 */
@JCStressTest
@Description("Rollback racing a write from a thread without worlds. "
        + "Result: long, double after both (0 before the world, 1 the owner's, 2 the other thread's, 3 torn), "
        + "conflicts the other thread saw.")
@Outcome(id = "2, 0, 0", expect = ACCEPTABLE, desc = "The write landed before the owner saved the pair or after its rollback.")
@Outcome(id = "0, 0, 1", expect = ACCEPTABLE, desc = "The owner's world held the pair: the write threw and never landed.")
@Outcome(id = "0, 0, 0", expect = ACCEPTABLE_INTERESTING, desc = "A data race: the write passed its barrier before the owner's first save and landed after it, so the rollback restored the older value. Order the write after the owner's first write to get a conflict.")
@Outcome(id = "2, 0, 1", expect = FORBIDDEN, desc = "The write threw, yet it landed.")
@Outcome(expect = FORBIDDEN, desc = "Lost rollback (an owner value survived) or a torn value.")
@State
public class RollbackVersusPlainWriteTest {
    private final Pair pair = new Pair();

    @Actor
    public void owner() {
        World world = Worlds.push();
        try {
            pair.set(Bits.OWNER_L, Bits.OWNER_D);
        } finally {
            world.rollback();
        }
    }

    @Actor
    public void other(III_Result r) {
        try {
            pair.setLong(Bits.OTHER_L);
        } catch (WorldConflictException expected) {
            r.r3 = 1;
        }
    }

    @Arbiter
    public void after(III_Result r) {
        r.r1 = Bits.classify(pair.l);
        r.r2 = Bits.classify(pair.d);
    }
}
