package dev.worlds.bench.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import dev.worlds.bench.support.WorkloadClassLoader.Weaving;
import dev.worlds.instrument.ClassFileLocator;
import dev.worlds.instrument.ClassHierarchy;
import dev.worlds.instrument.WeaveResult;
import dev.worlds.instrument.Weaver;
import dev.worlds.instrument.internal.RuntimeNames;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

class StaticCompareBarrierTest {
    private static final String CELL = "dev/worlds/bench/workload/Cell";
    private static final String COUNTER = "dev/worlds/bench/support/StaticCounter";
    private static final String GET_CURRENT = "GETSTATIC " + RuntimeNames.RUNTIME + "." + RuntimeNames.CURRENT;

    @Test
    void wovenCellBarrierComparesTheStampWithTheComparandParameter() throws Exception {
        byte[] woven = new WorkloadClassLoader(getClass().getClassLoader(), Weaving.WEAVER).classFile(CELL);
        assertEquals(List.of("ALOAD 1", "IF_ACMPEQ"), barrierTest(woven, RuntimeNames.BARRIER_METHOD));
    }

    @Test
    void staticCompareCellBarrierComparesTheStampWithCurrent() throws Exception {
        byte[] rewritten = new WorkloadClassLoader(getClass().getClassLoader(), Weaving.WEAVER_WITH_STATIC_COMPARE)
                .classFile(CELL);
        assertEquals(List.of(GET_CURRENT, "IF_ACMPEQ"), barrierTest(rewritten, RuntimeNames.BARRIER_METHOD));
    }

    @Test
    void staticStateBarrierIsRewrittenAndStillRollsBack() throws Exception {
        byte[] rewritten = StaticCompareBarrier.rewrite(wovenCounter());
        assertEquals(List.of(GET_CURRENT, "IF_ACMPEQ"), barrierTest(rewritten, RuntimeNames.STATIC_BARRIER_METHOD));

        Class<?> counter = new SingleClassLoader(getClass().getClassLoader()).define(rewritten);
        Method bump = counter.getMethod("bump");
        Method count = counter.getMethod("count");
        bump.invoke(null);
        Worlds.push();
        try {
            bump.invoke(null);
            bump.invoke(null);
            assertEquals(3, count.invoke(null));
        } finally {
            Worlds.pop();
        }
        assertEquals(1, count.invoke(null));
    }

    @Test
    void refusesABarrierThatDoesNotLoadItsComparand() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "p/Changed", null, "java/lang/Object", null);
        MethodVisitor barrier = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC,
                RuntimeNames.BARRIER_METHOD, RuntimeNames.BARRIER_DESC, null, null);
        barrier.visitCode();
        barrier.visitInsn(Opcodes.RETURN);
        barrier.visitMaxs(0, 0);
        barrier.visitEnd();
        writer.visitEnd();
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> StaticCompareBarrier.rewrite(writer.toByteArray()));
        assertTrue(refused.getMessage().contains("p/Changed." + RuntimeNames.BARRIER_METHOD), refused.getMessage());
    }

    @Test
    void leavesClassesWithoutBarrierAlone() throws Exception {
        byte[] loops = new WorkloadClassLoader(getClass().getClassLoader(), Weaving.WEAVER)
                .classFile("dev/worlds/bench/workload/CellLoops");
        ClassNode rewritten = classNode(StaticCompareBarrier.rewrite(loops));
        assertTrue(rewritten.methods.stream().noneMatch(m -> StaticCompareBarrier.isBarrier(m.name)));
        assertEquals(classNode(loops).methods.size(), rewritten.methods.size());
    }

    /** The barrier's test: what the stamp is compared with (the comparand parameter, or current), and the branch. */
    private static List<String> barrierTest(byte[] classFile, String barrierName) {
        MethodNode barrier = classNode(classFile).methods.stream().filter(m -> m.name.equals(barrierName))
                .findFirst().orElseThrow();
        List<String> test = new ArrayList<>();
        for (AbstractInsnNode insn : barrier.instructions) {
            if (insn instanceof MethodInsnNode call && call.owner.equals(RuntimeNames.RUNTIME)
                    && !call.name.equals(RuntimeNames.SAVE)) {
                test.add("INVOKESTATIC " + call.owner + "." + call.name);
            } else if (insn instanceof FieldInsnNode field && field.owner.equals(RuntimeNames.RUNTIME)) {
                test.add("GETSTATIC " + field.owner + "." + field.name);
            } else if (insn.getOpcode() == Opcodes.ALOAD && ((VarInsnNode) insn).var > 0) {
                test.add("ALOAD " + ((VarInsnNode) insn).var);
            } else if (insn.getOpcode() == Opcodes.IF_ACMPEQ) {
                test.add("IF_ACMPEQ");
            }
        }
        return test;
    }

    private static ClassNode classNode(byte[] classFile) {
        ClassNode node = new ClassNode();
        new ClassReader(classFile).accept(node, 0);
        return node;
    }

    private static byte[] wovenCounter() throws Exception {
        Path testClasses = Path.of(StaticCounter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ClassFileLocator locator = new ClassFileLocator(List.of(testClasses));
        Weaver weaver = new Weaver(new ClassHierarchy(locator, COUNTER::equals));
        WeaveResult result = weaver.weave(locator.find(COUNTER), COUNTER + ".class");
        assertTrue(result.changed(), "the fixture was not woven");
        return result.bytes();
    }

    /** Defines one class file in a loader of its own, so the JVM verifies it on its own. */
    private static final class SingleClassLoader extends ClassLoader {
        SingleClassLoader(ClassLoader parent) {
            super(parent);
        }

        Class<?> define(byte[] classFile) {
            return defineClass(null, classFile, 0, classFile.length);
        }
    }
}
