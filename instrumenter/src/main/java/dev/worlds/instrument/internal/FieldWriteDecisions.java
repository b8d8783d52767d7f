package dev.worlds.instrument.internal;

import dev.worlds.instrument.ClassHierarchy;
import dev.worlds.instrument.ClassInfo;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.AnalyzerAdapter;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Decides, for every {@code putfield} and {@code putstatic} of one buffered method, whether it
 * gets a barrier, repeats one ({@link RepeatedBarrierAnalysis}), or cannot be tracked and is
 * reported: the one place this is decided. {@link FieldWriteBarrier} carries the decisions out,
 * in the order of the writes, and {@link WorldComparandLocal} serves exactly the writes with a
 * barrier.
 *
 * <p>Not barriered: writes whose receiver is {@code uninitializedThis} (javac's {@code this$0} and
 * captured values, flexible constructor bodies): JVMS 4.10.1.9 lets {@code putfield} store into
 * fields of the current class on an uninitialized {@code this}, but no other instruction may use
 * it, so it cannot be passed to a barrier; such an object is new and needs no save anyway. Nor is
 * a class's own static field written in its {@code <clinit>}: class initialization is not undone
 * by a rollback.
 */
final class FieldWriteDecisions {
    private final ClassWeavePlan plan;
    private final MethodNode method;
    private final Map<AbstractInsnNode, FieldWriteDecision> byWrite = new HashMap<>();
    private final List<FieldWriteDecision> inOrder = new ArrayList<>();
    private final BitSet barrierSites = new BitSet();

    private FieldWriteDecisions(ClassWeavePlan plan, MethodNode method) {
        this.plan = plan;
        this.method = method;
    }

    /** Decides every field write of {@code method}, whose code must not change until it is replayed. */
    static FieldWriteDecisions decide(ClassWeavePlan plan, MethodNode method, SourceFrames sources) {
        FieldWriteDecisions decisions = new FieldWriteDecisions(plan, method);
        decisions.decideEach(uninitializedThisWrites(plan.className(), method));
        BitSet repeated = RepeatedBarrierAnalysis.repeatedBarriers(method, sources,
                write -> decisions.byWrite.get(write).kind() == FieldWriteDecision.Kind.BARRIER);
        for (int i = repeated.nextSetBit(0); i >= 0; i = repeated.nextSetBit(i + 1)) {
            decisions.byWrite.put(method.instructions.get(i), FieldWriteDecision.REPEATED);
        }
        decisions.collect();
        return decisions;
    }

    /** The decisions in the order of the writes in the method, which is the order they are replayed in. */
    List<FieldWriteDecision> inOrder() {
        return inOrder;
    }

    /** Indexes in the method, as decided, of the writes that get a barrier (and read the comparand). */
    BitSet barrierSites() {
        return barrierSites;
    }

    private void decideEach(BitSet uninitializedThis) {
        int line = -1;
        for (int i = 0; i < method.instructions.size(); i++) {
            AbstractInsnNode insn = method.instructions.get(i);
            if (insn instanceof LineNumberNode number) {
                line = number.line;
            } else if (insn instanceof FieldInsnNode write && insn.getOpcode() == Opcodes.PUTFIELD) {
                byWrite.put(write, uninitializedThis.get(i)
                        ? FieldWriteDecision.notTracked("the receiver is an uninitialized this, a new object")
                        : instanceWrite(write, line));
            } else if (insn instanceof FieldInsnNode write && insn.getOpcode() == Opcodes.PUTSTATIC) {
                byWrite.put(write, staticWrite(write, line));
            }
        }
    }

    private void collect() {
        for (int i = 0; i < method.instructions.size(); i++) {
            FieldWriteDecision decision = byWrite.get(method.instructions.get(i));
            if (decision != null) {
                inOrder.add(decision);
                if (decision.hasBarrier()) {
                    barrierSites.set(i);
                }
            }
        }
    }

    private FieldWriteDecision instanceWrite(FieldInsnNode write, int line) {
        ClassHierarchy.ResolvedField resolved = plan.hierarchy().resolveField(write.owner, write.name, write.desc);
        FieldWriteDecision untracked = untracked(write, resolved, line);
        if (untracked != null) {
            return untracked;
        }
        boolean stamped = plan.hierarchy().stampRoot(resolved.declaringClass().name()) != null;
        return !resolved.field().isStatic() && stamped
                ? FieldWriteDecision.barrier(write.owner)
                : FieldWriteDecision.notTracked("a field of a class without the stamp");
    }

    private FieldWriteDecision staticWrite(FieldInsnNode write, int line) {
        ClassHierarchy.ResolvedField resolved = plan.hierarchy().resolveField(write.owner, write.name, write.desc);
        FieldWriteDecision untracked = untracked(write, resolved, line);
        if (untracked != null) {
            return untracked;
        }
        ClassInfo declaring = resolved.declaringClass();
        if (!resolved.field().isStatic() || declaring.isInterface()) {
            return FieldWriteDecision.notTracked("not a static field of a class");
        }
        if (declaring.name().equals(plan.className()) && method.name.equals("<clinit>")) {
            return FieldWriteDecision.notTracked("class initialization is not undone by a rollback");
        }
        if (!declaring.isPublic() && !ClassInfo.packageOf(declaring.name()).equals(ClassInfo.packageOf(plan.className()))) {
            return FieldWriteDecision.warning(site(line) + ": writes static field " + ClassInfo.dotted(declaring.name()) + "."
                    + write.name + " through " + ClassInfo.dotted(write.owner) + ", but " + ClassInfo.dotted(declaring.name())
                    + " is not accessible here, so the write is not tracked. Write it from its own package.");
        }
        return FieldWriteDecision.staticBarrier(declaring.name());
    }

    /**
     * Why a written field is not a tracked one of a woven class (a warning where it should be but
     * the weaver cannot see or weave it), or null when it is.
     */
    private FieldWriteDecision untracked(FieldInsnNode write, ClassHierarchy.ResolvedField resolved, int line) {
        if (resolved == null) {
            return FieldWriteDecision.warning(site(line) + ": writes " + ClassInfo.dotted(write.owner) + "." + write.name
                    + ", but the class file of " + ClassInfo.dotted(write.owner) + " (or of a superclass) is not on the"
                    + " weaver's classpath, so the write is not tracked. Add it to the classpath.");
        }
        ClassInfo.Field field = resolved.field();
        if (field.isFinal() || field.untracked() || field.isWeaverField()) {
            return FieldWriteDecision.notTracked("a final, @Untracked or weaver field");
        }
        if (!plan.hierarchy().isWoven(resolved.declaringClass().name())) {
            return FieldWriteDecision.warning(site(line) + ": writes " + ClassInfo.dotted(resolved.declaringClass().name())
                    + "." + write.name + ", a field of a class that is not woven, so the write is not tracked."
                    + " Weave that class too, or keep this state in woven classes.");
        }
        return null;
    }

    /**
     * Indexes of the putfields whose receiver is {@code uninitializedThis}, as the verifier sees
     * it: only constructors have any.
     */
    private static BitSet uninitializedThisWrites(String owner, MethodNode method) {
        BitSet found = new BitSet();
        if (!method.name.equals("<init>")) {
            return found;
        }
        AbstractInsnNode[] code = method.instructions.toArray();
        method.accept(new AnalyzerAdapter(Opcodes.ASM9, owner, method.access, method.name, method.desc, null) {
            private int next;   // index in code of the next putfield

            @Override
            public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
                if (opcode == Opcodes.PUTFIELD) {
                    while (code[next].getOpcode() != Opcodes.PUTFIELD) {
                        next++;
                    }
                    int valueSlots = descriptor.equals("J") || descriptor.equals("D") ? 2 : 1;
                    int receiver = stack == null ? -1 : stack.size() - 1 - valueSlots;
                    if (receiver >= 0 && stack.get(receiver) == Opcodes.UNINITIALIZED_THIS) {
                        found.set(next);
                    }
                    next++;
                }
                super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
            }
        });
        return found;
    }

    private String site(int line) {
        return plan.site(method.name, method.desc, line);
    }
}
