package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.worlds.instrument.fixtures.Account;
import dev.worlds.instrument.fixtures.Counters;
import dev.worlds.instrument.fixtures.Outer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.Printer;

/** The exact instructions the weaver puts around writes. */
class BarrierInstructionsTest {
    private static MethodNode woven(Class<?> type, String name, String descriptor) throws Exception {
        return WovenLoader.wovenClassNode(type).methods.stream().filter(m -> m.name.equals(name) && m.desc.equals(descriptor)).findFirst().orElseThrow();
    }

    /** Opcode names, with owner.name for field and method instructions; labels, lines and frames left out. */
    private static List<String> code(MethodNode method) {
        List<String> code = new ArrayList<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (insn.getOpcode() < 0) {
                continue;
            }
            String text = Printer.OPCODES[insn.getOpcode()];
            if (insn instanceof FieldInsnNode field) {
                text += " " + field.name;
            } else if (insn instanceof MethodInsnNode call) {
                text += " " + call.owner.substring(call.owner.lastIndexOf('/') + 1) + "." + call.name;
            }
            code.add(text);
        }
        return code;
    }

    @Test
    void longWriteDigsTheReceiverFromUnderATwoSlotValue() throws Exception {
        // return balance++;  ->  aload0 dup getfield dup2_x1 lconst_1 ladd [barrier] putfield lreturn
        assertEquals(List.of("INVOKESTATIC WorldsRuntime.comparand", "ASTORE", "ALOAD", "DUP", "GETFIELD balance",
                "DUP2_X1", "LCONST_1", "LADD", "DUP2_X1", "POP2", "DUP", "ALOAD", "INVOKESTATIC Account.$worlds$barrier",
                "DUP_X2", "POP", "PUTFIELD balance", "LRETURN"), code(woven(Account.class, "postIncrement", "()J")));
    }

    @Test
    void intWriteSwapsTheReceiverAboveTheValue() throws Exception {
        List<String> code = code(woven(Outer.class, "lambda$lambdaSetter$0", "(I)V"));
        assertEquals(List.of("INVOKESTATIC WorldsRuntime.comparand", "ASTORE", "ALOAD", "ILOAD", "SWAP", "DUP", "ALOAD",
                "INVOKESTATIC Outer.$worlds$barrier", "SWAP", "PUTFIELD secret", "RETURN"), code);
    }

    @Test
    void constructorWritesBeforeSuperHaveNoBarrierAndTheRootStampsAfterSuper() throws Exception {
        List<String> code = code(woven(Outer.Inner.class, "<init>", "(Ldev/worlds/instrument/fixtures/Outer;I)V"));
        // No barrier before super(), so the comparand local starts null; it is read after the call.
        assertEquals(List.of("ACONST_NULL", "ASTORE",
                "ALOAD", "ALOAD", "PUTFIELD this$0", "ALOAD", "INVOKESPECIAL Object.<init>",
                "ALOAD", "INVOKESTATIC WorldsRuntime.newStamp", "PUTFIELD $worlds$stamp",
                "INVOKESTATIC WorldsRuntime.comparand", "ASTORE",
                "ALOAD", "ILOAD", "SWAP", "DUP", "ALOAD", "INVOKESTATIC Outer$Inner.$worlds$barrier", "SWAP",
                "PUTFIELD own"), code.subList(0, 20));
    }

    @Test
    void staticWriteCallsTheDeclaringClassesStaticBarrier() throws Exception {
        List<String> code = code(woven(Counters.class, "hit", "(Ljava/lang/String;)V"));
        assertEquals(List.of("INVOKESTATIC WorldsRuntime.comparand", "ASTORE", "GETSTATIC hits", "ICONST_1", "IADD",
                "ALOAD", "INVOKESTATIC Counters.$worlds$staticBarrier", "PUTSTATIC hits"), code.subList(0, 8));
        // @Untracked statics are written directly.
        int untracked = code.indexOf("PUTSTATIC statsCalls");
        assertEquals("IADD", code.get(untracked - 1));
    }

    @Test
    void staticInitializerCreatesTheStaticStateFirstAndEndsItsScopeOnEveryExit() throws Exception {
        MethodNode clinit = woven(Counters.class, "<clinit>", "()V");
        List<String> code = code(clinit);
        assertEquals(List.of("INVOKESTATIC WorldsRuntime.beginClassInit", "INVOKESTATIC MethodHandles.lookup",
                "INVOKESTATIC StaticState.of", "PUTSTATIC $worlds$statics"), code.subList(0, 4));
        assertEquals(List.of("INVOKESTATIC WorldsRuntime.endClassInit", "RETURN",
                "INVOKESTATIC WorldsRuntime.endClassInit", "ATHROW"), code.subList(code.size() - 4, code.size()));
        assertEquals(1, clinit.tryCatchBlocks.size());
        assertEquals(null, clinit.tryCatchBlocks.get(0).type);
        assertEquals(Opcodes.ACC_STATIC, clinit.access);
    }
}
