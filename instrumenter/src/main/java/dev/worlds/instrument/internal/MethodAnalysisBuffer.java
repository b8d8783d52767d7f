package dev.worlds.instrument.internal;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Buffers a method's code so the rewriters can be told what only the whole method shows, then
 * replays it into them: which putfields repeat a barrier ({@link RepeatedBarrierAnalysis}), and
 * where the method's own local variables end (for {@link JdkArrayWriterCalls}), which loops fill
 * one array in order ({@link SequentialArrayLoops}). It also has the
 * original code looked at for calls that may write into arrays untracked ({@link UntrackedArrayCalls}).
 */
final class MethodAnalysisBuffer extends MethodNode {
    private final ClassWeavePlan plan;
    private final FieldWriteBarrier barriers;
    private final JdkArrayWriterCalls jdkCalls;
    private final LoopArrayPreparer loops;

    /** @param loops null where array stores are not rewritten (static initializers) */
    MethodAnalysisBuffer(int access, String name, String descriptor, ClassWeavePlan plan, FieldWriteBarrier barriers,
            JdkArrayWriterCalls jdkCalls, LoopArrayPreparer loops) {
        super(Opcodes.ASM9, access, name, descriptor, null, null);
        this.plan = plan;
        this.barriers = barriers;
        this.jdkCalls = jdkCalls;
        this.loops = loops;
    }

    @Override
    public void visitEnd() {
        super.visitEnd();
        SourceFrames sources = new SourceFrames(plan.className(), this);
        barriers.skipBarriersAt(RepeatedBarrierAnalysis.repeatedBarriers(this, sources,
                write -> plan.isTrackedInstanceWrite(write.owner, write.name, write.desc)));
        jdkCalls.useLocalsFrom(maxLocals);
        if (loops != null) {
            loops.usePlan(SequentialArrayLoops.find(this, sources));
        }
        UntrackedArrayCalls.report(plan, this);
        accept(barriers);
    }
}
