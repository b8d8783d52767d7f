package dev.worlds.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.worlds.WorldConflictException;
import dev.worlds.Worlds;
import dev.worlds.World;
import dev.worlds.jcstress.model.Node;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * An object created inside a world (stamped with it), committed, then published through a
 * volatile field. Once the reader sees it, it sees every field the constructor wrote, and the
 * object belongs to no world any more: the reader's own write to it is no conflict.
 */
@JCStressTest
@Description("Publication of an object created in a committed world. "
        + "Result: 0 not published yet / 1 fully initialised / 2 partly initialised, "
        + "then 1 if the reader's write to it threw a conflict.")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "Not published yet.")
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "Published, fully initialised, and free to write.")
@Outcome(id = "2, 0", expect = FORBIDDEN, desc = "Published with a field missing its constructor value.")
@Outcome(expect = FORBIDDEN, desc = "The committed object still conflicted with its creator's world.")
@State
public class PublishCommittedObjectTest {
    private volatile Node published;

    @Actor
    public void creator() {
        World world = Worlds.push();
        Node node;
        try {
            node = new Node();
        } catch (RuntimeException | Error failure) {
            world.rollback();
            throw failure;
        }
        world.commit();
        published = node;
    }

    @Actor
    public void reader(II_Result r) {
        Node node = published;
        if (node == null) {
            return;
        }
        r.r1 = node.complete() ? 1 : 2;
        try {
            node.touch();
        } catch (WorldConflictException conflict) {
            r.r2 = 1;
        }
    }
}
