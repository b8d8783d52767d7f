package dev.worlds.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Runs the same random operations on a JDK map and a tracked one and checks after each that both
 * returned the same and iterate in the same order: the tracked maps promise the JDK's iteration
 * order for the same operations (not only the same contents).
 */
final class HashDifferential {
    private HashDifferential() {
    }

    static List<Map.Entry<Object, Object>> entries(Map<?, ?> map) {
        List<Map.Entry<Object, Object>> list = new ArrayList<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            list.add(new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue()));
        }
        return list;
    }

    /** A key from a range wide enough to spread over many bins and resizes, sometimes null. */
    static Integer key(Random random, int range) {
        int k = random.nextInt(range);
        return k == 0 ? null : k * 37;
    }

    static void run(Map<Integer, Integer> jdk, Map<Integer, Integer> tracked, long seed, int steps, int range) {
        Random random = new Random(seed);
        for (int step = 0; step < steps; step++) {
            int op = random.nextInt(20);
            Integer k = key(random, range);
            Integer v = random.nextInt(5) == 0 ? null : random.nextInt(1000);
            String what = "seed " + seed + " step " + step + " op " + op + " key " + k + " value " + v;
            Object a;
            Object b;
            switch (op) {
                case 0, 1, 2, 3 -> {
                    a = jdk.put(k, v);
                    b = tracked.put(k, v);
                }
                case 4 -> {
                    a = jdk.putIfAbsent(k, v);
                    b = tracked.putIfAbsent(k, v);
                }
                case 5, 6 -> {
                    a = jdk.remove(k);
                    b = tracked.remove(k);
                }
                case 7 -> {
                    a = jdk.remove(k, v);
                    b = tracked.remove(k, v);
                }
                case 8 -> {
                    a = jdk.replace(k, v);
                    b = tracked.replace(k, v);
                }
                case 9 -> {
                    a = jdk.replace(k, v, k);
                    b = tracked.replace(k, v, k);
                }
                case 10 -> {
                    Function<Integer, Integer> f = x -> v;
                    a = jdk.computeIfAbsent(k, f);
                    b = tracked.computeIfAbsent(k, f);
                }
                case 11 -> {
                    a = jdk.computeIfPresent(k, (x, y) -> v);
                    b = tracked.computeIfPresent(k, (x, y) -> v);
                }
                case 12 -> {
                    a = jdk.compute(k, (x, y) -> v);
                    b = tracked.compute(k, (x, y) -> v);
                }
                case 13 -> {
                    int w = v == null ? 1 : v;
                    a = jdk.merge(k, w, (x, y) -> (x + y) % 3 == 0 ? null : x + y);
                    b = tracked.merge(k, w, (x, y) -> (x + y) % 3 == 0 ? null : x + y);
                }
                case 14 -> {
                    Map<Integer, Integer> more = new HashMap<>();
                    int n = random.nextInt(random.nextInt(10) == 0 ? 200 : 5);
                    for (int i = 0; i < n; i++) {
                        more.put(key(random, range), random.nextInt(1000));
                    }
                    jdk.putAll(more);
                    tracked.putAll(more);
                    a = b = null;
                }
                case 15 -> {
                    a = jdk.get(k);
                    b = tracked.get(k);
                }
                case 16 -> {
                    a = jdk.getOrDefault(k, -1);
                    b = tracked.getOrDefault(k, -1);
                }
                case 17 -> {
                    a = jdk.keySet().remove(k);
                    b = tracked.keySet().remove(k);
                }
                case 18 -> {
                    int skip = random.nextInt(Math.max(1, jdk.size()));
                    removeAt(jdk.entrySet().iterator(), skip);
                    removeAt(tracked.entrySet().iterator(), skip);
                    a = b = null;
                }
                default -> {
                    if (random.nextInt(30) == 0) {
                        jdk.clear();
                        tracked.clear();
                    } else {
                        jdk.replaceAll((x, y) -> y == null ? 0 : y + 1);
                        tracked.replaceAll((x, y) -> y == null ? 0 : y + 1);
                    }
                    a = b = null;
                }
            }
            assertEquals(a, b, what);
            assertEquals(jdk.size(), tracked.size(), what);
            assertEquals(entries(jdk), entries(tracked), what);
        }
    }

    private static void removeAt(Iterator<?> it, int index) {
        for (int i = 0; i <= index && it.hasNext(); i++) {
            it.next();
        }
        if (index >= 0) {
            try {
                it.remove();
            } catch (IllegalStateException empty) {
                // nothing was returned: the map is empty
            }
        }
    }
}
