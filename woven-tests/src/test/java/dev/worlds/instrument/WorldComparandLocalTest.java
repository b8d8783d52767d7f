package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.fixtures.ComparandFrames;
import dev.worlds.instrument.fixtures.ComparandScenarios;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The local a method's field barriers compare stamps with: declared in every frame (the woven
 * fixtures load under {@code -Xverify:all}), read again where a call may have changed worlds and
 * a barrier follows, and absent from methods without barriers.
 */
class WorldComparandLocalTest {
    private final WovenLoader loader = new WovenLoader();

    @Test
    void methodsWithBranchesLoopsHandlersAndWideLocalsVerifyAndRunWoven() {
        loader.run(ComparandScenarios.class, "everyShapeWritesAndRollsBack");
    }

    @Test
    void aWriteAfterACallThatPushedIsSavedInThePushedWorld() {
        loader.run(ComparandScenarios.class, "aWriteAfterAPushInTheSameMethodIsSavedInThePushedWorld");
    }

    @Test
    void everyFrameOfAMethodWithBarriersDeclaresTheComparandInItsLastSlot() throws Exception {
        int checked = 0;
        for (MethodNode method : methods()) {
            if (method.name.startsWith("$worlds$") || comparandReads(method) == 0) {
                continue;
            }
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof FrameNode frame) {
                    checked++;
                    assertEquals("java/lang/Object", frame.local.get(frame.local.size() - 1),
                            method.name + method.desc + " frame locals " + frame.local);
                }
            }
        }
        assertTrue(checked > 10, "frames checked: " + checked);
    }

    @Test
    void theComparandIsReadWhereACallMayHaveChangedWorldsAndABarrierFollows() throws Exception {
        assertEquals(0, comparandReads(method("doubled")), "no barrier");
        assertEquals(1, comparandReads(method("levelAll")), "once before the loop, not per iteration");
        assertEquals(1, comparandReads(method("pushThenWrite")), "after the push, not at the start");
        // After the push in the protected range the exception constructor is the last call before
        // the throw, so the read goes to the handler's start.
        assertEquals(1, comparandReads(method("pushThrowAndWriteInHandler")), "at the handler");
        assertEquals(1, comparandReads(method("writeInAWorldPerIteration")), "after each iteration's push");
        // parseInt may throw after changing worlds: one read after it, one in the handler, one at the start.
        assertEquals(3, comparandReads(method("parse")));
    }

    private static List<MethodNode> methods() throws Exception {
        return WovenLoader.wovenClassNode(ComparandFrames.class).methods;
    }

    private static MethodNode method(String name) throws Exception {
        return methods().stream().filter(m -> m.name.equals(name)).findFirst().orElseThrow();
    }

    private static int comparandReads(MethodNode method) {
        int reads = 0;
        for (AbstractInsnNode insn : method.instructions) {
            if (insn.getOpcode() == Opcodes.INVOKESTATIC && insn instanceof MethodInsnNode call
                    && call.owner.equals("dev/worlds/internal/WorldsRuntime") && call.name.equals("comparand")) {
                reads++;
            }
        }
        return reads;
    }
}
