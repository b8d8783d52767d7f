package dev.worlds.instrument.internal;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.AnalyzerAdapter;
import org.objectweb.asm.tree.MethodNode;

/**
 * Weaves one method: buffers its code, analyses what only the whole method shows, then builds the
 * rewriters for what it found and replays the code into them. The analyses: what each field write
 * gets ({@link FieldWriteDecisions}; then {@link WorldComparandLocal} adds the local the barriers
 * compare with), which loops fill one array in order ({@link SequentialArrayLoops}), where the
 * method's own local variables end (for {@link JdkArrayWriterCalls}), and the reports of calls
 * that may write into arrays untracked ({@link UntrackedArrayCalls}) and of collections made by
 * the JDK ({@link UntrackedCollectionSources}), both made on the original code.
 *
 * <p>The rewriters, top (first to see an instruction) to bottom: field barriers, JDK array-writer
 * calls, loop preparation, array creation and store barriers (a static initializer's arrays are
 * class state, which its helpers fill: only their creation is reported), priority-queue
 * spliterators, {@code clone()} results; then constructor stamping or the static initializer's
 * scope and prologue.
 */
final class MethodWeaver extends MethodNode {
    private static final String PRIORITY_QUEUE = "java/util/PriorityQueue";

    private final ClassWeavePlan plan;
    private final MethodVisitor out;

    /** @param out where the woven method goes (the class writer's method visitor) */
    MethodWeaver(int access, String name, String descriptor, ClassWeavePlan plan, MethodVisitor out) {
        super(Opcodes.ASM9, access, name, descriptor, null, null);
        this.plan = plan;
        this.out = out;
    }

    @Override
    public void visitEnd() {
        super.visitEnd();
        SourceFrames sources = new SourceFrames(plan.className(), this);
        SequentialArrayLoops.Plan loops = isClassInit() ? null : SequentialArrayLoops.find(this, sources);
        UntrackedArrayCalls.report(plan, this);
        UntrackedCollectionSources.report(plan, this, sources);
        FieldWriteDecisions fieldWrites = FieldWriteDecisions.decide(plan, this, sources);
        int comparand = fieldWrites.barrierSites().isEmpty() ? -1 : WorldComparandLocal.add(this, fieldWrites.barrierSites());
        accept(new FieldWriteBarrier(arrayRewriters(classLevelRewriters(), loops), plan, fieldWrites, comparand));
    }

    private boolean isClassInit() {
        return name.equals("<clinit>");
    }

    /** Static initializer scope and prologue, or constructor stamping, and the rewrites of calls. */
    private MethodVisitor classLevelRewriters() {
        MethodVisitor chain = out;
        if (isClassInit()) {
            chain = ClassInitPrologue.at(new ClassInitScope(chain, plan.usesFrames()), plan);
        } else if (name.equals("<init>")) {
            AnalyzerAdapter frames = new AnalyzerAdapter(plan.className(), access, name, desc, chain);
            chain = frames;
            if (plan.declaresStamp()) {
                chain = new ConstructorStamper(chain, plan.className(), plan.info().superName(), frames);
            }
        }
        chain = new ClonedObjectStamper(chain);
        if (plan.hierarchy().collections().trackedFor(PRIORITY_QUEUE, plan.className()) != null) {
            chain = new PriorityQueueSpliteratorCalls(chain);
        }
        return chain;
    }

    /** @param loops null in a static initializer, whose array stores are not rewritten */
    private MethodVisitor arrayRewriters(MethodVisitor next, SequentialArrayLoops.Plan loops) {
        if (loops == null) {
            return new NewArrayNotifier(next);
        }
        MethodVisitor stores = new LoopArrayPreparer(new NewArrayNotifier(new ArrayWriteBarrier(next)), loops);
        return new JdkArrayWriterCalls(stores, plan.hierarchy(), maxLocals);
    }
}
