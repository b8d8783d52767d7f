package dev.worlds.instrument.multirelease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.CheckClassAdapter;

class Java21CopyTest {
    static byte[] bytesOf(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aClassThatMarksNothingHasNoCopy() throws IOException {
        assertNull(Java21Copy.of(bytesOf(Java21CopyTest.class)));
    }

    @Test
    void theCopyImplementsTheInterfacesAndDeclaresTheBridges() throws IOException {
        ClassNode copy = read(Java21Copy.of(bytesOf(ReversibleKeys.class)));

        assertEquals(List.of("java/util/SequencedSet"), copy.interfaces);
        MethodNode reversed = method(copy, "reversed", "()Ljava/util/SequencedSet;");
        assertEquals(Opcodes.ACC_PUBLIC, reversed.access);
        method(copy, "firstOf", "(IJLjava/lang/String;)Ljava/lang/CharSequence;");
        method(copy, "reversedView", "()Ldev/worlds/instrument/multirelease/ReversibleKeys;");
    }

    @Test
    void theCopyVerifies() throws IOException {
        StringWriter problems = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(Java21Copy.of(bytesOf(ReversibleKeys.class))),
                getClass().getClassLoader(), false, new PrintWriter(problems));
        assertEquals("", problems.toString());
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void onJava21TheBridgesAreTheInterfacesMethods() throws Exception {
        Class<?> copy = new CopyLoader(ReversibleKeys.class.getName(), Java21Copy.of(bytesOf(ReversibleKeys.class)))
                .loadClass(ReversibleKeys.class.getName());
        Constructor<?> constructor = copy.getDeclaredConstructor(List.class);
        constructor.setAccessible(true);
        Object keys = constructor.newInstance(List.of("a", "b", "c"));

        Class<?> sequencedSet = Class.forName("java.util.SequencedSet");
        assertTrue(sequencedSet.isInstance(keys));
        Object reversed = sequencedSet.getMethod("reversed").invoke(keys);
        assertEquals(List.of("c", "b", "a"), new ArrayList<>((java.util.Collection<?>) reversed));
        assertEquals("c", sequencedSet.getMethod("getFirst").invoke(reversed));
        Method firstOf = copy.getMethod("firstOf", int.class, long.class, String.class);
        assertTrue(Modifier.isPublic(firstOf.getModifiers()));
        firstOf.setAccessible(true);   // public, in a package-private class of another loader
        assertEquals("b", firstOf.invoke(keys, 1, 0L, "none"));
        assertEquals("none", firstOf.invoke(keys, 5, 0L, "none"));
    }

    @Test
    void aStaticTargetIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Java21Copy.of(bytesOf(BadBridges.StaticTarget.class)));
        assertTrue(e.getMessage().contains("BadBridges$StaticTarget.makeView"), e.getMessage());
        assertTrue(e.getMessage().contains("static"), e.getMessage());
    }

    @Test
    void aPrimitiveTargetIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Java21Copy.of(bytesOf(BadBridges.PrimitiveTarget.class)));
        assertTrue(e.getMessage().contains("countView()I must return an object"), e.getMessage());
    }

    @Test
    void aBridgeThatClashesWithADeclaredMethodIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Java21Copy.of(bytesOf(BadBridges.Clash.class)));
        assertTrue(e.getMessage().contains("already declares same()Ljava/lang/Object;"), e.getMessage());
    }

    static ClassNode read(byte[] bytes) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, 0);
        return node;
    }

    static MethodNode method(ClassNode node, String name, String descriptor) {
        return node.methods.stream().filter(m -> m.name.equals(name) && m.desc.equals(descriptor)).findFirst()
                .orElseThrow(() -> new AssertionError(node.name + " lacks " + name + descriptor));
    }

    /** Defines one class from given bytes; everything else comes from the test's loader. */
    static final class CopyLoader extends ClassLoader {
        private final String name;
        private final byte[] bytes;

        CopyLoader(String name, byte[] bytes) {
            super(Java21CopyTest.class.getClassLoader());
            this.name = name;
            this.bytes = bytes;
        }

        @Override
        protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
            if (className.equals(name)) {
                synchronized (getClassLoadingLock(className)) {
                    Class<?> loaded = findLoadedClass(className);
                    return loaded != null ? loaded : defineClass(className, bytes, 0, bytes.length);
                }
            }
            return super.loadClass(className, resolve);
        }
    }
}
