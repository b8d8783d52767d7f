package dev.worlds.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.worlds.Worlds;
import dev.worlds.World;
import dev.worlds.jcstress.model.Board;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The array fast path skips the save for the array "saved last" in the current world. One
 * thread makes an array that (one created in its outer world, one saved whole there), then
 * writes it in a nested world and rolls that back, while another thread opens and closes a
 * world, moving the runtime between one and several threads with worlds. The nested world must
 * still save the array: its rollback restores the element.
 */
@JCStressTest
@Description("Nested rollback of arrays while another thread opens and closes worlds. "
        + "Result: element of the array created in the outer world, element of the array saved whole there, "
        + "after the nested rollback (0 restored, 1 the nested write survived).")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "The nested world saved both arrays and restored them.")
@Outcome(expect = FORBIDDEN, desc = "A write of the nested world survived its rollback: a stale saved-last array skipped the save.")
@State
public class NestedArraySaveTest {
    private final Board board = new Board();

    @Actor
    public void nesting(II_Result r) {
        World outer = Worlds.push();
        try {
            long[] created = Board.fresh();
            board.writeSmall(0, Bits.OWNER_L);
            board.writeSmall(1, Bits.OWNER_L);
            World inner = Worlds.push();
            try {
                Board.write(created, 2, Bits.OTHER_L);
                board.writeSmall(2, Bits.OTHER_L);
            } finally {
                inner.rollback();
            }
            r.r1 = created[2] == Bits.INIT_L ? 0 : 1;
            r.r2 = board.small[2] == Bits.INIT_L ? 0 : 1;
        } finally {
            outer.rollback();
        }
    }

    @Actor
    public void entering() {
        Worlds.push().rollback();
    }
}
