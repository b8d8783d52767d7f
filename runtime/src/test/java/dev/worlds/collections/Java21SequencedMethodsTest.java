package dev.worlds.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlds.Worlds;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * The sequenced methods whose return types are Java 21 types ({@code reversed()},
 * {@code sequencedKeySet()}, ...), called as Java 21 code calls them, on the tracked linked map and
 * set against {@code java.util}'s. The tests compile for Java 17, so they call through the
 * interfaces reflectively. On Java 17 only the guard is tested.
 */
class Java21SequencedMethodsTest {
    @AfterEach
    void closeWorlds() {
        Worlds.popUntil(0);
    }

    /** One step of a script: a sequenced call whose result (or exception class) must match the JDK's. */
    record Step(String name, Function<Object, Object> call) {
    }

    static Object call(Object target, String type, String method, Object... args) {
        try {
            for (Method candidate : Class.forName(type).getMethods()) {
                if (candidate.getName().equals(method) && candidate.getParameterCount() == args.length) {
                    return candidate.invoke(target, args);
                }
            }
            throw new AssertionError(type + " has no " + method + " with " + args.length + " parameters");
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static Object map(Object map, String method, Object... args) {
        return call(map, "java.util.SequencedMap", method, args);
    }

    static Object collection(Object collection, String method, Object... args) {
        return call(collection, "java.util.SequencedCollection", method, args);
    }

    static final List<Step> MAP_SCRIPT = List.of(
            new Step("reversed", m -> map(m, "reversed").toString()),
            new Step("reversed().reversed()", m -> map(map(m, "reversed"), "reversed").toString()),
            new Step("reversed().firstEntry()", m -> map(map(m, "reversed"), "firstEntry")),
            new Step("reversed().putFirst", m -> map(map(m, "reversed"), "putFirst", "z", 26)),
            new Step("reversed().putLast", m -> map(map(m, "reversed"), "putLast", "b", 20)),
            new Step("reversed().pollLastEntry()", m -> map(map(m, "reversed"), "pollLastEntry")),
            new Step("reversed().put", m -> map(m, "reversed") instanceof Map<?, ?> r ? put(r, "q", 17) : null),
            new Step("reversed().keySet()", m -> ((Map<?, ?>) map(m, "reversed")).keySet().toString()),
            new Step("reversed().entrySet()", m -> ((Map<?, ?>) map(m, "reversed")).entrySet().toString()),
            new Step("sequencedKeySet()", m -> map(m, "sequencedKeySet").toString()),
            new Step("sequencedKeySet().reversed()", m -> collection(map(m, "sequencedKeySet"), "reversed").toString()),
            new Step("sequencedKeySet().getLast()", m -> collection(map(m, "sequencedKeySet"), "getLast")),
            new Step("sequencedKeySet().addFirst", m -> collection(map(m, "sequencedKeySet"), "addFirst", "n")),
            new Step("sequencedKeySet().reversed().removeFirst()",
                    m -> collection(collection(map(m, "sequencedKeySet"), "reversed"), "removeFirst")),
            new Step("sequencedValues().reversed()", m -> collection(map(m, "sequencedValues"), "reversed").toString()),
            new Step("sequencedValues().removeFirst()", m -> collection(map(m, "sequencedValues"), "removeFirst")),
            new Step("sequencedEntrySet().reversed().getFirst()",
                    m -> collection(collection(map(m, "sequencedEntrySet"), "reversed"), "getFirst").toString()),
            new Step("reversed().sequencedKeySet()", m -> map(map(m, "reversed"), "sequencedKeySet").toString()),
            new Step("reversed().sequencedValues().reversed()",
                    m -> collection(map(map(m, "reversed"), "sequencedValues"), "reversed").toString()),
            new Step("reversed().sequencedEntrySet()", m -> map(map(m, "reversed"), "sequencedEntrySet").toString()),
            new Step("keySet() is sequenced", m -> isA("java.util.SequencedSet", ((Map<?, ?>) m).keySet())),
            new Step("values() is sequenced", m -> isA("java.util.SequencedCollection", ((Map<?, ?>) m).values())),
            new Step("entrySet() is sequenced", m -> isA("java.util.SequencedSet", ((Map<?, ?>) m).entrySet())),
            new Step("reversed() is a SequencedMap", m -> isA("java.util.SequencedMap", map(m, "reversed"))),
            new Step("contents", Object::toString));

    static final List<Step> SET_SCRIPT = List.of(
            new Step("reversed", s -> collection(s, "reversed").toString()),
            new Step("reversed().reversed()", s -> collection(collection(s, "reversed"), "reversed").toString()),
            new Step("reversed().addFirst", s -> collection(collection(s, "reversed"), "addFirst", "z")),
            new Step("reversed().addLast", s -> collection(collection(s, "reversed"), "addLast", "b")),
            new Step("reversed().add", s -> ((Collection<Object>) collection(s, "reversed")).add("y")),
            new Step("reversed().getFirst()", s -> collection(collection(s, "reversed"), "getFirst")),
            new Step("reversed().removeLast()", s -> collection(collection(s, "reversed"), "removeLast")),
            new Step("reversed().remove", s -> ((Collection<?>) collection(s, "reversed")).remove("c")),
            new Step("reversed() is a SequencedSet", s -> isA("java.util.SequencedSet", collection(s, "reversed"))),
            new Step("contents", Object::toString));

    private static Object put(Map<?, ?> map, String key, Integer value) {
        @SuppressWarnings("unchecked")
        Map<String, Integer> typed = (Map<String, Integer>) map;
        return typed.put(key, value);
    }

    private static boolean isA(String type, Object value) {
        try {
            return Class.forName(type).isInstance(value);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    static List<String> run(List<Step> script, Object target) {
        List<String> results = new ArrayList<>();
        for (Step step : script) {
            Object result;
            try {
                result = step.call().apply(target);
            } catch (RuntimeException e) {
                result = e.getClass().getName();
            }
            results.add(step.name() + " -> " + result + " | " + target);
        }
        return results;
    }

    static <M extends Map<String, Integer>> M filled(M map) {
        for (String key : List.of("a", "b", "c", "d")) {
            map.put(key, key.charAt(0) - 'a');
        }
        return map;
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void theLinkedMapAnswersAsLinkedHashMap() {
        assertEquals(run(MAP_SCRIPT, filled(new LinkedHashMap<>())),
                run(MAP_SCRIPT, filled(new TrackedLinkedHashMap<>())));
        assertEquals(run(MAP_SCRIPT, filled(new LinkedHashMap<>(16, 0.75f, true))),
                run(MAP_SCRIPT, filled(new TrackedLinkedHashMap<>(16, 0.75f, true))));
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void theLinkedSetAnswersAsLinkedHashSet() {
        assertEquals(run(SET_SCRIPT, new LinkedHashSet<>(List.of("a", "b", "c", "d"))),
                run(SET_SCRIPT, new TrackedLinkedHashSet<>(List.of("a", "b", "c", "d"))));
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void changesThroughTheSequencedViewsRollBack() {
        TrackedLinkedHashMap<String, Integer> map = filled(new TrackedLinkedHashMap<>());
        TrackedLinkedHashSet<String> set = new TrackedLinkedHashSet<>(List.of("a", "b", "c"));
        String mapBefore = map.toString();
        String setBefore = set.toString();

        Worlds.push();
        run(MAP_SCRIPT, map);
        run(SET_SCRIPT, set);
        assertFalse(mapBefore.equals(map.toString()));
        Worlds.pop();

        assertEquals(mapBefore, map.toString());
        assertEquals(setBefore, set.toString());
        assertEquals("[d, c, b, a]", collection(map(map, "sequencedKeySet"), "reversed").toString());
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void noClassOfThePackageLacksAnInterfaceMethod() throws IOException, URISyntaxException {
        Path root = Path.of(TrackedLinkedHashMap.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> abstractMethods = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve("dev/worlds/collections"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = "dev.worlds.collections." + file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    if (Modifier.isAbstract(method.getModifiers())) {
                        abstractMethods.add(name + ": " + method);
                    }
                }
            }
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
        assertEquals(List.of(), abstractMethods);
    }

    @Test
    void onJava21ATrackedClassWithoutItsBridgesFailsToInitialize() {
        class LostItsBridges<K, V> extends LinkedHashMap<K, V> {
        }
        if (Runtime.version().feature() >= 21) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Java21Bridges.require(LostItsBridges.class, "reversed"));
            assertTrue(e.getMessage().contains("LostItsBridges was loaded without its Java 21 methods"), e.getMessage());
            assertTrue(e.getMessage().contains("Multi-Release: true"), e.getMessage());
        } else {
            Java21Bridges.require(LostItsBridges.class, "reversed");
        }
        Java21Bridges.require(TrackedLinkedHashMap.class, "reversed");
        Java21Bridges.require(TrackedLinkedHashSet.class, "reversed");
    }
}
