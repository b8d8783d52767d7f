package dev.worlds.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.worlds.World;
import dev.worlds.Worlds;
import dev.worlds.jcstress.model.Board;
import dev.worlds.jcstress.model.Flags;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * A thread saved two objects and two arrays in a world and ended with it open (each state starts
 * one and joins it). Two threads then write them at once, each its own object and array, so they
 * never conflict with each other: one without worlds, one in a world it commits. Both find the
 * owner ended; exactly one rolls its world back and the other waits for it. Were it rolled back
 * twice, or the waiting thread not to wait, a rollback would put the old values back over a write
 * that had already landed.
 */
@JCStressTest
@Description("Two threads find the same ended owner at once. "
        + "Result: the first object's field, the second's, then 1 for each array that holds exactly the"
        + " restored values plus its writer's write.")
@Outcome(id = "1, 2, 1, 1", expect = ACCEPTABLE,
        desc = "The ended thread's world was rolled back once, before either write landed; both writes stayed.")
@Outcome(expect = FORBIDDEN, desc = "A write undone by a second or late rollback, a value of the ended thread's"
        + " world left behind, or a write refused.")
@State
public class EndedOwnerRolledBackOnceTest {
    /**
     * Each state's rollback logs a warning; thousands of them would bury the report. Held in a
     * static field: {@code java.util.logging} keeps loggers, and so their levels, only weakly.
     */
    private static final Logger WORLDS_LOG = quiet();

    private final Flags first = new Flags();
    private final Flags second = new Flags();
    private final Board board = new Board();

    public EndedOwnerRolledBackOnceTest() {
        Thread owner = new Thread(() -> {
            Worlds.push();
            first.setA(9);
            second.setA(9);
            board.writeSmall(0, Bits.OWNER_L);
            board.writeLarge(0, Bits.OWNER_L);
        }, "ended-owner");
        owner.start();
        try {
            owner.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Logger quiet() {
        Logger logger = Logger.getLogger("dev.worlds");
        logger.setLevel(Level.OFF);
        return logger;
    }

    @Actor
    public void withoutWorlds() {
        first.setA(1);
        board.writeSmall(2, Bits.OTHER_L);
    }

    @Actor
    public void inAWorld() {
        World world = Worlds.push();
        try {
            board.writeLarge(600, Bits.OTHER_L);
            second.setA(2);
            world.commit();
        } finally {
            if (world.isOpen()) {
                world.rollback();   // JCStress reuses its threads: never leave a world open
            }
        }
    }

    @Arbiter
    public void after(IIII_Result r) {
        r.r1 = first.a;
        r.r2 = second.a;
        r.r3 = board.small[0] == Bits.INIT_L && board.small[2] == Bits.OTHER_L ? 1 : 0;
        r.r4 = board.large[0] == Bits.INIT_L && board.large[600] == Bits.OTHER_L ? 1 : 0;
    }
}
