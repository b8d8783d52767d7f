package dev.worlds.bench.collections;

import java.util.Collection;
import java.util.Map;

/**
 * Makes the collections the collection benchmarks compare: {@code plain} is the JDK class,
 * {@code woven} the tracked class the weaver puts in its place ({@code dev.worlds.collections.TrackedX},
 * woven when the runtime was built). Both are made by their no-argument constructor, by name, so
 * a benchmark runs for every kind the runtime has.
 */
final class CollectionKinds {
    private CollectionKinds() {
    }

    @SuppressWarnings("unchecked")
    static <C> C create(String variant, String jdkSimpleName) {
        String className = switch (variant) {
            case "plain" -> "java.util." + jdkSimpleName;
            case "woven" -> "dev.worlds.collections.Tracked" + jdkSimpleName;
            default -> throw new IllegalArgumentException("unknown variant '" + variant + "'; use plain or woven");
        };
        try {
            return (C) Class.forName(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + className + ": " + e, e);
        }
    }

    static <K, V> Map<K, V> map(String variant, String kind) {
        return create(variant, kind);
    }

    static <E> Collection<E> collection(String variant, String kind) {
        return create(variant, kind);
    }

    /** Distinct keys whose hash codes spread like real ones (not 0, 1, 2, ...). */
    static Integer[] keys(int count, int salt) {
        Integer[] keys = new Integer[count];
        for (int i = 0; i < count; i++) {
            keys[i] = (i + salt * count) * 0x9E3779B1;
        }
        return keys;
    }
}
