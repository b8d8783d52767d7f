package dev.worlds.collections;

import static dev.worlds.collections.CollectionKind.step;

import dev.worlds.collections.CollectionKind.Ctx;
import dev.worlds.collections.CollectionKind.Step;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Queue;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The steps of {@link CollectionsPropertyTest}, by interface: every mutator and every view that
 * writes through, plus the queries (their answers are compared too). Each family is a list a kind
 * concatenates; steps that create collections (clones, copies) are per kind ({@link #cloneStep},
 * {@link #copyStep}).
 */
final class CollectionSteps {
    /** Null-safe sort orders (lists may hold null; a natural sort would throw halfway through). */
    static final Comparator<Integer> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    static final Comparator<Integer> REVERSE_NULLS_LAST = Comparator.nullsLast(Comparator.<Integer>reverseOrder());

    private CollectionSteps() {
    }

    static int h(Integer x) {
        return x == null ? 0 : x;
    }

    /** A predicate's choice: whether {@code x} falls in class {@code r} mod {@code m}. */
    static boolean picked(Integer x, int m, int r) {
        return Math.floorMod(h(x), m) == r;
    }

    static Integer plus(Integer x, Integer y) {
        return x == null || y == null ? null : x + y;
    }

    // ---------------------------------------------------------------------------------------
    // Creation steps

    /** {@code clone()}: a new slot of the target's kind (created in the current world). */
    static <C> Step<C> cloneStep(UnaryOperator<C> clone) {
        return step("clone", 1, (c, a, x) -> x.canCreate() ? x.ref(x.adopt(clone.apply(c))) : "full");
    }

    /** A copy constructor: {@code tracked} on the tracked side, {@code model} on the model side. */
    static <C> Step<C> copyStep(String name, Function<? super C, ? extends C> tracked, Function<? super C, ? extends C> model) {
        return step(name, 1, (c, a, x) -> {
            if (!x.canCreate()) {
                return "full";
            }
            C copy = x.tracked() ? tracked.apply(c) : model.apply(c);
            return x.ref(x.adopt(copy));
        });
    }

    // ---------------------------------------------------------------------------------------
    // Collection

    /** Every Collection method, with iterator.remove; lists, sets, queues and deques share them. */
    static <C extends Collection<Integer>> List<Step<C>> collection() {
        return List.of(
                step("add", 4, (c, a, x) -> c.add(a.elem(0))),
                step("remove(Object)", 2, (c, a, x) -> c.remove(a.elem(0))),
                step("contains", 1, (c, a, x) -> c.contains(a.elem(0))),
                step("addAll", 3, (c, a, x) -> c.addAll(a.elems(1, 40))),
                step("addAll(many)", 1, (c, a, x) -> c.addAll(a.many(1))),
                step("removeAll", 1, (c, a, x) -> c.removeAll(a.elems(1, 8))),
                step("retainAll", 1, (c, a, x) -> c.retainAll(a.elems(1, 100))),
                step("containsAll", 1, (c, a, x) -> c.containsAll(a.elems(1, 3))),
                step("removeIf", 1, (c, a, x) -> {
                    int m = 2 + a.small(2, 5);
                    int r = a.small(3, m);
                    return c.removeIf(e -> picked(e, m, r));
                }),
                step("iterator.remove walk", 2, (c, a, x) -> walk(c.iterator(), a.random(1))),
                step("clear", 1, (c, a, x) -> {
                    c.clear();
                    return null;
                }),
                step("toArray", 1, (c, a, x) -> Arrays.asList(c.toArray())),
                step("toArray(T[])", 1, (c, a, x) -> Arrays.asList(c.toArray(new Integer[a.small(2, 4)]))),
                step("toArray(IntFunction)", 1, (c, a, x) -> Arrays.asList(c.toArray(Integer[]::new))),
                step("forEach", 1, (c, a, x) -> {
                    List<Integer> seen = new ArrayList<>();
                    c.forEach(seen::add);
                    return seen;
                }),
                step("stream", 1, (c, a, x) -> c.stream().filter(e -> picked(e, 3, 0)).count()),
                step("addAll(itself)", 1, (c, a, x) -> c.addAll(c)),
                step("removeAll/retainAll/containsAll/equals(itself)", 1, (c, a, x) -> {
                    switch (a.small(2, 4)) {
                        case 0:
                            return c.removeAll(c);
                        case 1:
                            return c.retainAll(c);
                        case 2:
                            return c.containsAll(c);
                        default:
                            return c.equals(c);
                    }
                }),
                step("bulk with another slot", 2, (c, a, x) -> {
                    @SuppressWarnings("unchecked")
                    Collection<Integer> other = (Collection<Integer>) x.slotWhere(CollectionKind::isIntCollection, a.raw(1));
                    if (other == c) {
                        return "itself";   // the steps above
                    }
                    switch (a.small(2, 5)) {
                        case 0:
                            return c.addAll(other);
                        case 1:
                            return c.removeAll(other);
                        case 2:
                            return c.retainAll(other);
                        case 3:
                            return c.containsAll(other);
                        default:
                            return c.equals(other);
                    }
                }),
                serialization());
    }

    /**
     * Serializes and reads back: the tracked side writes the plain JDK class (a subclass writes
     * itself), so both sides read back the same content in the same order.
     */
    static <C> Step<C> serialization() {
        return step("serialize, read back", 1, (c, a, x) -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(c);
            }
            Object back;
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                back = in.readObject();
            }
            String type = back.getClass().getName();
            return (type.startsWith("java.util.") ? type : "a subclass") + ": " + back;
        });
    }

    /**
     * Walks an iterator to its end, removing some elements (now and then calling remove twice, or
     * before next, for the IllegalStateException); returns what it saw.
     */
    static List<Object> walk(Iterator<?> it, Random random) {
        List<Object> seen = new ArrayList<>();
        boolean early = random.nextInt(25) == 0;
        if (early) {
            it.remove();
        }
        while (it.hasNext()) {
            seen.add(it.next());
            int r = random.nextInt(40);
            if (r < 13) {
                it.remove();
                seen.add("removed");
            } else if (r == 13) {
                it.remove();
                it.remove();
            }
        }
        return seen;
    }

    // ---------------------------------------------------------------------------------------
    // List

    static <L extends List<Integer>> List<Step<L>> list() {
        return List.of(
                step("add(i, e)", 3, (l, a, x) -> {
                    l.add(a.index(1, l.size() + 1), a.elem(0));
                    return null;
                }),
                step("set(i, e)", 2, (l, a, x) -> l.set(a.index(1, l.size()), a.elem(0))),
                step("get(i)", 1, (l, a, x) -> l.get(a.index(1, l.size()))),
                step("remove(i)", 3, (l, a, x) -> l.remove(a.index(1, l.size()))),
                step("indexOf", 1, (l, a, x) -> l.indexOf(a.elem(0))),
                step("lastIndexOf", 1, (l, a, x) -> l.lastIndexOf(a.elem(0))),
                step("addAll(i, c)", 1, (l, a, x) -> l.addAll(a.index(1, l.size() + 1), a.elems(2, 12))),
                step("subList.clear", 2, (l, a, x) -> {
                    int[] r = a.range(1, 2, l.size());
                    l.subList(r[0], r[1]).clear();
                    return null;
                }),
                step("subList.add(i, e)", 1, (l, a, x) -> {
                    int[] r = a.range(1, 2, l.size());
                    List<Integer> sub = l.subList(r[0], r[1]);
                    sub.add(a.index(3, sub.size() + 1), a.elem(0));
                    return sub.size();
                }),
                step("subList.set/remove(i)", 1, (l, a, x) -> {
                    int[] r = a.range(1, 2, l.size());
                    List<Integer> sub = l.subList(r[0], r[1]);
                    return a.bool(0) ? sub.set(a.index(3, sub.size()), a.elem(0)) : sub.remove(a.index(3, sub.size()));
                }),
                step("subList.removeIf", 1, (l, a, x) -> {
                    int[] r = a.range(1, 2, l.size());
                    int m = 2 + a.small(3, 3);
                    return l.subList(r[0], r[1]).removeIf(e -> picked(e, m, 0));
                }),
                step("subList.sort", 1, (l, a, x) -> {
                    int[] r = a.range(1, 2, l.size());
                    l.subList(r[0], r[1]).sort(a.bool(3) ? NULLS_FIRST : REVERSE_NULLS_LAST);
                    return null;
                }),
                step("subList.replaceAll", 1, (l, a, x) -> {
                    int[] r = a.range(1, 2, l.size());
                    int k = a.nonNull(3);
                    l.subList(r[0], r[1]).replaceAll(e -> plus(e, k));
                    return null;
                }),
                step("subList.subList.clear", 1, (l, a, x) -> {
                    int[] r = a.range(1, 2, l.size());
                    List<Integer> sub = l.subList(r[0], r[1]);
                    int[] s = a.range(3, 0, sub.size());
                    sub.subList(s[0], s[1]).clear();
                    return sub.size();
                }),
                step("subList.addAll/iterator.remove", 1, (l, a, x) -> {
                    int[] r = a.range(1, 2, l.size());
                    List<Integer> sub = l.subList(r[0], r[1]);
                    if (a.bool(0)) {
                        return sub.addAll(a.elems(3, 5));
                    }
                    return walk(sub.iterator(), a.random(3));
                }),
                step("subList.listIterator walk", 1, (l, a, x) -> {
                    int[] r = a.range(1, 2, l.size());
                    List<Integer> sub = l.subList(r[0], r[1]);
                    return listWalk(sub.listIterator(a.index(0, sub.size() + 1)), a.random(3));
                }),
                step("listIterator walk", 3, (l, a, x) -> listWalk(l.listIterator(a.index(1, l.size() + 1)), a.random(2))),
                step("sort", 1, (l, a, x) -> {
                    l.sort(a.bool(1) ? NULLS_FIRST : REVERSE_NULLS_LAST);
                    return null;
                }),
                step("replaceAll", 1, (l, a, x) -> {
                    int k = a.nonNull(1);
                    l.replaceAll(e -> plus(e, k));
                    return null;
                }),
                step("hashCode/equals", 1, (l, a, x) -> List.of(l.hashCode(), l.equals(new ArrayList<>(l)))),
                step("subList queries", 1, (l, a, x) -> {
                    int[] r = a.range(1, 2, l.size());
                    List<Integer> sub = l.subList(r[0], r[1]);
                    return List.of(sub.hashCode(), sub.toString(), sub.indexOf(a.elem(0)), sub.equals(new ArrayList<>(sub)));
                }));
    }

    /** Moves a list iterator around at random, calling set, add and remove (legal or not). */
    static List<Object> listWalk(ListIterator<Integer> it, Random random) {
        List<Object> seen = new ArrayList<>();
        int moves = random.nextInt(12);
        for (int i = 0; i < moves; i++) {
            int r = random.nextInt(10);
            if (r < 4) {
                if (it.hasNext()) {
                    seen.add(it.next());
                } else if (it.hasPrevious()) {
                    seen.add(it.previous());
                }
            } else if (r < 5) {
                if (it.hasPrevious()) {
                    seen.add(it.previous());
                }
            } else if (r < 7) {
                it.remove();
                seen.add("removed");
            } else if (r < 8) {
                it.set(random.nextInt(50) - 8);
                seen.add("set");
            } else {
                it.add(random.nextInt(50) - 8);
                seen.add("added");
            }
            seen.add(it.nextIndex());
            seen.add(it.previousIndex());
        }
        return seen;
    }

    // ---------------------------------------------------------------------------------------
    // Deque (ArrayDeque, LinkedList)

    static <D extends Deque<Integer>> List<Step<D>> deque() {
        return List.of(
                step("addFirst", 2, (d, a, x) -> {
                    d.addFirst(a.elem(0));
                    return null;
                }),
                step("addLast", 2, (d, a, x) -> {
                    d.addLast(a.elem(0));
                    return null;
                }),
                step("offerFirst/offerLast", 2, (d, a, x) -> a.bool(1) ? d.offerFirst(a.elem(0)) : d.offerLast(a.elem(0))),
                step("push/offer", 1, (d, a, x) -> {
                    if (a.bool(1)) {
                        d.push(a.elem(0));
                        return null;
                    }
                    return d.offer(a.elem(0));
                }),
                step("pollFirst/pollLast", 2, (d, a, x) -> a.bool(1) ? d.pollFirst() : d.pollLast()),
                step("removeFirst/removeLast", 2, (d, a, x) -> a.bool(1) ? d.removeFirst() : d.removeLast()),
                step("pop/poll/remove()", 1, (d, a, x) -> {
                    switch (a.small(1, 3)) {
                        case 0:
                            return d.pop();
                        case 1:
                            return d.poll();
                        default:
                            return d.remove();
                    }
                }),
                step("peek/element/getFirst/getLast", 1, (d, a, x) -> {
                    switch (a.small(1, 6)) {
                        case 0:
                            return d.peek();
                        case 1:
                            return d.element();
                        case 2:
                            return d.getFirst();
                        case 3:
                            return d.getLast();
                        case 4:
                            return d.peekFirst();
                        default:
                            return d.peekLast();
                    }
                }),
                step("removeFirstOccurrence", 1, (d, a, x) -> d.removeFirstOccurrence(a.elem(0))),
                step("removeLastOccurrence", 1, (d, a, x) -> d.removeLastOccurrence(a.elem(0))),
                step("descendingIterator walk", 1, (d, a, x) -> walk(d.descendingIterator(), a.random(1))));
    }

    // ---------------------------------------------------------------------------------------
    // Queue (PriorityQueue)

    static <Q extends Queue<Integer>> List<Step<Q>> queue() {
        return List.of(
                step("offer", 4, (q, a, x) -> q.offer(a.elem(0))),
                step("poll", 3, (q, a, x) -> q.poll()),
                step("peek", 1, (q, a, x) -> q.peek()),
                step("element", 1, (q, a, x) -> q.element()),
                step("remove()", 1, (q, a, x) -> q.remove()));
    }

    // ---------------------------------------------------------------------------------------
    // Map

    static <M extends Map<Integer, Integer>> List<Step<M>> map() {
        return List.of(
                step("put", 6, (m, a, x) -> m.put(a.elem(0), a.elem(1))),
                step("putAll", 3, (m, a, x) -> {
                    m.putAll(a.entries(2, 40));
                    return null;
                }),
                step("putAll(many)", 1, (m, a, x) -> {
                    Map<Integer, Integer> many = new LinkedHashMap<>();
                    for (Integer k : a.many(1)) {
                        many.put(k, k & 63);
                    }
                    m.putAll(many);
                    return null;
                }),
                step("remove", 3, (m, a, x) -> m.remove(a.elem(0))),
                step("remove(k, v)", 1, (m, a, x) -> m.remove(a.elem(0), a.elem(1))),
                step("putIfAbsent", 1, (m, a, x) -> m.putIfAbsent(a.elem(0), a.elem(1))),
                step("replace", 1, (m, a, x) -> m.replace(a.elem(0), a.elem(1))),
                step("replace(k, old, new)", 1, (m, a, x) -> m.replace(a.elem(0), a.elem(1), a.elem(2))),
                step("computeIfAbsent", 2, (m, a, x) -> {
                    boolean nul = a.small(2, 5) == 0;
                    Integer v = a.elem(1);
                    return m.computeIfAbsent(a.elem(0), k -> nul ? null : v);
                }),
                step("computeIfPresent", 1, (m, a, x) -> {
                    boolean nul = a.small(2, 4) == 0;
                    Integer v = a.elem(1);
                    return m.computeIfPresent(a.elem(0), (k, old) -> nul ? null : plus(old, v));
                }),
                step("compute", 2, (m, a, x) -> {
                    boolean nul = a.small(2, 4) == 0;
                    Integer v = a.elem(1);
                    return m.compute(a.elem(0), (k, old) -> nul ? null : old == null ? v : plus(old, v));
                }),
                step("merge", 2, (m, a, x) -> {
                    boolean nul = a.small(2, 4) == 0;
                    return m.merge(a.elem(0), a.elem(1), (old, v) -> nul ? null : plus(old, v));
                }),
                step("replaceAll", 1, (m, a, x) -> {
                    int k = a.nonNull(1);
                    m.replaceAll((key, v) -> picked(key, 3, 1) ? null : plus(v, k));
                    return null;
                }),
                step("get/getOrDefault", 1, (m, a, x) -> a.bool(2) ? m.get(a.elem(0)) : m.getOrDefault(a.elem(0), -99)),
                step("containsKey/containsValue", 1, (m, a, x) -> List.of(m.containsKey(a.elem(0)), m.containsValue(a.elem(1)))),
                step("keySet.remove", 1, (m, a, x) -> m.keySet().remove(a.elem(0))),
                step("values.remove", 1, (m, a, x) -> m.values().remove(a.elem(1))),
                step("entrySet.remove/contains", 1, (m, a, x) -> {
                    Map.Entry<Integer, Integer> e = new AbstractMap.SimpleEntry<>(a.elem(0), a.elem(1));
                    return a.bool(2) ? m.entrySet().remove(e) : m.entrySet().contains(e);
                }),
                step("keySet/values/entrySet.removeIf", 1, (m, a, x) -> {
                    int mod = 2 + a.small(2, 4);
                    switch (a.small(3, 3)) {
                        case 0:
                            return m.keySet().removeIf(k -> picked(k, mod, 0));
                        case 1:
                            return m.values().removeIf(v -> picked(v, mod, 1));
                        default:
                            return m.entrySet().removeIf(e -> picked(plus(e.getKey(), e.getValue()), mod, 0));
                    }
                }),
                step("entrySet walk: setValue, remove", 2, (m, a, x) -> {
                    Random random = a.random(1);
                    List<Object> seen = new ArrayList<>();
                    for (Iterator<Map.Entry<Integer, Integer>> it = m.entrySet().iterator(); it.hasNext(); ) {
                        Map.Entry<Integer, Integer> e = it.next();
                        seen.add(e.getKey());
                        int r = random.nextInt(6);
                        if (r == 0) {
                            it.remove();
                        } else if (r == 1) {
                            seen.add(e.setValue(random.nextInt(70) - 8));
                        } else if (r == 2 && random.nextInt(10) == 0) {
                            it.remove();
                            it.remove();
                        }
                    }
                    return seen;
                }),
                step("keySet/values iterator walk", 1, (m, a, x) ->
                        walk(a.bool(2) ? m.keySet().iterator() : m.values().iterator(), a.random(1))),
                step("keySet/values retainAll/removeAll", 1, (m, a, x) -> {
                    List<Integer> some = a.elems(1, 100);
                    switch (a.small(2, 4)) {
                        case 0:
                            return m.keySet().retainAll(some);
                        case 1:
                            return m.keySet().removeAll(some.subList(0, Math.min(5, some.size())));
                        case 2:
                            return m.values().retainAll(some);
                        default:
                            return m.entrySet().removeAll(List.of(new AbstractMap.SimpleEntry<>(a.elem(0), a.elem(3))));
                    }
                }),
                step("forEach", 1, (m, a, x) -> {
                    List<Object> seen = new ArrayList<>();
                    m.forEach((k, v) -> {
                        seen.add(k);
                        seen.add(v);
                    });
                    return seen;
                }),
                step("with another map slot (or itself)", 1, (m, a, x) -> {
                    @SuppressWarnings("unchecked")
                    Map<Integer, Integer> other = (Map<Integer, Integer>) x.slotWhere(CollectionKind::isIntMap, a.raw(1));
                    switch (a.small(2, 4)) {
                        case 0:
                            m.putAll(other);
                            return null;
                        case 1:
                            return m.equals(other);
                        case 2:
                            return m.keySet().removeAll(other.keySet());
                        default:
                            return m.entrySet().retainAll(other.entrySet());
                    }
                }),
                serialization(),
                step("clear", 1, (m, a, x) -> {
                    m.clear();
                    return null;
                }));
    }

    // ---------------------------------------------------------------------------------------
    // NavigableMap (TreeMap)

    /** An entry as text: the tree's entries are snapshots or live nodes, either way compared by key and value. */
    static String text(Map.Entry<?, ?> e) {
        return e == null ? "null" : e.getKey() + "=" + e.getValue();
    }

    /** A sub-map view picked by the step: head, tail, sub, descending, or a view of a view. */
    static <M extends NavigableMap<Integer, Integer>> NavigableMap<Integer, Integer> subMap(M m, Args a) {
        Integer lo = a.elem(0);
        Integer hi = a.elem(3);
        boolean loIn = (a.raw(2) & 1) != 0;
        boolean hiIn = (a.raw(2) & 4) != 0;
        switch (a.small(2, 7)) {
            case 0:
                return m.headMap(hi, hiIn);
            case 1:
                return m.tailMap(lo, loIn);
            case 2:
                return m.subMap(lo, loIn, hi, hiIn);
            case 3:
                return m.descendingMap();
            case 4:
                return m.descendingMap().headMap(hi, hiIn);
            case 5:
                return m.subMap(lo, true, hi, true).tailMap(lo, loIn);
            default:
                return m.descendingMap().subMap(hi, hiIn, lo, loIn);
        }
    }

    static <M extends NavigableMap<Integer, Integer>> List<Step<M>> navigableMap() {
        return List.of(
                step("firstKey/lastKey", 1, (m, a, x) -> a.bool(1) ? m.firstKey() : m.lastKey()),
                step("firstEntry/lastEntry", 1, (m, a, x) -> text(a.bool(1) ? m.firstEntry() : m.lastEntry())),
                step("pollFirstEntry/pollLastEntry", 2, (m, a, x) -> text(a.bool(1) ? m.pollFirstEntry() : m.pollLastEntry())),
                step("floor/ceiling/higher/lower", 1, (m, a, x) -> {
                    Integer k = a.elem(0);
                    return List.of(text(m.floorEntry(k)), text(m.ceilingEntry(k)), text(m.higherEntry(k)), text(m.lowerEntry(k)),
                            String.valueOf(m.floorKey(k)), String.valueOf(m.higherKey(k)));
                }),
                step("view.clear", 2, (m, a, x) -> {
                    NavigableMap<Integer, Integer> view = subMap(m, a);
                    view.clear();
                    return view.size();
                }),
                step("view.put", 2, (m, a, x) -> subMap(m, a).put(a.elem(1), a.elem(3))),
                step("view.remove", 1, (m, a, x) -> subMap(m, a).remove(a.elem(1))),
                step("view.pollFirst/LastEntry", 1, (m, a, x) -> {
                    NavigableMap<Integer, Integer> view = subMap(m, a);
                    return text((a.raw(1) & 1) == 0 ? view.pollFirstEntry() : view.pollLastEntry());
                }),
                step("view.entrySet walk: setValue, remove", 1, (m, a, x) -> {
                    NavigableMap<Integer, Integer> view = subMap(m, a);
                    Random random = a.random(1);
                    List<Object> seen = new ArrayList<>();
                    for (Iterator<Map.Entry<Integer, Integer>> it = view.entrySet().iterator(); it.hasNext(); ) {
                        Map.Entry<Integer, Integer> e = it.next();
                        seen.add(e.getKey());
                        int r = random.nextInt(4);
                        if (r == 0) {
                            it.remove();
                        } else if (r == 1) {
                            seen.add(e.setValue(random.nextInt(70) - 8));
                        }
                    }
                    return seen;
                }),
                step("view.keySet/values removeIf", 1, (m, a, x) -> {
                    NavigableMap<Integer, Integer> view = subMap(m, a);
                    int mod = 2 + a.small(1, 3);
                    return (a.raw(1) & 1) == 0 ? view.keySet().removeIf(k -> picked(k, mod, 0))
                            : view.values().removeIf(v -> picked(v, mod, 1));
                }),
                step("view queries", 1, (m, a, x) -> {
                    NavigableMap<Integer, Integer> view = subMap(m, a);
                    Integer k = a.elem(1);
                    return List.of(view.size(), view.containsKey(k), String.valueOf(view.get(k)), view.toString(),
                            text(view.firstEntry()), text(view.lastEntry()), text(view.ceilingEntry(k)), text(view.lowerEntry(k)));
                }),
                step("view.put/compute/merge", 1, (m, a, x) -> {
                    NavigableMap<Integer, Integer> view = subMap(m, a);
                    Integer k = a.elem(1);
                    switch (a.small(3, 4)) {
                        case 0:
                            return view.putIfAbsent(k, 5);
                        case 1:
                            return view.compute(k, (key, v) -> v == null ? 1 : v + 1);
                        case 2:
                            return view.merge(k, 3, Integer::sum);
                        default:
                            return view.computeIfAbsent(k, key -> 7);
                    }
                }),
                step("navigableKeySet/descendingKeySet", 1, (m, a, x) -> {
                    NavigableSet<Integer> keys = a.bool(1) ? m.navigableKeySet() : m.descendingKeySet();
                    switch (a.small(2, 4)) {
                        case 0:
                            return keys.pollFirst();
                        case 1:
                            return keys.pollLast();
                        case 2:
                            return keys.headSet(a.elem(0), true).removeIf(k -> picked(k, 2, 0));
                        default:
                            return walk(keys.iterator(), a.random(3));
                    }
                }),
                step("firstEntry().setValue", 1, (m, a, x) -> {
                    Map.Entry<Integer, Integer> e = m.firstEntry();
                    return e == null ? null : e.setValue(1);
                }));
    }

    // ---------------------------------------------------------------------------------------
    // NavigableSet (TreeSet)

    static NavigableSet<Integer> subSet(NavigableSet<Integer> s, Args a) {
        Integer lo = a.elem(0);
        Integer hi = a.elem(3);
        boolean loIn = (a.raw(2) & 1) != 0;
        boolean hiIn = (a.raw(2) & 4) != 0;
        switch (a.small(2, 7)) {
            case 0:
                return s.headSet(hi, hiIn);
            case 1:
                return s.tailSet(lo, loIn);
            case 2:
                return s.subSet(lo, loIn, hi, hiIn);
            case 3:
                return s.descendingSet();
            case 4:
                return s.descendingSet().headSet(hi, hiIn);
            case 5:
                return s.subSet(lo, true, hi, true).tailSet(lo, loIn);
            default:
                return s.descendingSet().subSet(hi, hiIn, lo, loIn);
        }
    }

    static <S extends NavigableSet<Integer>> List<Step<S>> navigableSet() {
        return List.of(
                step("first/last", 1, (s, a, x) -> a.bool(1) ? s.first() : s.last()),
                step("pollFirst/pollLast", 2, (s, a, x) -> a.bool(1) ? s.pollFirst() : s.pollLast()),
                step("floor/ceiling/higher/lower", 1, (s, a, x) -> {
                    Integer e = a.elem(0);
                    return Arrays.asList(s.floor(e), s.ceiling(e), s.higher(e), s.lower(e));
                }),
                step("view.clear", 2, (s, a, x) -> {
                    NavigableSet<Integer> view = subSet(s, a);
                    view.clear();
                    return view.size();
                }),
                step("view.add", 2, (s, a, x) -> subSet(s, a).add(a.elem(1))),
                step("view.remove", 1, (s, a, x) -> subSet(s, a).remove(a.elem(1))),
                step("view.pollFirst/pollLast", 1, (s, a, x) -> {
                    NavigableSet<Integer> view = subSet(s, a);
                    return (a.raw(1) & 1) == 0 ? view.pollFirst() : view.pollLast();
                }),
                step("view iterator walk", 1, (s, a, x) -> walk(subSet(s, a).iterator(), a.random(1))),
                step("view.removeIf/addAll", 1, (s, a, x) -> {
                    NavigableSet<Integer> view = subSet(s, a);
                    return (a.raw(1) & 1) == 0 ? view.removeIf(e -> picked(e, 3, 0)) : view.addAll(a.nonNulls(1, 6));
                }),
                step("view queries", 1, (s, a, x) -> {
                    NavigableSet<Integer> view = subSet(s, a);
                    Integer e = a.elem(1);
                    return Arrays.asList(view.size(), view.contains(e), view.toString(), view.isEmpty() ? null : view.first(),
                            view.ceiling(e), view.lower(e));
                }),
                step("descendingIterator walk", 1, (s, a, x) -> walk(s.descendingIterator(), a.random(1))));
    }

    // ---------------------------------------------------------------------------------------
    // BitSet

    static List<Step<BitSet>> bitSet() {
        return List.of(
                step("set(i)", 4, (s, a, x) -> {
                    s.set(a.bit(0));
                    return null;
                }),
                step("set(i, bool)", 1, (s, a, x) -> {
                    s.set(a.bit(0), a.bool(2));
                    return null;
                }),
                step("set(from, to)", 2, (s, a, x) -> {
                    int from = a.bit(0);
                    s.set(from, from + a.small(1, 200) - 10);
                    return null;
                }),
                step("set(from, to, bool)", 1, (s, a, x) -> {
                    int from = a.bit(0);
                    s.set(from, from + a.small(1, 200) - 10, a.bool(2));
                    return null;
                }),
                step("clear(i)", 2, (s, a, x) -> {
                    s.clear(a.bit(0));
                    return null;
                }),
                step("clear(from, to)", 1, (s, a, x) -> {
                    int from = a.bit(0);
                    s.clear(from, from + a.small(1, 200) - 10);
                    return null;
                }),
                step("flip(i)", 1, (s, a, x) -> {
                    s.flip(a.bit(0));
                    return null;
                }),
                step("flip(from, to)", 1, (s, a, x) -> {
                    int from = a.bit(0);
                    s.flip(from, from + a.small(1, 200) - 10);
                    return null;
                }),
                step("and/or/xor/andNot", 2, (s, a, x) -> {
                    BitSet other = otherBits(a, x);
                    switch (a.small(2, 4)) {
                        case 0:
                            s.and(other);
                            break;
                        case 1:
                            s.or(other);
                            break;
                        case 2:
                            s.xor(other);
                            break;
                        default:
                            s.andNot(other);
                    }
                    return null;
                }),
                step("with another slot: and/or/xor/andNot/intersects", 1, (s, a, x) -> {
                    BitSet other = (BitSet) x.slotOf(CollectionKinds.BIT_SET, a.raw(1));
                    switch (a.small(2, 5)) {
                        case 0:
                            s.and(other);
                            return null;
                        case 1:
                            s.or(other);
                            return null;
                        case 2:
                            s.xor(other);
                            return null;
                        case 3:
                            s.andNot(other);
                            return null;
                        default:
                            return s.intersects(other);
                    }
                }),
                step("clear()", 1, (s, a, x) -> {
                    s.clear();
                    return null;
                }),
                step("queries", 1, (s, a, x) -> {
                    int i = a.bit(0);
                    return List.of(s.get(Math.max(i, 0)), s.nextSetBit(Math.max(i, 0)), s.nextClearBit(Math.max(i, 0)),
                            s.previousSetBit(Math.max(i, -1)), s.previousClearBit(Math.max(i, -1)));
                }),
                step("get(from, to)", 1, (s, a, x) -> {
                    int from = a.bit(0);
                    return s.get(from, from + a.small(1, 200) - 10).toString();
                }),
                step("intersects", 1, (s, a, x) -> s.intersects(otherBits(a, x))),
                serialization(),
                step("toByteArray/toLongArray/stream", 1, (s, a, x) ->
                        List.of(Arrays.toString(s.toByteArray()), Arrays.toString(s.toLongArray()), s.stream().sum())));
    }

    /**
     * A set built from the step's arguments: plain on the model side (a plain set sees a tracked
     * one as empty), plain or tracked on the tracked side.
     */
    private static BitSet otherBits(Args a, Ctx x) {
        Random random = a.random(3);
        BitSet plain = new BitSet();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            int from = random.nextInt(400);
            plain.set(from, from + random.nextInt(90));
        }
        if (x.tracked() && random.nextBoolean()) {
            return TrackedBitSet.valueOf(plain.toLongArray());
        }
        return plain;
    }
}
