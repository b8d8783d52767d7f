package dev.worlds.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.worlds.WorldConflictException;
import dev.worlds.Worlds;
import dev.worlds.World;
import dev.worlds.jcstress.model.Flags;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * Two worlds each write one field of the same object, then write an object of their own and
 * commit. One write, at most one conflict: it goes to the thread whose write came second, once,
 * and nowhere else (not to the owner, not to the loser's later write or commit).
 */
@JCStressTest
@Description("One conflicting write, one conflict. "
        + "Result: conflicts seen by the first thread, by the second (every operation counted), "
        + "then the first field and the second field after both committed.")
@Outcome(id = "0, 0, 1, 1", expect = ACCEPTABLE, desc = "The worlds did not overlap on the object: both writes committed.")
@Outcome(id = "1, 0, 0, 1", expect = ACCEPTABLE, desc = "The second world held the object: the first thread's write threw, once, and never landed.")
@Outcome(id = "0, 1, 1, 0", expect = ACCEPTABLE, desc = "The first world held the object: the second thread's write threw, once, and never landed.")
@Outcome(expect = FORBIDDEN, desc = "A conflict reported twice or to both, a write that threw and landed, or a lost write.")
@State
public class ConflictReportedOnceTest {
    private final Flags shared = new Flags();
    private final Flags firstOwn = new Flags();
    private final Flags secondOwn = new Flags();

    @Actor
    public void first(IIII_Result r) {
        r.r1 = ConflictCounter.run(() -> shared.setA(1), () -> firstOwn.setA(1));
    }

    @Actor
    public void second(IIII_Result r) {
        r.r2 = ConflictCounter.run(() -> shared.setB(1), () -> secondOwn.setB(1));
    }

    @Arbiter
    public void after(IIII_Result r) {
        r.r3 = shared.a;
        r.r4 = shared.b;
    }
}
