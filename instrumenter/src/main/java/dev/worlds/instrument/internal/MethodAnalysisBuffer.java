package dev.worlds.instrument.internal;

import java.util.BitSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Buffers a method's code so the rewriters can be told what only the whole method shows, then
 * replays it into them: which putfields repeat a barrier ({@link RepeatedBarrierAnalysis}),
 * whether any field write has a barrier (then {@link WriterThreadLocal} adds the writing thread's
 * local), where the method's own local variables end (for {@link JdkArrayWriterCalls}), which loops fill
 * one array in order ({@link SequentialArrayLoops}). It also has the
 * original code looked at for calls that may write into arrays untracked ({@link UntrackedArrayCalls}).
 */
final class MethodAnalysisBuffer extends MethodNode {
    private final ClassWeavePlan plan;
    private final FieldWriteBarrier barriers;
    private final WriterThreadLocal writer;
    private final JdkArrayWriterCalls jdkCalls;
    private final LoopArrayPreparer loops;

    /** @param loops null where array stores are not rewritten (static initializers) */
    MethodAnalysisBuffer(int access, String name, String descriptor, ClassWeavePlan plan, FieldWriteBarrier barriers,
            WriterThreadLocal writer, JdkArrayWriterCalls jdkCalls, LoopArrayPreparer loops) {
        super(Opcodes.ASM9, access, name, descriptor, null, null);
        this.plan = plan;
        this.barriers = barriers;
        this.writer = writer;
        this.jdkCalls = jdkCalls;
        this.loops = loops;
    }

    @Override
    public void visitEnd() {
        super.visitEnd();
        SourceFrames sources = new SourceFrames(plan.className(), this);
        BitSet repeated = RepeatedBarrierAnalysis.repeatedBarriers(this, sources,
                write -> plan.isTrackedInstanceWrite(write.owner, write.name, write.desc));
        barriers.skipBarriersAt(repeated);
        int firstFreeLocal = maxLocals;
        if (hasFieldBarriers(repeated)) {
            writer.storeIn(firstFreeLocal);
            barriers.passWriterFrom(firstFreeLocal);
            firstFreeLocal++;
        }
        jdkCalls.useLocalsFrom(firstFreeLocal);
        if (loops != null) {
            loops.usePlan(SequentialArrayLoops.find(this, sources));
        }
        UntrackedArrayCalls.report(plan, this);
        accept(barriers);
    }

    /**
     * Whether some field write of this method gets a barrier, which then needs the writing thread.
     * Errs towards yes (a constructor's writes before {@code super()}, an inaccessible static): a
     * needless read of the thread costs a register load.
     */
    private boolean hasFieldBarriers(BitSet repeated) {
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i) instanceof FieldInsnNode write) {
                if (write.getOpcode() == Opcodes.PUTFIELD && !repeated.get(i)
                        && plan.isTrackedInstanceWrite(write.owner, write.name, write.desc)) {
                    return true;
                }
                if (write.getOpcode() == Opcodes.PUTSTATIC
                        && plan.isTrackedStaticWrite(write.owner, write.name, write.desc, name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
