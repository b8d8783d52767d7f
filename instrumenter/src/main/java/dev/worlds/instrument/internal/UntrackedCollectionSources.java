package dev.worlds.instrument.internal;

import dev.worlds.instrument.ClassHierarchy;
import dev.worlds.instrument.ClassInfo;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Warns where woven code keeps a mutable collection that JDK code made: such a collection is a
 * plain JDK one, so what is later written into it does not roll back, even though the collections
 * woven code creates itself are tracked ({@link CollectionSubstitution}). The build is the only
 * place that can say so.
 *
 * <p>A warning needs a <em>sink</em>, where the collection is kept: a tracked field
 * ({@code this.rooms = ...}), or an element or value put into a collection
 * ({@code byRoom.put(room, ...)}); and a <em>source</em> the value comes from, followed back
 * through locals, {@code dup} and casts: a {@code new} of a JDK collection that is not replaced
 * ({@code new EnumMap<>(...)}, {@code new Vector<>()}), a static JDK method that returns one
 * ({@code Arrays.asList}, {@code EnumSet.noneOf}, {@code Collections.list}; not the immutable
 * ones such as {@code List.of} or {@code Collections.unmodifiableList}, nor wrappers that write
 * through to the collection they wrap), or {@code Stream.collect} with a collector that makes a
 * mutable collection ({@code Collectors.toList()}, {@code groupingBy}, ...; not
 * {@code toCollection(ArrayList::new)}, whose constructor reference is replaced). Collections from
 * other methods, woven or not, are not followed.
 */
final class UntrackedCollectionSources {
    private static final Set<String> COLLECTION_MUTATORS = Set.of("add", "addAll", "put", "putIfAbsent", "set",
            "offer", "push", "addFirst", "addLast", "offerFirst", "offerLast", "replace", "putFirst", "putLast");
    private static final Set<String> MUTABLE_COLLECTORS = Set.of("toList", "toSet", "toMap", "groupingBy",
            "groupingByConcurrent", "partitioningBy", "toConcurrentMap");

    private final ClassWeavePlan plan;
    private final MethodNode method;
    private final Frame<SourceValue>[] frames;
    private final Set<String> reported = new HashSet<>();

    private UntrackedCollectionSources(ClassWeavePlan plan, MethodNode method, Frame<SourceValue>[] frames) {
        this.plan = plan;
        this.method = method;
        this.frames = frames;
    }

    /** Adds one warning to {@code plan} per place in {@code method} that keeps such a collection. */
    static void report(ClassWeavePlan plan, MethodNode method, SourceFrames sources) {
        if (!plan.hierarchy().collections().enabled()) {
            return;   // without replacement every JDK collection field is reported (ClassWeavePlan)
        }
        Frame<SourceValue>[] frames = sources.get();
        if (frames != null) {
            new UntrackedCollectionSources(plan, method, frames).report();
        }
    }

    private void report() {
        int line = -1;
        for (int i = 0; i < method.instructions.size(); i++) {
            AbstractInsnNode insn = method.instructions.get(i);
            Frame<SourceValue> frame = frames[i];
            if (insn instanceof LineNumberNode lineNumber) {
                line = lineNumber.line;
            } else if (frame == null) {
                continue;
            } else if (insn instanceof FieldInsnNode store && keepsCollections(store)) {
                check(top(frame, 0), line, "stores into " + ClassInfo.dotted(store.owner) + "." + store.name);
            } else if (insn instanceof MethodInsnNode call && isCollectionMutator(call)) {
                int arguments = Type.getArgumentTypes(call.desc).length;
                for (int argument = 0; argument < arguments; argument++) {
                    check(top(frame, arguments - 1 - argument), line, "puts into a collection with "
                            + simpleName(call.owner) + "." + call.name);
                }
            }
        }
    }

    /** A write of a tracked field declared as a collection or map. */
    private boolean keepsCollections(FieldInsnNode store) {
        if ((store.getOpcode() != Opcodes.PUTFIELD && store.getOpcode() != Opcodes.PUTSTATIC)
                || store.desc.charAt(0) != 'L' || !plan.isCollectionOrMap(Type.getType(store.desc).getInternalName())) {
            return false;
        }
        ClassHierarchy.ResolvedField field = plan.hierarchy().resolveField(store.owner, store.name, store.desc);
        return field != null && !field.field().untracked() && !field.field().isWeaverField()
                && plan.hierarchy().isWoven(field.declaringClass().name());
    }

    private boolean isCollectionMutator(MethodInsnNode call) {
        return call.getOpcode() != Opcodes.INVOKESTATIC && COLLECTION_MUTATORS.contains(call.name)
                && plan.isCollectionOrMap(call.owner);
    }

    private void check(SourceValue value, int line, String sink) {
        AbstractInsnNode source = untrackedSource(value, new HashSet<>());
        if (source == null || !reported.add(line + " " + method.instructions.indexOf(source))) {
            return;
        }
        String fix = source instanceof TypeInsnNode
                ? " Use a collection Worlds replaces (" + replacedSimpleNames() + "), or undo its changes with"
                        + " Worlds.onRollback."
                : " Copy it into a collection created here (new ArrayList<>(...), new HashMap<>(...)), collect with"
                        + " Collectors.toCollection(ArrayList::new), or undo its changes with Worlds.onRollback.";
        plan.warn(plan.site(method.name, method.desc, line) + ": " + sink + " a " + describe(source)
                + ", a plain JDK collection that Worlds does not track: what is written into it later is not"
                + " rolled back." + fix);
    }

    private String replacedSimpleNames() {
        return plan.hierarchy().collections().substitutes().keySet().stream().map(UntrackedCollectionSources::simpleName)
                .sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    /** The instruction that made a value kept in a JDK collection nobody tracks, or null. */
    private AbstractInsnNode untrackedSource(SourceValue value, Set<AbstractInsnNode> seen) {
        if (value == null) {
            return null;
        }
        for (AbstractInsnNode insn : value.insns) {
            if (!seen.add(insn)) {
                continue;
            }
            AbstractInsnNode found = null;
            int index = method.instructions.indexOf(insn);
            Frame<SourceValue> frame = frames[index];
            switch (insn.getOpcode()) {
                case Opcodes.NEW -> found = isUntrackedContainer(((TypeInsnNode) insn).desc) ? insn : null;
                case Opcodes.INVOKESTATIC -> found = makesMutableCollection((MethodInsnNode) insn) ? insn : null;
                case Opcodes.INVOKEINTERFACE, Opcodes.INVOKEVIRTUAL ->
                        found = frame != null && collectsMutably((MethodInsnNode) insn, frame, seen) ? insn : null;
                case Opcodes.ALOAD -> found = frame == null ? null
                        : untrackedSource(frame.getLocal(((VarInsnNode) insn).var), seen);
                case Opcodes.ASTORE, Opcodes.DUP, Opcodes.CHECKCAST -> found = frame == null ? null
                        : untrackedSource(top(frame, 0), seen);
                default -> found = null;
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** {@code stream.collect(Collectors.toList())} and the other collectors that make mutable collections. */
    private boolean collectsMutably(MethodInsnNode call, Frame<SourceValue> frame, Set<AbstractInsnNode> seen) {
        if (!call.name.equals("collect") || !call.owner.equals("java/util/stream/Stream")
                || !call.desc.equals("(Ljava/util/stream/Collector;)Ljava/lang/Object;")) {
            return false;
        }
        for (AbstractInsnNode collector : top(frame, 0).insns) {
            if (collector instanceof MethodInsnNode factory && factory.owner.equals("java/util/stream/Collectors")
                    && MUTABLE_COLLECTORS.contains(factory.name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A static JDK method returning a collection or map that JDK code made and can be written:
     * not the immutable factories, and not the wrappers whose writes go to the collection they wrap.
     */
    private boolean makesMutableCollection(MethodInsnNode call) {
        Type returned = Type.getReturnType(call.desc);
        if (!ClassHierarchy.isJdkClass(call.owner) || returned.getSort() != Type.OBJECT
                || !plan.isCollectionOrMap(returned.getInternalName())) {
            return false;
        }
        String name = call.name;
        boolean immutableOrWrapper = name.equals("of") || name.equals("copyOf") || name.equals("ofEntries")
                || name.startsWith("unmodifiable") || name.startsWith("empty") || name.startsWith("singleton")
                || name.equals("nCopies") || name.startsWith("synchronized") || name.startsWith("checked")
                || name.equals("newSetFromMap") || name.equals("asLifoQueue");
        boolean enumSetFactory = call.owner.equals("java/util/EnumSet");
        return enumSetFactory || !immutableOrWrapper;
    }

    /** A JDK collection or map class that woven code's {@code new} leaves as it is. */
    private boolean isUntrackedContainer(String type) {
        return ClassHierarchy.isJdkClass(type) && plan.isCollectionOrMap(type)
                && plan.hierarchy().collections().trackedFor(type, plan.className()) == null;
    }

    private String describe(AbstractInsnNode source) {
        if (source instanceof TypeInsnNode created) {
            return "new " + ClassInfo.dotted(created.desc);
        }
        MethodInsnNode call = (MethodInsnNode) source;
        if (call.name.equals("collect")) {
            return "collection made by Stream.collect";
        }
        return "collection made by " + ClassInfo.dotted(call.owner) + "." + call.name;
    }

    private static SourceValue top(Frame<SourceValue> frame, int below) {
        return frame.getStack(frame.getStackSize() - 1 - below);
    }

    private static String simpleName(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }
}
