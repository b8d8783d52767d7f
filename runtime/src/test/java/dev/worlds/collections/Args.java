package dev.worlds.collections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The arguments of one step of {@link CollectionsPropertyTest}, derived from the step's four raw
 * numbers. Each side of a step gets its own {@code Args} over the same numbers, so both see the
 * same values; every value handed out is recorded for the step's description.
 */
final class Args {
    /**
     * Elements and keys: mostly -8..55 (small tables collide in their bins, resizes split them;
     * never 8 keys in one bin of a 64-bin table, where the JDK treeifies and the tracked maps do
     * not), sometimes values whose high bits matter to the hash spreading, and null.
     */
    private static final Integer[] SPECIAL = {65536, -65536, 1 << 20, Integer.MIN_VALUE, Integer.MAX_VALUE, 1000, 127, null};
    private static final int SMALL = 64;

    private final int[] raw;
    private final List<String> seen = new ArrayList<>();

    Args(int a, int b, int c, int d) {
        this.raw = new int[] {a, b, c, d};
    }

    int raw(int i) {
        return raw[i];
    }

    /** An element, key or value (sometimes null). */
    Integer elem(int i) {
        Integer e = elemOf(raw[i]);
        seen.add(String.valueOf(e));
        return e;
    }

    /** An element that is never null. */
    int nonNull(int i) {
        Integer e = elemOf(raw[i]);
        int v = e == null ? 0 : e;
        seen.add(String.valueOf(v));
        return v;
    }

    private static Integer elemOf(int r) {
        int v = Math.floorMod(r, SMALL + SPECIAL.length);
        return v < SMALL ? Integer.valueOf(v - 8) : SPECIAL[v - SMALL];
    }

    /**
     * An index below {@code bound} (a list index: {@code size()} for get/set/remove, {@code size()+1}
     * for add); one in 24 is out of range (-1 or {@code bound}), for the exceptions.
     */
    int index(int i, int bound) {
        int r = raw[i];
        int index;
        if (Math.floorMod(r, 24) == 23 || bound <= 0) {
            index = (r & 64) == 0 ? -1 : Math.max(bound, 0);
        } else {
            index = Math.floorMod(r / 24, bound);
        }
        seen.add("@" + index);
        return index;
    }

    /** Two indexes {@code from <= to} within {@code 0..size}; sometimes from > to or out of range. */
    int[] range(int i, int j, int size) {
        int from = index(i, size + 1);
        int to = index(j, size + 1);
        if (Math.floorMod(raw[j], 7) != 0 && from > to) {
            int t = from;
            from = to;
            to = t;
        }
        return new int[] {from, to};
    }

    /** A number in {@code 0..n-1}. */
    int small(int i, int n) {
        int v = Math.floorMod(raw[i] / 7, n);
        seen.add(String.valueOf(v));
        return v;
    }

    boolean bool(int i) {
        boolean b = (raw[i] & 2) != 0;
        seen.add(String.valueOf(b));
        return b;
    }

    /** A bit index: mostly 0..320 (word boundaries), sometimes far, sometimes negative. */
    int bit(int i) {
        int r = raw[i];
        int kind = Math.floorMod(r, 40);
        int bit;
        if (kind == 0) {
            bit = -1 - (r / 40) % 3;
        } else if (kind == 1) {
            bit = (r / 40) % 5000;
        } else if (kind == 2) {
            bit = 40_000 + (r / 40) % 30_000;   // a words array of over 512 longs: saved in chunks
        } else if (kind < 8) {
            bit = 64 * ((r / 40) % 6) + (r / 240) % 3 - 1;
        } else {
            bit = (r / 40) % 321;
        }
        bit = Math.max(bit, -3);
        seen.add("bit " + bit);
        return bit;
    }

    /** A deterministic source of further choices (iterator walks, bulk arguments), the same on both sides. */
    Random random(int i) {
        seen.add("seed " + raw[i]);
        return new Random(raw[i] * 0x9E3779B97F4A7C15L);
    }

    /** Up to {@code max} elements (sometimes null), the same list on both sides. */
    List<Integer> elems(int i, int max) {
        Random r = new Random(raw[i] * 0x9E3779B97F4A7C15L + 1);
        int n = r.nextInt(max + 1);
        List<Integer> list = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            list.add(elemOf(r.nextInt(1 << 20)));
        }
        seen.add(list.toString());
        return list;
    }

    /**
     * Many distinct elements (300 to 1,500, away from the small ones): tables, list arrays and heaps
     * then grow past 512 elements, where the runtime saves arrays in chunks.
     */
    List<Integer> many(int i) {
        int n = 300 + Math.floorMod(raw[i], 1201);
        int base = 100 + Math.floorMod(raw[i] / 1201, 5) * 10_000;
        List<Integer> list = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            list.add(base + 7 * k);
        }
        seen.add(n + " from " + base);
        return list;
    }

    /** Up to {@code max} non-null elements. */
    List<Integer> nonNulls(int i, int max) {
        List<Integer> list = elems(i, max);
        list.replaceAll(e -> e == null ? 0 : e);
        return list;
    }

    /** Up to {@code max} entries in a fixed order (sometimes null keys or values). */
    Map<Integer, Integer> entries(int i, int max) {
        Random r = new Random(raw[i] * 0x9E3779B97F4A7C15L + 2);
        int n = r.nextInt(max + 1);
        Map<Integer, Integer> map = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            map.put(elemOf(r.nextInt(1 << 20)), elemOf(r.nextInt(1 << 20)));
        }
        seen.add(map.toString());
        return map;
    }

    String describe() {
        return String.join(", ", seen);
    }
}
