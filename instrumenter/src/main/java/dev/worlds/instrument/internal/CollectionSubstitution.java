package dev.worlds.instrument.internal;

import dev.worlds.instrument.ClassHierarchy;
import dev.worlds.instrument.ClassInfo;
import dev.worlds.instrument.TrackedCollections;
import dev.worlds.instrument.WeavingException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Replaces the JDK collections a class creates or extends with tracked ones
 * ({@link TrackedCollections}), before any other rewrite sees the class: {@code new X} and its
 * {@code X.<init>} call, {@code X::new} method references, the static factories the tracked classes declare too
 * ({@code HashMap.newHashMap(n)} and its siblings, {@code BitSet.valueOf}), and for
 * a class that extends {@code X} its superclass and its {@code super.m()} calls. Everything else that names {@code X} (casts,
 * {@code instanceof}, descriptors, virtual calls) stays, since the tracked class is a subclass.
 *
 * <p>Stack map frames stay valid without being recomputed: an uninitialized value's frame type is
 * the label of its {@code new}, not its class, and once initialized a tracked object is assignable
 * to the {@code X} the frames declare.
 *
 * <p>A collection stored straight into an {@code @Untracked} field keeps its JDK class: the
 * {@code new}, its constructor call (or the factory call) and the {@code putfield} or
 * {@code putstatic} that follows it.
 */
public final class CollectionSubstitution extends ClassVisitor {
    /** How a static factory's tracked twin is declared: the same descriptor, or returning the tracked class. */
    private enum Factory { SIZED, RETURNS_TRACKED }

    /** The static factories of replaced classes that their tracked classes declare too, by owner and name. */
    private static final Map<String, Factory> FACTORIES = Map.of(
            "java/util/HashMap.newHashMap", Factory.SIZED,
            "java/util/HashSet.newHashSet", Factory.SIZED,
            "java/util/LinkedHashMap.newLinkedHashMap", Factory.SIZED,
            "java/util/LinkedHashSet.newLinkedHashSet", Factory.SIZED,
            "java/util/BitSet.valueOf", Factory.RETURNS_TRACKED);

    private final TrackedCollections collections;
    private final ClassHierarchy hierarchy;
    private final String source;
    private String className;
    private String originalSuper;
    private String trackedSuper;

    private CollectionSubstitution(ClassVisitor next, ClassHierarchy hierarchy, String source) {
        super(Opcodes.ASM9, next);
        this.collections = hierarchy.collections();
        this.hierarchy = hierarchy;
        this.source = source;
    }

    /**
     * The class file with its JDK collections replaced, or {@code classFile} itself when it names
     * none of them (checked in the constant pool, without parsing the code).
     *
     * @throws WeavingException when a replacement is needed but its tracked class is not on the
     *                          weaver's classpath
     */
    public static byte[] apply(byte[] classFile, ClassHierarchy hierarchy, String source) {
        TrackedCollections collections = hierarchy.collections();
        if (!collections.enabled()) {
            return classFile;
        }
        ClassReader reader = new ClassReader(classFile);
        if (!namesSubstitutedClass(reader, collections)) {
            return classFile;
        }
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new CollectionSubstitution(writer, hierarchy, source), 0);
        return writer.toByteArray();
    }

    /** Whether a {@code CONSTANT_Class} entry names a class that may be replaced. */
    private static boolean namesSubstitutedClass(ClassReader reader, TrackedCollections collections) {
        String className = reader.getClassName();
        char[] buffer = new char[reader.getMaxStringLength()];
        for (int item = 1; item < reader.getItemCount(); item++) {
            int offset = reader.getItem(item);
            if (offset > 0 && reader.readByte(offset - 1) == 7
                    && collections.trackedFor(reader.readUTF8(offset, buffer), className) != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        className = name;
        originalSuper = superName;
        trackedSuper = superName == null ? null : tracked(superName);
        super.visit(version, access, name, signature, trackedSuper != null ? trackedSuper : superName, interfaces);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
        return new MethodNode(Opcodes.ASM9, access, name, descriptor, signature, exceptions) {
            @Override
            public void visitEnd() {
                rewrite(this, name.equals("$deserializeLambda$"));
                accept(next);
            }
        };
    }

    /**
     * @param deserializesLambdas whether this is the {@code $deserializeLambda$} javac writes for
     *                            serializable lambdas: it checks a serialized method reference's
     *                            implementation class by name, which must be the rewritten one
     */
    private void rewrite(MethodNode method, boolean deserializesLambdas) {
        Set<AbstractInsnNode> renamedNames = deserializesLambdas ? renamedImplementationNames(method) : Set.of();
        Set<AbstractInsnNode> keepJdk = UntrackedFieldCollections.creations(method, hierarchy,
                owner -> tracked(owner) != null, this::isFactory);
        for (AbstractInsnNode insn : method.instructions) {
            if (keepJdk.contains(insn)) {
                continue;
            }
            if (insn instanceof TypeInsnNode type && insn.getOpcode() == Opcodes.NEW) {
                String replacement = tracked(type.desc);
                if (replacement != null) {
                    type.desc = replacement;
                }
            } else if (insn instanceof MethodInsnNode call && insn.getOpcode() == Opcodes.INVOKESPECIAL) {
                String replacement = specialCallOwner(call.owner, call.name);
                if (replacement != null) {
                    call.owner = replacement;
                }
            } else if (insn instanceof MethodInsnNode call && isFactory(call)) {
                call.desc = trackedFactory(call.owner, call.name, call.desc);
                call.owner = tracked(call.owner);
            } else if (insn instanceof InvokeDynamicInsnNode indy) {
                Object[] arguments = indy.bsmArgs;
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = rewriteConstant(arguments[i]);
                }
            } else if (insn instanceof LdcInsnNode ldc) {
                ldc.cst = rewriteConstant(ldc.cst);
                if (renamedNames.contains(ldc)) {
                    ldc.cst = tracked((String) ldc.cst);
                }
            }
        }
    }

    /**
     * In {@code $deserializeLambda$}, the class names it compares a serialized lambda's
     * implementation class with, where that lambda is a method reference this rewrite gives a
     * tracked owner ({@code ArrayList::new}): each such name is checked just before the
     * {@code invokedynamic} that recreates the lambda, so a name is renamed when the next
     * {@code invokedynamic} renames a handle of that class ({@code ArrayList::size} keeps its owner,
     * and its name stays).
     */
    private Set<AbstractInsnNode> renamedImplementationNames(MethodNode method) {
        Set<AbstractInsnNode> renamed = new HashSet<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String name && tracked(name) != null
                    && nextLambdaRenames(insn, name)) {
                renamed.add(insn);
            }
        }
        return renamed;
    }

    private boolean nextLambdaRenames(AbstractInsnNode from, String owner) {
        for (AbstractInsnNode insn = from.getNext(); insn != null; insn = insn.getNext()) {
            if (insn instanceof InvokeDynamicInsnNode indy) {
                for (Object argument : indy.bsmArgs) {
                    if (argument instanceof Handle handle && handle.getOwner().equals(owner)
                            && rewriteConstant(handle) != handle) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * The tracked owner for an {@code invokespecial}: every constructor call of a replaced class
     * (it initializes a replaced {@code new}, or is this class's {@code super(...)}), and the
     * {@code super.m()} calls of a rebased class; null to keep the call.
     */
    private String specialCallOwner(String owner, String name) {
        if (name.equals("<init>")) {
            return tracked(owner);
        }
        return trackedSuper != null && owner.equals(originalSuper) ? trackedSuper : null;
    }

    /** Whether a static call is a factory of a replaced class that its tracked class declares too. */
    private boolean isFactory(MethodInsnNode call) {
        return call.getOpcode() == Opcodes.INVOKESTATIC && trackedFactory(call.owner, call.name, call.desc) != null;
    }

    /**
     * The descriptor of the tracked class's twin of a static factory, or null when the call is not
     * one: {@code HashMap.newHashMap(int)}, {@code HashSet.newHashSet(int)} and the linked ones (Java
     * 19; same descriptor), and {@code BitSet.valueOf(...)} (which returns the tracked class, since a
     * plain {@code BitSet} reads a tracked one's words as empty).
     */
    private String trackedFactory(String owner, String name, String descriptor) {
        Factory factory = FACTORIES.get(owner + '.' + name);
        if (factory == null || factory == Factory.SIZED && !descriptor.equals("(I)L" + owner + ";")) {
            return null;
        }
        String tracked = tracked(owner);
        if (tracked == null) {
            return null;
        }
        return factory == Factory.SIZED ? descriptor : descriptor.replace(")L" + owner + ";", ")L" + tracked + ";");
    }

    /** {@code X::new}, static factory references ({@code HashMap::newHashMap}) and, in a rebased class, {@code super::m} method handles. */
    private Object rewriteConstant(Object constant) {
        if (!(constant instanceof Handle handle)) {
            return constant;
        }
        String owner = null;
        String descriptor = handle.getDesc();
        if (handle.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
            owner = tracked(handle.getOwner());
        } else if (handle.getTag() == Opcodes.H_INVOKESPECIAL) {
            owner = specialCallOwner(handle.getOwner(), handle.getName());
        } else if (handle.getTag() == Opcodes.H_INVOKESTATIC) {
            String factory = trackedFactory(handle.getOwner(), handle.getName(), handle.getDesc());
            if (factory != null) {
                descriptor = factory;
                owner = tracked(handle.getOwner());
            }
        }
        return owner == null ? handle
                : new Handle(handle.getTag(), owner, handle.getName(), descriptor, handle.isInterface());
    }

    /** The tracked class replacing {@code jdkClass} here, or null; fails if it cannot be found. */
    private String tracked(String jdkClass) {
        String replacement = collections.trackedFor(jdkClass, className);
        if (replacement != null && hierarchy.info(replacement) == null) {
            throw new WeavingException(source, ClassInfo.dotted(className) + " uses "
                    + ClassInfo.dotted(jdkClass) + ", which Worlds replaces with "
                    + ClassInfo.dotted(replacement) + " so that its contents roll back, but that class"
                    + " is not on the weaver's classpath. Add dev.worlds:worlds-runtime (the weaver's version)"
                    + " to the classpath, or turn collection tracking off (Maven: trackCollections=false;"
                    + " command line: --no-track-collections).");
        }
        return replacement;
    }
}
