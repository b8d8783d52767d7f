package dev.worlds.instrument.internal;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Buffers a method's code, runs {@link RepeatedBarrierAnalysis} on it, and replays it into the
 * {@link FieldWriteBarrier} with the repeated barriers marked to be skipped.
 */
final class RepeatedBarrierFilter extends MethodNode {
    private final ClassWeavePlan plan;
    private final FieldWriteBarrier barriers;

    RepeatedBarrierFilter(int access, String name, String descriptor, ClassWeavePlan plan, FieldWriteBarrier barriers) {
        super(Opcodes.ASM9, access, name, descriptor, null, null);
        this.plan = plan;
        this.barriers = barriers;
    }

    @Override
    public void visitEnd() {
        super.visitEnd();
        barriers.skipBarriersAt(RepeatedBarrierAnalysis.repeatedBarriers(plan.className(), this,
                write -> plan.isTrackedInstanceWrite(write.owner, write.name, write.desc)));
        accept(barriers);
    }
}
