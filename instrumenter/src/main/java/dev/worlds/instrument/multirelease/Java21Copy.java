package dev.worlds.instrument.multirelease;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Makes the Java 21 copy of a class compiled for Java 17 that must implement methods whose return
 * types only exist on Java 21 ({@code SequencedMap reversed()}). The class marks them in its
 * source with two class-file annotations (any package):
 *
 * <pre>{@code
 * @Java21Interfaces("java.util.SequencedSet")            // added to the copy's interfaces
 * final class KeysView<K> extends AbstractSet<K> {
 *     @Java21Bridge(name = "reversed", returns = "java.util.SequencedSet")
 *     KeysView<K> reversedView() { ... }                    // the copy gains
 * }                                                         // public SequencedSet reversed() { return reversedView(); }
 * }</pre>
 *
 * <p>Bridges and interfaces are all the copy changes; its code is the original's, so a class woven
 * before the copy is made stays woven. The copy goes into a multi-release jar's
 * {@code META-INF/versions/21}, where only a Java 21+ JVM looks.
 */
public final class Java21Copy {
    static final String BRIDGE_ANNOTATION = "Java21Bridge;";
    static final String INTERFACES_ANNOTATION = "Java21Interfaces;";

    private Java21Copy() {
    }

    /**
     * The Java 21 copy of {@code classFile}, or null when the class marks nothing for Java 21.
     *
     * @throws IllegalArgumentException when a marked method cannot be bridged (static, returning a
     *                                  primitive, or a bridge that clashes with a declared method);
     *                                  the message names the class and method
     */
    public static byte[] of(byte[] classFile) {
        ClassNode node = new ClassNode();
        new ClassReader(classFile).accept(node, 0);
        List<String> interfaces = stringValues(annotation(node.invisibleAnnotations, INTERFACES_ANNOTATION), "value");
        List<MethodNode> bridges = new ArrayList<>();
        for (MethodNode method : node.methods) {
            AnnotationNode bridge = annotation(method.invisibleAnnotations, BRIDGE_ANNOTATION);
            if (bridge != null) {
                bridges.add(bridgeTo(node, method, bridge));
            }
        }
        if (interfaces.isEmpty() && bridges.isEmpty()) {
            return null;
        }
        for (String name : interfaces) {
            String internal = name.replace('.', '/');
            if (!node.interfaces.contains(internal)) {
                node.interfaces.add(internal);
            }
        }
        for (MethodNode bridge : bridges) {
            requireNoClash(node, bridge);
            node.methods.add(bridge);
        }
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        node.accept(writer);
        return writer.toByteArray();
    }

    /** {@code public R name(args) { return (R) this.target(args); }} */
    private static MethodNode bridgeTo(ClassNode owner, MethodNode target, AnnotationNode annotation) {
        String where = owner.name.replace('/', '.') + "." + target.name + target.desc;
        if ((target.access & Opcodes.ACC_STATIC) != 0) {
            throw new IllegalArgumentException(where + " is static; a Java 21 bridge calls an instance method.");
        }
        if (Type.getReturnType(target.desc).getSort() != Type.OBJECT) {
            throw new IllegalArgumentException(where + " must return an object for a Java 21 bridge.");
        }
        String name = stringValue(annotation, "name");
        String returns = stringValue(annotation, "returns").replace('.', '/');
        Type[] parameters = Type.getArgumentTypes(target.desc);
        String descriptor = Type.getMethodDescriptor(Type.getObjectType(returns), parameters);
        MethodNode bridge = new MethodNode(Opcodes.ACC_PUBLIC, name, descriptor, null,
                target.exceptions.toArray(String[]::new));
        bridge.instructions.add(new VarInsnNode(Opcodes.ALOAD, 0));
        int slot = 1;
        for (Type parameter : parameters) {
            bridge.instructions.add(new VarInsnNode(parameter.getOpcode(Opcodes.ILOAD), slot));
            slot += parameter.getSize();
        }
        boolean isPrivate = (target.access & Opcodes.ACC_PRIVATE) != 0;
        bridge.instructions.add(new MethodInsnNode(isPrivate ? Opcodes.INVOKESPECIAL : Opcodes.INVOKEVIRTUAL,
                owner.name, target.name, target.desc, false));
        bridge.instructions.add(new TypeInsnNode(Opcodes.CHECKCAST, returns));
        bridge.instructions.add(new InsnNode(Opcodes.ARETURN));
        return bridge;
    }

    private static void requireNoClash(ClassNode owner, MethodNode bridge) {
        for (MethodNode method : owner.methods) {
            if (method.name.equals(bridge.name) && method.desc.equals(bridge.desc)) {
                throw new IllegalArgumentException(owner.name.replace('/', '.') + " already declares "
                        + bridge.name + bridge.desc + "; remove it or the Java 21 bridge that would add it.");
            }
        }
    }

    private static AnnotationNode annotation(List<AnnotationNode> annotations, String descriptorSuffix) {
        if (annotations != null) {
            for (AnnotationNode annotation : annotations) {
                if (annotation.desc.endsWith("/" + descriptorSuffix)) {
                    return annotation;
                }
            }
        }
        return null;
    }

    private static String stringValue(AnnotationNode annotation, String element) {
        List<String> values = stringValues(annotation, element);
        if (values.size() != 1) {
            throw new IllegalArgumentException(annotation.desc + " needs exactly one " + element + ".");
        }
        return values.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> stringValues(AnnotationNode annotation, String element) {
        if (annotation == null || annotation.values == null) {
            return List.of();
        }
        for (int i = 0; i < annotation.values.size(); i += 2) {
            if (annotation.values.get(i).equals(element)) {
                Object value = annotation.values.get(i + 1);
                return value instanceof List<?> list ? (List<String>) list : List.of((String) value);
            }
        }
        return List.of();
    }
}
