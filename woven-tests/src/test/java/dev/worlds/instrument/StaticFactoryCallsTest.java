package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Static factories make tracked collections in woven code, as constructors do: Java 19's sized
 * ones ({@code HashMap.newHashMap(n)}, ...) and {@code BitSet.valueOf}. The calling class is
 * generated: the tests compile for Java 17, which has no sized factories.
 */
class StaticFactoryCallsTest {
    private static final String NAME = WovenLoader.FIXTURES + "generated/SizedFactories";
    private static final List<String> FACTORIES = List.of(
            "java/util/HashMap.newHashMap", "java/util/LinkedHashMap.newLinkedHashMap",
            "java/util/HashSet.newHashSet", "java/util/LinkedHashSet.newLinkedHashSet", "java/util/BitSet.valueOf");

    private final WovenLoader loader = new WovenLoader().withClassFile(NAME, generate());

    @Test
    void eachFactoryCallIsRedirectedToItsTrackedClass() throws Exception {
        Class<?> type = loader.loadClass(NAME.replace('/', '.'));
        assertEquals(List.of("dev/worlds/collections/TrackedHashMap.newHashMap",
                "dev/worlds/collections/TrackedLinkedHashMap.newLinkedHashMap",
                "dev/worlds/collections/TrackedHashSet.newHashSet",
                "dev/worlds/collections/TrackedLinkedHashSet.newLinkedHashSet",
                "dev/worlds/collections/TrackedBitSet.valueOf",
                "java/util/HashMap.newHashMap"), staticCalls(loader.result(type).bytes()));
        for (int i = 0; i < FACTORIES.size(); i++) {
            Object made = call(type, "make" + i, 3);
            String jdk = FACTORIES.get(i).substring("java/util/".length(), FACTORIES.get(i).indexOf('.'));
            assertEquals("dev.worlds.collections.Tracked" + jdk, made.getClass().getName());
        }
        assertEquals("{0, 1}", call(type, "make4", 3).toString());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> call(type, "make0", -1));
        assertEquals("Negative number of mappings: -1", negative.getMessage());
    }

    @Test
    void aMethodReferenceToAFactoryMakesTrackedCollections() throws Exception {
        Class<?> type = loader.loadClass(NAME.replace('/', '.'));
        @SuppressWarnings("unchecked")
        IntFunction<Map<String, Integer>> factory = (IntFunction<Map<String, Integer>>) call(type, "reference", 0);
        Map<String, Integer> map = factory.apply(4);
        assertEquals("dev.worlds.collections.TrackedHashMap", map.getClass().getName());
        Worlds.push();
        map.put("a", 1);
        Worlds.pop();
        assertTrue(map.isEmpty());
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_19)
    void aFactoryStoredIntoAnUntrackedFieldStaysPlain() throws Exception {
        Class<?> type = loader.loadClass(NAME.replace('/', '.'));
        assertSame(java.util.HashMap.class, call(type, "untracked", 3).getClass());
    }

    private static Object call(Class<?> type, String method, int argument) throws Exception {
        Method m = type.getMethod(method, int.class);
        try {
            return m.invoke(null, argument);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    private static List<String> staticCalls(byte[] classFile) {
        ClassNode node = new ClassNode();
        new ClassReader(classFile).accept(node, 0);
        List<String> calls = new ArrayList<>();
        for (MethodNode method : node.methods) {
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESTATIC
                        && (call.name.startsWith("new") || call.name.equals("valueOf"))) {
                    calls.add(call.owner + "." + call.name);
                }
            }
        }
        return calls;
    }

    /**
     * {@code makeN(n)} returns {@code X.newX(n)} for each sized factory and {@code BitSet.valueOf(new long[] {n})}, {@code untracked(n)} stores
     * {@code HashMap.newHashMap(n)} into an {@code @Untracked} static field and returns it, and
     * {@code reference(n)} returns {@code HashMap::newHashMap} as an {@code IntFunction}.
     */
    private static byte[] generate() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, NAME, null, "java/lang/Object", null);
        writer.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "cache", "Ljava/util/Map;", null, null)
                .visitAnnotation("Ldev/worlds/Untracked;", true).visitEnd();
        for (int i = 0; i < FACTORIES.size(); i++) {
            String owner = FACTORIES.get(i).substring(0, FACTORIES.get(i).indexOf('.'));
            MethodVisitor make = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "make" + i,
                    "(I)Ljava/lang/Object;", null, null);
            make.visitCode();
            if (owner.equals("java/util/BitSet")) {   // BitSet.valueOf(new long[] {n})
                make.visitInsn(Opcodes.ICONST_1);
                make.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_LONG);
                make.visitInsn(Opcodes.DUP);
                make.visitInsn(Opcodes.ICONST_0);
                make.visitVarInsn(Opcodes.ILOAD, 0);
                make.visitInsn(Opcodes.I2L);
                make.visitInsn(Opcodes.LASTORE);
                make.visitMethodInsn(Opcodes.INVOKESTATIC, owner, "valueOf", "([J)Ljava/util/BitSet;", false);
            } else {
                make.visitVarInsn(Opcodes.ILOAD, 0);
                factoryCall(make, owner);
            }
            make.visitInsn(Opcodes.ARETURN);
            make.visitMaxs(0, 0);
            make.visitEnd();
        }
        MethodVisitor untracked = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "untracked",
                "(I)Ljava/lang/Object;", null, null);
        untracked.visitCode();
        untracked.visitVarInsn(Opcodes.ILOAD, 0);
        factoryCall(untracked, "java/util/HashMap");
        untracked.visitFieldInsn(Opcodes.PUTSTATIC, NAME, "cache", "Ljava/util/Map;");
        untracked.visitFieldInsn(Opcodes.GETSTATIC, NAME, "cache", "Ljava/util/Map;");
        untracked.visitInsn(Opcodes.ARETURN);
        untracked.visitMaxs(0, 0);
        untracked.visitEnd();
        MethodVisitor reference = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "reference",
                "(I)Ljava/lang/Object;", null, null);
        reference.visitCode();
        Handle metafactory = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "metafactory",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                        + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
                        + "Ljava/lang/invoke/CallSite;", false);
        reference.visitInvokeDynamicInsn("apply", "()Ljava/util/function/IntFunction;", metafactory,
                Type.getType("(I)Ljava/lang/Object;"),
                new Handle(Opcodes.H_INVOKESTATIC, "java/util/HashMap", "newHashMap", "(I)Ljava/util/HashMap;", false),
                Type.getType("(I)Ljava/util/HashMap;"));
        reference.visitInsn(Opcodes.ARETURN);
        reference.visitMaxs(0, 0);
        reference.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static void factoryCall(MethodVisitor method, String owner) {
        String simpleName = owner.substring(owner.lastIndexOf('/') + 1);
        method.visitMethodInsn(Opcodes.INVOKESTATIC, owner, "new" + simpleName, "(I)L" + owner + ";", false);
    }
}
