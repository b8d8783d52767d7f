package dev.worlds.instrument.internal;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Buffers a method's code so the rewriters can be told what only the whole method shows, then
 * replays it into them: which putfields repeat a barrier ({@link RepeatedBarrierAnalysis}), and
 * where the method's own local variables end (for {@link JdkArrayWriterCalls}). It also has the
 * original code looked at for calls that may write into arrays untracked ({@link UntrackedArrayCalls}).
 */
final class MethodAnalysisBuffer extends MethodNode {
    private final ClassWeavePlan plan;
    private final FieldWriteBarrier barriers;
    private final JdkArrayWriterCalls jdkCalls;

    MethodAnalysisBuffer(int access, String name, String descriptor, ClassWeavePlan plan, FieldWriteBarrier barriers,
            JdkArrayWriterCalls jdkCalls) {
        super(Opcodes.ASM9, access, name, descriptor, null, null);
        this.plan = plan;
        this.barriers = barriers;
        this.jdkCalls = jdkCalls;
    }

    @Override
    public void visitEnd() {
        super.visitEnd();
        barriers.skipBarriersAt(RepeatedBarrierAnalysis.repeatedBarriers(plan.className(), this,
                write -> plan.isTrackedInstanceWrite(write.owner, write.name, write.desc)));
        jdkCalls.useLocalsFrom(maxLocals);
        UntrackedArrayCalls.report(plan, this);
        accept(barriers);
    }
}
