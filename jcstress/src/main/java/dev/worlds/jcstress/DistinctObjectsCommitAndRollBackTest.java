package dev.worlds.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

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
 * Two threads, each in a world of its own, save and write a different object of the same class
 * at the same time, then one commits and the other rolls back: the commit keeps exactly its
 * object, the rollback restores exactly its own.
 */
@JCStressTest
@Description("Concurrent first-write saves of distinct objects, one committed, one rolled back. "
        + "Result: first object's long and double, second object's long and double "
        + "(0 before the worlds, 1 the rolled-back write, 2 the committed write, 3 torn).")
@Outcome(id = "0, 0, 2, 2", expect = ACCEPTABLE, desc = "The first object restored, the second committed.")
@Outcome(expect = FORBIDDEN, desc = "A rollback lost or crossed to the committed object, or a torn value.")
@State
public class DistinctObjectsCommitAndRollBackTest {
    private final Pair first = new Pair();
    private final Pair second = new Pair();

    @Actor
    public void firstThread() {
        World world = Worlds.push();
        try {
            first.set(Bits.OWNER_L, Bits.OWNER_D);
        } finally {
            world.rollback();
        }
    }

    @Actor
    public void secondThread() {
        World world = Worlds.push();
        try {
            second.set(Bits.OTHER_L, Bits.OTHER_D);
        } finally {
            world.commit();
        }
    }

    @Arbiter
    public void after(IIII_Result r) {
        r.r1 = Bits.classify(first.l);
        r.r2 = Bits.classify(first.d);
        r.r3 = Bits.classify(second.l);
        r.r4 = Bits.classify(second.d);
    }
}
