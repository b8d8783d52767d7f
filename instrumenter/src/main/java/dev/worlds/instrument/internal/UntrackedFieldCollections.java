package dev.worlds.instrument.internal;

import dev.worlds.instrument.ClassHierarchy;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Finds where a method creates a collection that goes straight into an {@code @Untracked} field,
 * which {@link CollectionSubstitution} leaves a plain JDK collection: its contents are meant to
 * survive rollback, like the field.
 */
final class UntrackedFieldCollections {
    private UntrackedFieldCollections() {
    }

    /**
     * The {@code new} and constructor call (or the factory call) of each replaced collection stored
     * straight into an {@code @Untracked} field: {@code new X; dup; <arguments>; invokespecial
     * X.<init>; putfield}.
     * The {@code new} is found by walking back over nested {@code new}/{@code <init>} pairs, which
     * compilers emit properly nested; a constructor call whose {@code new} is not found that way
     * is replaced like any other (tracking a collection is the safe side).
     */
    static Set<AbstractInsnNode> creations(MethodNode method, ClassHierarchy hierarchy, Predicate<String> replaced,
            Predicate<MethodInsnNode> isFactory) {
        Set<AbstractInsnNode> keep = new HashSet<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof MethodInsnNode factory && isFactory.test(factory)
                    && nextInstruction(insn) instanceof FieldInsnNode store && isUntrackedStore(store, hierarchy)) {
                keep.add(factory);
                continue;
            }
            if (!(insn instanceof MethodInsnNode init) || insn.getOpcode() != Opcodes.INVOKESPECIAL
                    || !init.name.equals("<init>") || !replaced.test(init.owner)) {
                continue;
            }
            AbstractInsnNode next = nextInstruction(insn);
            if (next instanceof FieldInsnNode store && isUntrackedStore(store, hierarchy)) {
                AbstractInsnNode created = matchingNew(init);
                if (created != null) {
                    keep.add(init);
                    keep.add(created);
                }
            }
        }
        return keep;
    }

    private static boolean isUntrackedStore(FieldInsnNode store, ClassHierarchy hierarchy) {
        if (store.getOpcode() != Opcodes.PUTFIELD && store.getOpcode() != Opcodes.PUTSTATIC) {
            return false;
        }
        ClassHierarchy.ResolvedField field = hierarchy.resolveField(store.owner, store.name, store.desc);
        return field != null && field.field().untracked();
    }

    private static AbstractInsnNode matchingNew(MethodInsnNode init) {
        int nestedInits = 0;
        for (AbstractInsnNode insn = init.getPrevious(); insn != null; insn = insn.getPrevious()) {
            if (insn.getOpcode() == Opcodes.INVOKESPECIAL && ((MethodInsnNode) insn).name.equals("<init>")) {
                nestedInits++;
            } else if (insn.getOpcode() == Opcodes.NEW) {
                if (nestedInits == 0) {
                    return ((TypeInsnNode) insn).desc.equals(init.owner) ? insn : null;
                }
                nestedInits--;
            }
        }
        return null;
    }

    private static AbstractInsnNode nextInstruction(AbstractInsnNode insn) {
        AbstractInsnNode next = insn.getNext();
        while (next != null && next.getOpcode() < 0) {
            next = next.getNext();
        }
        return next;
    }
}
