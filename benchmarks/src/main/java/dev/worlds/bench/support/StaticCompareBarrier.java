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
 * {@code if (o.stamp != WorldsRuntime.current && WorldsRuntime.needsSave(o.stamp)) save(o)}; in
 * {@code $worlds$barrier} and {@code $worlds$staticBarrier} this replaces
 * <pre>
 * INVOKESTATIC WorldsRuntime.needsSave(Object)Z; IFEQ saved
 * </pre>
 * with {@code POP}, which drops the stamp the call would have consumed and falls through to the
 * save: {@code if (o.stamp != WorldsRuntime.current) save(o)}, the previous barrier (the JIT removes
 * the dead stamp load). The stack at every label is as it was, so the frames stay valid.
 *
 * <p>A barrier method without that sequence is refused: the weaver changed its barrier, and the
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
                    if (replaceNeedsSave(this) == 0) {
                        throw new IllegalStateException(className + "." + name + " has no INVOKESTATIC "
                                + RuntimeNames.RUNTIME + "." + RuntimeNames.NEEDS_SAVE + " followed by IFEQ:"
                                + " the weaver's barrier changed, so staticCompare would not measure the"
                                + " barrier before the thread-ownership check");
                    }
                    accept(next);
                }
            };
        }
    }

    /** The number of needsSave-and-branch pairs replaced in {@code method}. */
    private static int replaceNeedsSave(MethodNode method) {
        int replaced = 0;
        for (AbstractInsnNode insn : method.instructions.toArray()) {
            AbstractInsnNode next = insn.getNext();
            if (isNeedsSave(insn) && next != null && next.getOpcode() == Opcodes.IFEQ) {
                method.instructions.set(insn, new InsnNode(Opcodes.POP));
                method.instructions.remove(next);
                replaced++;
            }
        }
        return replaced;
    }

    private static boolean isNeedsSave(AbstractInsnNode insn) {
        return insn.getOpcode() == Opcodes.INVOKESTATIC && insn instanceof MethodInsnNode call
                && call.owner.equals(RuntimeNames.RUNTIME) && call.name.equals(RuntimeNames.NEEDS_SAVE)
                && call.desc.equals(RuntimeNames.NEEDS_SAVE_DESC);
    }
}
