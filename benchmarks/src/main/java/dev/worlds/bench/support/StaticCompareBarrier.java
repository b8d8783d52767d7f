package dev.worlds.bench.support;

import dev.worlds.instrument.internal.RuntimeNames;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Benchmark-only: turns the barrier methods of a class woven by the current weaver back into the
 * barrier woven before the thread checks, so that one JMH run can measure both. The barrier is now
 * {@code if (stamp == current ? isForeignWrite(stamp, writer) : needsSave(stamp, writer)) save(o)};
 * in {@code $worlds$barrier} and {@code $worlds$staticBarrier} this replaces
 * <pre>
 * INVOKESTATIC WorldsRuntime.needsSave(Object, Thread)Z; IFEQ done        with   POP2
 * INVOKESTATIC WorldsRuntime.isForeignWrite(Object, Thread)Z; IFNE save   with   POP2
 * </pre>
 * which drop the stamp and thread the calls would have consumed, and leave
 * {@code if (o.stamp != WorldsRuntime.current) save(o)}, the barrier before any thread check (the
 * JIT removes the dead loads). The stack at every label is as it was, so the frames stay valid.
 *
 * <p>A barrier method without both sequences is refused: the weaver changed its barrier, and the
 * variant would otherwise measure the new barrier under the old one's name.
 */
final class StaticCompareBarrier {

    private StaticCompareBarrier() {
    }

    /** {@code classFile} with its barrier methods rewritten; unchanged if it declares none. */
    static byte[] rewrite(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new BarrierRewriter(writer, reader.getClassName()), 0);
        return writer.toByteArray();
    }

    static boolean isBarrier(String methodName) {
        return methodName.equals(RuntimeNames.BARRIER_METHOD) || methodName.equals(RuntimeNames.STATIC_BARRIER_METHOD);
    }

    private static final class BarrierRewriter extends ClassVisitor {
        private final String className;

        BarrierRewriter(ClassVisitor next, String className) {
            super(Opcodes.ASM9, next);
            this.className = className;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
            if (!isBarrier(name)) {
                return next;
            }
            return new MethodNode(Opcodes.ASM9, access, name, descriptor, signature, exceptions) {
                @Override
                public void visitEnd() {
                    if (replaceStampTests(this) != 2) {
                        throw new IllegalStateException(className + "." + name + " does not have one INVOKESTATIC "
                                + RuntimeNames.RUNTIME + "." + RuntimeNames.IS_FOREIGN_WRITE + " and one "
                                + RuntimeNames.NEEDS_SAVE + ", followed by IFNE and IFEQ: the weaver's barrier changed,"
                                + " so staticCompare would not measure the barrier before the thread-ownership check");
                    }
                    accept(next);
                }
            };
        }
    }

    /**
     * The number of stamp-test-and-branch pairs replaced in {@code method}: each test's call becomes
     * {@code POP2} and its branch goes, so that a stamp other than {@code current} always falls
     * through to the save and the stamp {@code current} never reaches it.
     */
    private static int replaceStampTests(MethodNode method) {
        int replaced = 0;
        for (AbstractInsnNode insn : method.instructions.toArray()) {
            AbstractInsnNode next = insn.getNext();
            boolean needsSave = isStampTest(insn, RuntimeNames.NEEDS_SAVE) && next != null
                    && next.getOpcode() == Opcodes.IFEQ;
            boolean foreignWrite = isStampTest(insn, RuntimeNames.IS_FOREIGN_WRITE) && next != null
                    && next.getOpcode() == Opcodes.IFNE;
            if (needsSave || foreignWrite) {
                method.instructions.set(insn, new InsnNode(Opcodes.POP2));
                method.instructions.remove(next);
                replaced++;
            }
        }
        return replaced;
    }

    private static boolean isStampTest(AbstractInsnNode insn, String name) {
        return insn.getOpcode() == Opcodes.INVOKESTATIC && insn instanceof MethodInsnNode call
                && call.owner.equals(RuntimeNames.RUNTIME) && call.name.equals(name)
                && call.desc.equals(RuntimeNames.STAMP_TEST_DESC);
    }
}
