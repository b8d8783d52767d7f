package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.fixtures.WriterFrameScenarios;
import dev.worlds.instrument.fixtures.WriterFrames;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The local holding the writing thread: read once at the start of each method with a field
 * barrier, declared in every frame of it (the woven fixtures load under {@code -Xverify:all}),
 * and absent from methods without one.
 */
class WriterThreadLocalTest {
    private final WovenLoader loader = new WovenLoader();

    @Test
    void methodsWithBranchesLoopsHandlersAndWideLocalsVerifyAndRunWoven() {
        loader.run(WriterFrameScenarios.class, "everyShapeWritesAndRollsBack");
    }

    @Test
    void everyFrameOfAMethodWithBarriersDeclaresTheThreadInItsLastSlot() throws Exception {
        for (MethodNode method : WovenLoader.wovenClassNode(WriterFrames.class).methods) {
            if (method.name.startsWith("$worlds$") || !readsThread(method)) {
                continue;
            }
            int frames = 0;
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof FrameNode frame) {
                    frames++;
                    assertEquals("java/lang/Thread", frame.local.get(frame.local.size() - 1),
                            method.name + method.desc + " frame locals " + frame.local);
                }
            }
            assertTrue(frames > 0 || method.name.equals("<init>"), method.name + method.desc + " has branches");
        }
    }

    @Test
    void methodsWithoutTrackedWritesDoNotReadTheThread() throws Exception {
        for (MethodNode method : WovenLoader.wovenClassNode(WriterFrames.class).methods) {
            if (method.name.equals("doubled")) {
                assertFalse(readsThread(method));
            } else if (method.name.equals("accumulate")) {
                assertTrue(readsThread(method));
            }
        }
    }

    private static boolean readsThread(MethodNode method) {
        for (AbstractInsnNode insn : method.instructions) {
            if (insn.getOpcode() == Opcodes.INVOKESTATIC && insn instanceof MethodInsnNode call
                    && call.owner.equals("java/lang/Thread") && call.name.equals("currentThread")) {
                return true;
            }
        }
        return false;
    }
}
