package dev.worlds.instrument.internal;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Buffers a method's code so the rewriters can be told what only the whole method shows, then
 * replays it into them: what each field write gets ({@link FieldWriteDecisions}; then {@link WorldComparandLocal}
 * adds the local the barriers compare with), where the method's own local variables end (for {@link JdkArrayWriterCalls}), which loops fill
 * one array in order ({@link SequentialArrayLoops}). It also has the
 * original code looked at for calls that may write into arrays untracked ({@link UntrackedArrayCalls}).
 */
final class MethodAnalysisBuffer extends MethodNode {
    private final ClassWeavePlan plan;
    private final MethodVisitor next;
    private final JdkArrayWriterCalls jdkCalls;
    private final LoopArrayPreparer loops;

    /**
     * @param next  the rewriters below the field barriers
     * @param loops null where array stores are not rewritten (static initializers)
     */
    MethodAnalysisBuffer(int access, String name, String descriptor, ClassWeavePlan plan, MethodVisitor next,
            JdkArrayWriterCalls jdkCalls, LoopArrayPreparer loops) {
        super(Opcodes.ASM9, access, name, descriptor, null, null);
        this.plan = plan;
        this.next = next;
        this.jdkCalls = jdkCalls;
        this.loops = loops;
    }

    @Override
    public void visitEnd() {
        super.visitEnd();
        SourceFrames sources = new SourceFrames(plan.className(), this);
        if (loops != null) {
            loops.usePlan(SequentialArrayLoops.find(this, sources));
        }
        UntrackedArrayCalls.report(plan, this);
        UntrackedCollectionSources.report(plan, this, sources);
        FieldWriteDecisions fieldWrites = FieldWriteDecisions.decide(plan, this, sources);
        int comparand = fieldWrites.barrierSites().isEmpty() ? -1 : WorldComparandLocal.add(this, fieldWrites.barrierSites());
        jdkCalls.useLocalsFrom(maxLocals);
        accept(new FieldWriteBarrier(next, plan, fieldWrites, comparand));
    }
}
