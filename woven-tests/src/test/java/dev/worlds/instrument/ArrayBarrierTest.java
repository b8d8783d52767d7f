package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.fixtures.ArrayScenarios;
import dev.worlds.instrument.fixtures.Board;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

class ArrayBarrierTest {
    @ParameterizedTest
    @ValueSource(strings = {"everyStoreKindRollsBack", "staticInitializerArraysSurviveAWorldTheyInitializedIn",
            "backtrackingCountsEightQueens", "badStoresKeepTheirExceptions",
            "arraysCreatedInAWorldRollBackOnlyInInnerWorlds", "copiesAreNewArraysAndTheirSourceIsOnlyRead",
            "tablesFilledByStaticInitializerHelpersSurviveTheWorld"})
    void scenario(String name) {
        new WovenLoader().run(ArrayScenarios.class, name);
    }

    @Test
    void loopsThatFillOneArrayInOrderAreRolledBackLikeAnyOther() {
        new WovenLoader().run(dev.worlds.instrument.fixtures.LoopFills.class, "everyLoopRollsBack");
    }

    @Test
    void onlyLoopsThatFillOneArrayInOrderArePreparedBeforeTheyStart() throws Exception {
        ClassNode loops = WovenLoader.wovenClassNode(dev.worlds.instrument.fixtures.LoopFills.class);
        java.util.Map<String, List<String>> calls = new java.util.HashMap<>();
        for (MethodNode method : loops.methods) {
            List<String> names = new ArrayList<>();
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof MethodInsnNode call && call.owner.startsWith("dev/worlds/internal/")
                        && call.owner.contains("ArrayWrites")) {
                    names.add(call.owner.substring("dev/worlds/internal/".length()) + "." + call.name);
                }
            }
            calls.put(method.name, names);
        }
        assertEquals(List.of("LoopArrayWrites.prepare", "LoopArrayWrites.storeInt"), calls.get("fill"));
        assertEquals(List.of("LoopArrayWrites.prepare", "LoopArrayWrites.storeLong"), calls.get("fillLongs"));
        assertEquals(List.of("LoopArrayWrites.prepare", "LoopArrayWrites.storeByteOrBoolean"), calls.get("fillFlags"));
        assertEquals(List.of("LoopArrayWrites.prepare", "LoopArrayWrites.storeInt"), calls.get("fillRows"),
                "the inner loop; the outer one assigns the row it writes");
        assertEquals(List.of("LoopArrayWrites.prepare", "LoopArrayWrites.storeInt"), calls.get("fillWindow"));
        assertEquals(List.of("LoopArrayWrites.prepare", "LoopArrayWrites.storeInt"), calls.get("fillThrough"));
        assertEquals(List.of("ArrayWrites.storeInt"), calls.get("fillDoWhile"), "no bound tested on entry");
        assertEquals(List.of("ArrayWrites.storeInt"), calls.get("fillWithCall"), "a call in the loop");
        assertEquals(List.of("ArrayWrites.storeInt", "ArrayWrites.storeInt"), calls.get("fillTwo"), "two arrays");
        assertEquals(List.of("ArrayWrites.storeInt"), calls.get("fillEveryOther"), "index not the counter");
        assertEquals(List.of("ArrayWrites.storeInt"), calls.get("fillSwitching"), "the array local is assigned");
    }

    @ParameterizedTest
    @ValueSource(strings = {"everyTableEntryRollsBack", "writesOutsideWorldsAreUnchanged"})
    void jdkArrayWriters(String name) {
        new WovenLoader().run(dev.worlds.instrument.fixtures.JdkWriterScenarios.class, name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dataInputsRollBack", "textWritersRollBack", "cryptoOutputsRollBack",
            "threadEnumerationsRollBack", "inheritedWritersRollBack"})
    void moreJdkArrayWriters(String name) {
        new WovenLoader().run(dev.worlds.instrument.fixtures.MoreJdkWriterScenarios.class, name);
    }

    @Test
    void characterToCharsSavesTwoElementsFromItsIndex() throws Exception {
        ClassNode scenarios = WovenLoader.wovenClassNode(dev.worlds.instrument.fixtures.MoreJdkWriterScenarios.class);
        int calls = 0;
        for (MethodNode method : scenarios.methods) {
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof MethodInsnNode call && call.name.equals("toChars")) {
                    calls++;
                    // ... iload dstIndex; bipush 2; invokestatic beforeOffsetWrite; three reloads; the call.
                    List<AbstractInsnNode> code = previousCode(call, 6);
                    assertEquals("beforeOffsetWrite", ((MethodInsnNode) code.get(2)).name, method.name);
                    assertEquals(2, ((IntInsnNode) code.get(1)).operand, "at most two chars from dstIndex");
                    assertEquals(Opcodes.ILOAD, code.get(0).getOpcode(), "dstIndex");
                }
            }
        }
        assertEquals(3, calls);
    }

    @Test
    void aSuperCallToAnInheritedJdkWriterSavesFirst() throws Exception {
        ClassNode names = WovenLoader.wovenClassNode(dev.worlds.instrument.fixtures.NamesList.class);
        MethodNode copyInto = names.methods.stream().filter(m -> m.name.equals("copyInto")).findFirst().orElseThrow();
        List<String> calls = new ArrayList<>();
        for (AbstractInsnNode insn : copyInto.instructions) {
            if (insn instanceof MethodInsnNode call) {
                calls.add(call.getOpcode() + " " + call.owner + "." + call.name);
            }
        }
        // NamesList extends ArrayList, so it is rebased onto the tracked list and its super call
        // reaches TrackedArrayList.toArray; still the JDK writer's contract, so still saved first.
        assertEquals(List.of(Opcodes.INVOKESTATIC + " dev/worlds/internal/ArrayWrites.beforeWholeWrite",
                Opcodes.INVOKESPECIAL + " dev/worlds/collections/TrackedArrayList.toArray"), calls);
    }

    /** The {@code count} real instructions before {@code insn} and {@code insn} itself, in code order. */
    private static List<AbstractInsnNode> previousCode(AbstractInsnNode insn, int count) {
        List<AbstractInsnNode> code = new ArrayList<>();
        for (AbstractInsnNode at = insn; at != null && code.size() <= count; at = at.getPrevious()) {
            if (at.getOpcode() >= 0) {
                code.add(0, at);
            }
        }
        return code;
    }

    @Test
    void storesBecomeCallsExceptInTheStaticInitializer() throws Exception {
        ClassNode board = WovenLoader.wovenClassNode(Board.class);
        for (MethodNode method : board.methods) {
            List<String> calls = new ArrayList<>();
            boolean rawStore = false;
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof MethodInsnNode call && call.owner.equals("dev/worlds/internal/ArrayWrites")) {
                    calls.add(call.name);
                }
                rawStore |= insn.getOpcode() >= Opcodes.IASTORE && insn.getOpcode() <= Opcodes.SASTORE;
            }
            if (method.name.equals("<clinit>")) {
                assertTrue(rawStore && calls.stream().allMatch("created"::equals),
                        "static initializer stores stay as they are");
            } else {
                assertFalse(rawStore, method.name + " still has a raw array store");
            }
            if (method.name.equals("place")) {
                assertEquals(List.of("storeInt", "storeByteOrBoolean", "storeLong"), calls);
            }
        }
    }

    @Test
    void copiesAreReportedAsNewArraysAndNothingSavesTheirSource() throws Exception {
        ClassNode scenarios = WovenLoader.wovenClassNode(ArrayScenarios.class);
        MethodNode method = scenarios.methods.stream()
                .filter(m -> m.name.equals("copiesAreNewArraysAndTheirSourceIsOnlyRead")).findFirst().orElseThrow();
        List<String> calls = new ArrayList<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof MethodInsnNode call && (call.name.equals("clone") || call.name.startsWith("copyOf"))) {
                AbstractInsnNode dup = call.getNext();
                assertEquals(Opcodes.DUP, dup.getOpcode(), call.name + " is followed by its report");
                MethodInsnNode report = (MethodInsnNode) dup.getNext();
                assertEquals("created", report.name);
            }
            if (insn instanceof MethodInsnNode call && call.owner.equals("dev/worlds/internal/ArrayWrites")) {
                calls.add(call.name);
            }
        }
        assertEquals(java.util.Set.of("created", "storeInt"), new java.util.HashSet<>(calls),
                "array creations and stores only: nothing saves the source of a copy");
    }

    @Test
    void everyArrayCreationIsReportedStaticInitializerIncluded() throws Exception {
        ClassNode board = WovenLoader.wovenClassNode(Board.class);
        for (MethodNode method : board.methods) {
            int creations = 0;
            int reported = 0;
            for (AbstractInsnNode insn : method.instructions) {
                int opcode = insn.getOpcode();
                if (opcode == Opcodes.NEWARRAY || opcode == Opcodes.ANEWARRAY || opcode == Opcodes.MULTIANEWARRAY) {
                    creations++;
                    AbstractInsnNode dup = insn.getNext();
                    if (dup.getOpcode() == Opcodes.DUP && dup.getNext() instanceof MethodInsnNode call
                            && call.owner.equals("dev/worlds/internal/ArrayWrites") && call.name.equals("created")) {
                        reported++;
                    }
                }
            }
            assertEquals(creations, reported, method.name + ": every creation is followed by created()");
            if (method.name.equals("<clinit>")) {
                assertTrue(creations > 0, "the static initializer's arrays are class state the runtime must know");
            }
            if (method.name.equals("<init>")) {
                assertEquals(8, creations, "newarray, anewarray and multianewarray in the constructor");
            }
        }
    }
}
