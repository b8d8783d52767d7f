package dev.worlds.bench.support;

import dev.worlds.instrument.internal.RuntimeNames;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Benchmark-only: turns the barrier methods of a class woven by the current weaver back into the
 * barrier woven before the thread checks, so that one JMH run can measure both. The barrier is now
 * {@code if (o.stamp != comparand) save(o)}, the comparand being a local of the calling method
 * (the writing thread's innermost world); in {@code $worlds$barrier} and
 * {@code $worlds$staticBarrier} this replaces the load of the comparand parameter with
 * {@code GETSTATIC WorldsRuntime.current}, which leaves {@code if (o.stamp !=
 * WorldsRuntime.current) save(o)}, the barrier before any thread check. The woven methods still
 * read the comparand, which the JIT drops once the barrier no longer uses it. The stack is as it
 * was at every label, so the frames stay valid.
 *
 * <p>A barrier method without exactly one load of its comparand parameter is refused: the weaver
 * changed its barrier, and the variant would otherwise measure the new barrier under the old one's
 * name.
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
                    if (replaceComparand(this) != 1) {
                        throw new IllegalStateException(className + "." + name + " does not load its comparand"
                                + " parameter exactly once: the weaver's barrier changed, so staticCompare would not"
                                + " measure the barrier before the thread-ownership check");
                    }
                    accept(next);
                }
            };
        }
    }

    /** The number of loads of the comparand (the last parameter) replaced by a read of {@code current}. */
    private static int replaceComparand(MethodNode method) {
        int comparand = (Type.getArgumentsAndReturnSizes(method.desc) >> 2) - 2;
        int replaced = 0;
        for (AbstractInsnNode insn : method.instructions.toArray()) {
            if (insn.getOpcode() == Opcodes.ALOAD && ((VarInsnNode) insn).var == comparand) {
                method.instructions.set(insn, new FieldInsnNode(Opcodes.GETSTATIC, RuntimeNames.RUNTIME,
                        RuntimeNames.CURRENT, "Ljava/lang/Object;"));
                replaced++;
            }
        }
        return replaced;
    }
}
