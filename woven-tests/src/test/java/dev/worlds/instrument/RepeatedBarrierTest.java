package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.worlds.instrument.fixtures.Pair;
import dev.worlds.instrument.fixtures.PairScenarios;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** One barrier per object per straight-line run of writes, and never fewer than needed. */
class RepeatedBarrierTest {
    private static int barriers(String method) throws Exception {
        MethodNode found = WovenLoader.wovenClassNode(Pair.class).methods.stream().filter(m -> m.name.equals(method)).findFirst().orElseThrow();
        int count = 0;
        for (AbstractInsnNode insn : found.instructions) {
            if (insn instanceof MethodInsnNode call && call.name.equals("$worlds$barrier")) {
                count++;
            }
        }
        return count;
    }

    @Test
    void consecutiveWritesToOneObjectShareABarrier() throws Exception {
        assertEquals(1, barriers("setBoth"));
    }

    @Test
    void aCallBetweenWritesKeepsBothBarriers() throws Exception {
        assertEquals(2, barriers("callBetween"));
    }

    @Test
    void aBranchTargetBetweenWritesKeepsTheBarrierAfterIt() throws Exception {
        // a: barrier; b: only reachable through a's barrier; c: also reachable around b, after a label.
        assertEquals(2, barriers("branchBetween"));
    }

    @Test
    void anotherObjectStoredInTheSameLocalGetsItsOwnBarrier() throws Exception {
        assertEquals(2, barriers("otherObjectInSameLocal"));
    }

    @Test
    void aLoopBodyHasOneBarrierPerObject() throws Exception {
        assertEquals(1, barriers("loop"));
    }

    @Test
    void writesWhoseBarrierWasSkippedAreStillRolledBack() {
        new WovenLoader().run(PairScenarios.class, "everyShapeRollsBack");
    }
}
