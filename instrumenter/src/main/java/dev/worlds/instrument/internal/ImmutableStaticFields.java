package dev.worlds.instrument.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Finds the {@code static final} fields of a class that hold a JDK collection no code can change,
 * so that warning about what JDK code writes inside them would be noise. The field itself needs no
 * tracking: it is assigned only by the static initializer, which is never rolled back.
 *
 * <p>The rule: every instruction of the class that assigns the field is in its static initializer,
 * and stores {@code null} or the result of a known immutable factory ({@code List.of},
 * {@code Set.of}, {@code Map.of}, {@code Map.ofEntries}, {@code List/Set/Map.copyOf},
 * {@code Collections.unmodifiable*}, {@code Collections.empty*}, {@code Collections.singleton*},
 * {@code Collections.nCopies}, {@code Stream.toList}); the value is followed through local
 * variables, stack copies and casts, and every path must lead to such a call. The field's generic
 * type must name no JDK collection or map as an element type either: {@code List.of(new ArrayList<>())}
 * is an immutable list of mutable lists. Anything else keeps its warning, in particular a
 * collection filled by the static initializer ({@code new LinkedHashMap<>()} and {@code put}s), which
 * any later code may still change.
 *
 * <p>Only the class's own code can assign the field: {@code putstatic} of a final field elsewhere
 * throws {@code IllegalAccessError} (JVMS 6.5). Since class file version 53 it must also be in the
 * static initializer; older class files may assign it in any method of the class, so all are looked at.
 * An unmodifiable view ({@code Collections.unmodifiableList(list)}) counts as immutable: whoever keeps
 * {@code list} is warned where it is kept, if it is a woven class's field.
 */
final class ImmutableStaticFields {
    private final Set<String> immutable;

    private ImmutableStaticFields(Set<String> immutable) {
        this.immutable = immutable;
    }

    /**
     * Reads the class's code and decides for each {@code static final} field.
     *
     * @param isJdkContainer whether an internal name is a JDK collection or map type (one that warns)
     */
    static ImmutableStaticFields find(byte[] classFile, Predicate<String> isJdkContainer) {
        Scanner scanner = new Scanner();
        new ClassReader(classFile).accept(scanner, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        Map<String, Boolean> assignedFromFactories = scanner.staticInitializerAssignments();
        Set<String> immutable = new HashSet<>();
        scanner.staticFinalFields.forEach((field, signature) -> {
            if (assignedFromFactories.getOrDefault(field, false) && !scanner.assignedElsewhere.contains(field)
                    && !hasContainerElements(signature, isJdkContainer)) {
                immutable.add(field);
            }
        });
        return new ImmutableStaticFields(immutable);
    }

    /** True when the static final field {@code name:descriptor} holds a collection no code can change. */
    boolean holdsImmutable(String name, String descriptor) {
        return immutable.contains(key(name, descriptor));
    }

    private static String key(String name, String descriptor) {
        return name + ":" + descriptor;
    }

    /** The type arguments of a generic field type ({@code Map<String, List<X>>}) name a JDK collection or map. */
    private static boolean hasContainerElements(String signature, Predicate<String> isJdkContainer) {
        if (signature == null) {
            return false;
        }
        boolean[] found = {false};
        new SignatureReader(signature).acceptType(new SignatureVisitor(Opcodes.ASM9) {
            private boolean fieldType = true;

            @Override
            public void visitClassType(String name) {
                // The first class type is the field's own; every later one is a type argument.
                found[0] |= !fieldType && isJdkContainer.test(name);
                fieldType = false;
            }
        });
        return found[0];
    }

    /** Whether a call returns a collection that no code can change. */
    private static boolean isImmutableFactory(MethodInsnNode call) {
        switch (call.owner) {
            case "java/util/List":
            case "java/util/Set":
                return call.name.equals("of") || call.name.equals("copyOf");
            case "java/util/Map":
                return call.name.equals("of") || call.name.equals("ofEntries") || call.name.equals("copyOf");
            case "java/util/Collections":
                return call.name.startsWith("unmodifiable") || call.name.startsWith("empty")
                        || call.name.startsWith("singleton") || call.name.equals("nCopies");
            case "java/util/stream/Stream":
                return call.name.equals("toList");
            default:
                return false;
        }
    }

    /** A {@link SourceInterpreter} that follows a value through locals, stack copies and casts to where it was made. */
    private static final class Provenance extends SourceInterpreter {
        Provenance() {
            super(Opcodes.ASM9);
        }

        @Override
        public SourceValue copyOperation(AbstractInsnNode insn, SourceValue value) {
            return value;
        }

        @Override
        public SourceValue unaryOperation(AbstractInsnNode insn, SourceValue value) {
            return insn.getOpcode() == Opcodes.CHECKCAST ? value : super.unaryOperation(insn, value);
        }
    }

    /** Collects the static final fields, the static initializer and which fields other methods assign. */
    private static final class Scanner extends ClassVisitor {
        final Map<String, String> staticFinalFields = new HashMap<>();
        final Set<String> assignedElsewhere = new HashSet<>();
        private String className;
        private MethodNode staticInitializer;

        Scanner() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            className = name;
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            if ((access & Opcodes.ACC_STATIC) != 0 && (access & Opcodes.ACC_FINAL) != 0) {
                staticFinalFields.put(key(name, descriptor), signature);
            }
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            if (name.equals("<clinit>")) {
                staticInitializer = new MethodNode(Opcodes.ASM9, access, name, descriptor, signature, exceptions);
                return staticInitializer;
            }
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitFieldInsn(int opcode, String owner, String field, String fieldDescriptor) {
                    if (opcode == Opcodes.PUTSTATIC && owner.equals(className)) {
                        assignedElsewhere.add(key(field, fieldDescriptor));
                    }
                }
            };
        }

        /** For each field the static initializer assigns: true when every assignment stores an immutable collection. */
        Map<String, Boolean> staticInitializerAssignments() {
            Map<String, Boolean> result = new HashMap<>();
            if (staticInitializer == null) {
                return result;
            }
            Frame<SourceValue>[] frames;
            try {
                frames = new Analyzer<>(new Provenance()).analyze(className, staticInitializer);
            } catch (AnalyzerException | RuntimeException e) {
                // Code the analysis cannot follow proves nothing: every field keeps its warning.
                return result;
            }
            for (int i = 0; i < frames.length; i++) {
                AbstractInsnNode insn = staticInitializer.instructions.get(i);
                if (insn.getOpcode() == Opcodes.PUTSTATIC && frames[i] != null
                        && ((FieldInsnNode) insn).owner.equals(className)) {
                    FieldInsnNode put = (FieldInsnNode) insn;
                    SourceValue value = frames[i].getStack(frames[i].getStackSize() - 1);
                    result.merge(key(put.name, put.desc), storesImmutable(value), Boolean::logicalAnd);
                }
            }
            return result;
        }

        private static boolean storesImmutable(SourceValue value) {
            if (value.insns.isEmpty()) {
                return false;
            }
            for (AbstractInsnNode source : value.insns) {
                boolean immutable = source.getOpcode() == Opcodes.ACONST_NULL
                        || source instanceof MethodInsnNode call && isImmutableFactory(call);
                if (!immutable) {
                    return false;
                }
            }
            return true;
        }
    }
}
