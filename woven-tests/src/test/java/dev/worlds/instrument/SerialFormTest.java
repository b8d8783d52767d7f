package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.instrument.fixtures.Ledger;
import dev.worlds.instrument.fixtures.SerialShapes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A serializable class keeps its serialized form when woven: the {@code serialVersionUID} the JVM
 * computes for it as compiled is pinned in the woven class (which has more members, so would
 * compute another), and an object of either serializes to the same bytes and reads back as the
 * other. The shapes that go into the computed value are in {@link SerialShapes}.
 */
class SerialFormTest {
    private final WovenLoader loader = new WovenLoader();

    @ParameterizedTest
    @ValueSource(strings = {"Ledger", "SerialShapes$WithStatics", "SerialShapes$ProtectedNested",
            "SerialShapes$WithCollections", "SerialShapes$SubclassOfWoven", "SerialShapes$WithSpeculative",
            "SerialShapes$Inner"})
    void theWovenClassPinsTheComputedSerialVersionUidInASyntheticField(String fixture) throws Exception {
        Class<?> compiled = Class.forName(Ledger.class.getPackageName() + "." + fixture);
        Class<?> woven = loader.loadClass(compiled.getName());
        assertThrows(NoSuchFieldException.class, () -> compiled.getDeclaredField("serialVersionUID"),
                "a fixture that declares its own serialVersionUID proves nothing");

        assertEquals(ObjectStreamClass.lookup(compiled).getSerialVersionUID(),
                ObjectStreamClass.lookup(woven).getSerialVersionUID(), compiled.getName());
        Field pinned = woven.getDeclaredField("serialVersionUID");
        assertTrue(pinned.isSynthetic(), "the pinned serialVersionUID is synthetic");
        assertTrue(Modifier.isStatic(pinned.getModifiers()) && Modifier.isFinal(pinned.getModifiers()));
        assertSame(long.class, pinned.getType());
    }

    /** The stamp is transient and the pinned serialVersionUID static: the fields written are the same. */
    @ParameterizedTest
    @ValueSource(classes = {Ledger.class, SerialShapes.WithStatics.class, SerialShapes.SubclassOfWoven.class,
            SerialShapes.WithSpeculative.class})
    void wovenAndCompiledObjectsSerializeToTheSameBytes(Class<?> compiled) throws Exception {
        Class<?> woven = loader.loadClass(compiled.getName());
        assertArrayEquals(serialize(filledInstance(compiled)), serialize(filledInstance(woven)),
                "the woven class changed the serialized form");
    }

    /**
     * Also with tracked collections in the woven object, which serialize as the JDK's own (a
     * tracked map's copy may carry another table size, so the bytes need not be the same).
     */
    @ParameterizedTest
    @ValueSource(classes = {Ledger.class, SerialShapes.WithStatics.class, SerialShapes.WithCollections.class,
            SerialShapes.SubclassOfWoven.class, SerialShapes.WithSpeculative.class})
    void wovenAndCompiledObjectsReadBackAsEachOther(Class<?> compiled) throws Exception {
        Class<?> woven = loader.loadClass(compiled.getName());
        Object wovenFromCompiled = deserialize(serialize(filledInstance(compiled)), loader);
        Object compiledFromWoven = deserialize(serialize(filledInstance(woven)), getClass().getClassLoader());

        assertSame(woven, wovenFromCompiled.getClass());
        assertSame(compiled, compiledFromWoven.getClass());
        assertEquals(publicState(compiledFromWoven), publicState(wovenFromCompiled));
        assertTrue(publicState(wovenFromCompiled).containsValue(42L), "the values made the trip: "
                + publicState(wovenFromCompiled));
    }

    /** A new instance whose public number fields hold 42 and whose public lists hold "x". */
    private static Object filledInstance(Class<?> type) throws Exception {
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object instance = constructor.newInstance();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            if (field.getType() == int.class) {
                field.setInt(instance, 42);
            } else if (field.getType() == long.class) {
                field.setLong(instance, 42);
            } else if (field.getType() == List.class) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) field.get(instance);
                list.add("x");
            }
        }
        return instance;
    }

    /** Every public instance field's value, as text, numbers widened to long. */
    private static Map<String, Object> publicState(Object instance) throws IllegalAccessException {
        Map<String, Object> state = new TreeMap<>();
        for (Field field : instance.getClass().getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                Object value = field.get(instance);
                state.put(field.getName(), value instanceof Number n ? (Object) n.longValue() : String.valueOf(value));
            }
        }
        return state;
    }

    private static byte[] serialize(Object instance) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(instance);
        }
        return bytes.toByteArray();
    }

    /** Reads an object, resolving its classes in {@code classes}. */
    private static Object deserialize(byte[] serialized, ClassLoader classes) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialized)) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass desc) throws ClassNotFoundException {
                return Class.forName(desc.getName(), false, classes);
            }
        }) {
            return in.readObject();
        }
    }
}
