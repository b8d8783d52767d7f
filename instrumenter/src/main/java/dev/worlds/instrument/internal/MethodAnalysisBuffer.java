package dev.worlds.instrument.internal;

import java.util.BitSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Buffers a method's code so the rewriters can be told what only the whole method shows, then
 * replays it into them: which putfields repeat a barrier ({@link RepeatedBarrierAnalysis}),
 * which field writes get a barrier (then {@link WorldComparandLocal} adds the local they compare
 * with), where the method's own local variables end (for {@link JdkArrayWriterCalls}), which loops fill
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
        BitSet repeated = RepeatedBarrierAnalysis.repeatedBarriers(this, sources,
                write -> plan.isTrackedInstanceWrite(write.owner, write.name, write.desc));
        if (loops != null) {
            loops.usePlan(SequentialArrayLoops.find(this, sources));
        }
        UntrackedArrayCalls.report(plan, this);
        UntrackedCollectionSources.report(plan, this, sources);
        BitSet barrierSites = fieldBarrierSites(repeated);
        if (!barrierSites.isEmpty()) {
            // Adding the comparand local inserts instructions: the repeated barriers, found by
            // index, are found again by instruction.
            AbstractInsnNode[] before = instructions.toArray();
            barriers.passComparandFrom(WorldComparandLocal.add(this, barrierSites));
            BitSet moved = new BitSet();
            for (int i = repeated.nextSetBit(0); i >= 0; i = repeated.nextSetBit(i + 1)) {
                moved.set(instructions.indexOf(before[i]));
            }
            repeated = moved;
        }
        barriers.skipBarriersAt(repeated);
        jdkCalls.useLocalsFrom(maxLocals);
        accept(barriers);
    }

    /**
     * The field writes of this method that get a barrier, which needs the comparand. Errs towards
     * more (a constructor's writes before {@code super()}, an inaccessible static): a needless
     * read of the comparand costs little, a missing one would make a barrier compare with a stale
     * value.
     */
    private BitSet fieldBarrierSites(BitSet repeated) {
        BitSet sites = new BitSet();
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i) instanceof FieldInsnNode write) {
                boolean instance = write.getOpcode() == Opcodes.PUTFIELD && !repeated.get(i)
                        && plan.isTrackedInstanceWrite(write.owner, write.name, write.desc);
                boolean statics = write.getOpcode() == Opcodes.PUTSTATIC
                        && plan.isTrackedStaticWrite(write.owner, write.name, write.desc, name);
                if (instance || statics) {
                    sites.set(i);
                }
            }
        }
        return sites;
    }
}
