package dev.worlds.collections;

import static dev.worlds.collections.CollectionKind.step;
import static dev.worlds.collections.CollectionSteps.cloneStep;
import static dev.worlds.collections.CollectionSteps.copyStep;
import static dev.worlds.collections.CollectionSteps.picked;

import dev.worlds.collections.CollectionKind.Ctx;
import dev.worlds.collections.CollectionKind.Step;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The kinds {@link CollectionsPropertyTest} runs: one entry per tracked class (and per behaviour
 * worth its own instance: access order, a {@code removeEldestEntry} subclass, a comparator), and
 * the nested map whose values are collections the program creates.
 */
final class CollectionKinds {
    private CollectionKinds() {
    }

    static final CollectionKind<HashMap<Integer, Integer>> HASH_MAP =
            CollectionKind.<HashMap<Integer, Integer>>of("HashMap", TrackedHashMap::new, HashMap::new)
                    .steps(CollectionSteps.map(), List.of(
                            cloneStep(CollectionKinds::cloneOf),
                            copyStep("new HashMap(map)", TrackedHashMap::new, HashMap::new)))
                    .compare((t, m, x) -> mapDiff(t, m, true));

    static final CollectionKind<HashSet<Integer>> HASH_SET =
            CollectionKind.<HashSet<Integer>>of("HashSet", TrackedHashSet::new, HashSet::new)
                    .steps(CollectionSteps.collection(), List.of(
                            cloneStep(CollectionKinds::cloneOf),
                            copyStep("new HashSet(set)", TrackedHashSet::new, HashSet::new)))
                    .compare((t, m, x) -> collectionDiff(t, m, true))
                    .inner();

    static final CollectionKind<LinkedHashMap<Integer, Integer>> LINKED_HASH_MAP =
            CollectionKind.<LinkedHashMap<Integer, Integer>>of("LinkedHashMap", TrackedLinkedHashMap::new, LinkedHashMap::new)
                    .steps(CollectionSteps.map(), List.of(
                            cloneStep(CollectionKinds::cloneOf),
                            copyStep("new LinkedHashMap(map)", TrackedLinkedHashMap::new, LinkedHashMap::new)))
                    .compare((t, m, x) -> mapDiff(t, m, true));

    /** Access order: get, put, compute* and merge move entries to the end (even the comparison must not call get). */
    static final CollectionKind<LinkedHashMap<Integer, Integer>> ACCESS_ORDER_MAP =
            CollectionKind.<LinkedHashMap<Integer, Integer>>of("LinkedHashMap(access order)",
                            () -> new TrackedLinkedHashMap<>(8, 0.75f, true), () -> new LinkedHashMap<>(8, 0.75f, true))
                    .steps(CollectionSteps.map(), List.of(cloneStep(CollectionKinds::cloneOf)))
                    .compare((t, m, x) -> mapDiff(t, m, false));

    /** A subclass whose removeEldestEntry keeps at most 6 entries (an LRU cache in access order). */
    static final CollectionKind<LinkedHashMap<Integer, Integer>> LRU_MAP =
            CollectionKind.<LinkedHashMap<Integer, Integer>>of("LinkedHashMap(LRU 6)", LruTracked::new, LruModel::new)
                    .steps(CollectionSteps.map(), List.of(cloneStep(CollectionKinds::cloneOf)))
                    .compare((t, m, x) -> mapDiff(t, m, false));

    static final CollectionKind<LinkedHashSet<Integer>> LINKED_HASH_SET =
            CollectionKind.<LinkedHashSet<Integer>>of("LinkedHashSet", TrackedLinkedHashSet::new, LinkedHashSet::new)
                    .steps(CollectionSteps.collection(), List.of(
                            cloneStep(CollectionKinds::cloneOf),
                            copyStep("new LinkedHashSet(set)", TrackedLinkedHashSet::new, LinkedHashSet::new)))
                    .compare((t, m, x) -> collectionDiff(t, m, true))
                    .inner();

    /** Heap order is compared too: iteration walks the heap array. PriorityQueue's equals is identity. */
    static final CollectionKind<PriorityQueue<Integer>> PRIORITY_QUEUE =
            CollectionKind.<PriorityQueue<Integer>>of("PriorityQueue", TrackedPriorityQueue::new, PriorityQueue::new)
                    .steps(CollectionSteps.collection(), CollectionSteps.queue(), List.of(
                            cloneStep(CollectionKinds::copyOfQueue),
                            copyStep("new PriorityQueue(queue)", TrackedPriorityQueue::new, PriorityQueue::new),
                            step("new PriorityQueue(list): heapify", 1, (q, a, x) -> {
                                if (!x.canCreate()) {
                                    return "full";
                                }
                                List<Integer> list = a.nonNulls(1, 30);
                                return x.ref(x.adopt(x.tracked() ? new TrackedPriorityQueue<>(list) : new PriorityQueue<>(list)));
                            })))
                    .compare((t, m, x) -> collectionDiff(t, m, false));

    static final CollectionKind<PriorityQueue<Integer>> REVERSE_PRIORITY_QUEUE =
            CollectionKind.<PriorityQueue<Integer>>of("PriorityQueue(reverse order)",
                            () -> new TrackedPriorityQueue<>(3, Comparator.reverseOrder()),
                            () -> new PriorityQueue<>(3, Comparator.reverseOrder()))
                    .steps(CollectionSteps.collection(), CollectionSteps.queue(), List.of(
                            copyStep("new PriorityQueue(queue)", TrackedPriorityQueue::new, PriorityQueue::new)))
                    .compare((t, m, x) -> collectionDiff(t, m, false));

    static final CollectionKind<BitSet> BIT_SET =
            CollectionKind.<BitSet>of("BitSet", TrackedBitSet::new, BitSet::new)
                    .steps(CollectionSteps.bitSet(), List.of(
                            cloneStep(s -> (BitSet) s.clone()),
                            copyStep("BitSet.valueOf(longs)", s -> TrackedBitSet.valueOf(s.toLongArray()),
                                    s -> BitSet.valueOf(s.toLongArray()))))
                    .compare(CollectionKinds::bitSetDiff);

    static final CollectionKind<ArrayList<Integer>> ARRAY_LIST =
            CollectionKind.<ArrayList<Integer>>of("ArrayList", TrackedArrayList::new, ArrayList::new)
                    .steps(CollectionSteps.collection(), CollectionSteps.list(), List.of(
                            cloneStep(CollectionKinds::cloneOf),
                            copyStep("new ArrayList(list)", TrackedArrayList::new, ArrayList::new),
                            step("ensureCapacity/trimToSize", 1, (l, a, x) -> {
                                if (a.bool(1)) {
                                    l.ensureCapacity(a.small(2, 100));
                                } else {
                                    l.trimToSize();
                                }
                                return l.size();
                            })))
                    .compare((t, m, x) -> collectionDiff(t, m, true))
                    .inner();

    static final CollectionKind<TreeMap<Integer, Integer>> TREE_MAP =
            CollectionKind.<TreeMap<Integer, Integer>>of("TreeMap", TrackedTreeMap::new, TreeMap::new)
                    .steps(CollectionSteps.map(), CollectionSteps.navigableMap(), List.of(
                            cloneStep(CollectionKinds::cloneOf),
                            copyStep("new TreeMap(sortedMap)", TrackedTreeMap::new, TreeMap::new),
                            copyStep("new TreeMap(map)", t -> new TrackedTreeMap<>((Map<Integer, Integer>) new HashMap<>(t)),
                                    t -> new TreeMap<>((Map<Integer, Integer>) new HashMap<>(t)))))
                    .compare((t, m, x) -> navigableMapDiff(t, m));

    /** Reverse order with nulls last: null keys are allowed and sort last. */
    static final CollectionKind<TreeMap<Integer, Integer>> REVERSE_TREE_MAP =
            CollectionKind.<TreeMap<Integer, Integer>>of("TreeMap(reverse, nulls last)",
                            () -> new TrackedTreeMap<>(CollectionSteps.REVERSE_NULLS_LAST), () -> new TreeMap<>(CollectionSteps.REVERSE_NULLS_LAST))
                    .steps(CollectionSteps.map(), CollectionSteps.navigableMap(), List.of(cloneStep(CollectionKinds::cloneOf)))
                    .compare((t, m, x) -> navigableMapDiff(t, m));

    static final CollectionKind<TreeSet<Integer>> TREE_SET =
            CollectionKind.<TreeSet<Integer>>of("TreeSet", TrackedTreeSet::new, TreeSet::new)
                    .steps(CollectionSteps.collection(), CollectionSteps.navigableSet(), List.of(
                            cloneStep(CollectionKinds::cloneOf),
                            copyStep("new TreeSet(sortedSet)", TrackedTreeSet::new, TreeSet::new),
                            copyStep("new TreeSet(collection)", t -> new TrackedTreeSet<>(new ArrayList<>(t)),
                                    t -> new TreeSet<>(new ArrayList<>(t)))))
                    .compare((t, m, x) -> navigableSetDiff(t, m))
                    .inner();

    static final CollectionKind<LinkedList<Integer>> LINKED_LIST =
            CollectionKind.<LinkedList<Integer>>of("LinkedList", TrackedLinkedList::new, LinkedList::new)
                    .steps(CollectionSteps.collection(), CollectionSteps.list(), CollectionSteps.deque(), List.of(
                            cloneStep(CollectionKinds::cloneOf),
                            copyStep("new LinkedList(list)", TrackedLinkedList::new, LinkedList::new)))
                    .compare((t, m, x) -> dequeDiff(t, m, true))
                    .inner();

    /** ArrayDeque's equals is identity: compared by iteration (both ways) only. */
    static final CollectionKind<ArrayDeque<Integer>> ARRAY_DEQUE =
            CollectionKind.<ArrayDeque<Integer>>of("ArrayDeque", TrackedArrayDeque::new, ArrayDeque::new)
                    .steps(CollectionSteps.collection(), CollectionSteps.deque(), List.of(
                            cloneStep(CollectionKinds::cloneOf),
                            copyStep("new ArrayDeque(deque)", TrackedArrayDeque::new, ArrayDeque::new)))
                    .compare((t, m, x) -> dequeDiff(t, m, false));

    /** A map of collections (Map<Integer, Set<Integer>> or of lists): the values are slots of the program. */
    static final CollectionKind<HashMap<Integer, Collection<Integer>>> NESTED_MAP =
            CollectionKind.<HashMap<Integer, Collection<Integer>>>of("HashMap<Integer, Collection>", TrackedHashMap::new, HashMap::new)
                    .steps(CollectionKinds.<HashMap<Integer, Collection<Integer>>>nestedSteps(), List.of(cloneStep(CollectionKinds::cloneOf)))
                    .compare(CollectionKinds::nestedDiff)
                    .nested();

    static final CollectionKind<TreeMap<Integer, Collection<Integer>>> NESTED_TREE_MAP =
            CollectionKind.<TreeMap<Integer, Collection<Integer>>>of("TreeMap<Integer, Collection>", TrackedTreeMap::new, TreeMap::new)
                    .steps(CollectionKinds.<TreeMap<Integer, Collection<Integer>>>nestedSteps(), List.of(cloneStep(CollectionKinds::cloneOf)))
                    .compare(CollectionKinds::nestedDiff)
                    .nested();

    /** Every kind a program starts with, one instance each; the inner kinds are also the nested map's values. */
    static List<CollectionKind<?>> all() {
        return List.of(HASH_MAP, HASH_SET, LINKED_HASH_MAP, ACCESS_ORDER_MAP, LRU_MAP, LINKED_HASH_SET,
                PRIORITY_QUEUE, REVERSE_PRIORITY_QUEUE, BIT_SET, ARRAY_LIST, TREE_MAP, REVERSE_TREE_MAP, TREE_SET,
                LINKED_LIST, ARRAY_DEQUE, NESTED_MAP, NESTED_TREE_MAP);
    }

    // ---------------------------------------------------------------------------------------
    // Helpers for the kinds

    @SuppressWarnings("unchecked")
    static <T> T cloneOf(HashMap<?, ?> map) {
        return (T) map.clone();
    }

    @SuppressWarnings("unchecked")
    static <T> T cloneOf(HashSet<?> set) {
        return (T) set.clone();
    }

    @SuppressWarnings("unchecked")
    static <T> T cloneOf(ArrayList<?> list) {
        return (T) list.clone();
    }

    @SuppressWarnings("unchecked")
    static <T> T cloneOf(TreeMap<?, ?> map) {
        return (T) map.clone();
    }

    @SuppressWarnings("unchecked")
    static <T> T cloneOf(TreeSet<?> set) {
        return (T) set.clone();
    }

    @SuppressWarnings("unchecked")
    static <T> T cloneOf(LinkedList<?> list) {
        return (T) list.clone();
    }

    @SuppressWarnings("unchecked")
    static <T> T cloneOf(ArrayDeque<?> deque) {
        return (T) deque.clone();
    }

    /** PriorityQueue is not Cloneable: the copy constructor keeps the heap array as it is. */
    private static PriorityQueue<Integer> copyOfQueue(PriorityQueue<Integer> queue) {
        return queue instanceof TrackedPriorityQueue ? new TrackedPriorityQueue<>(queue) : new PriorityQueue<>(queue);
    }

    static final class LruTracked extends TrackedLinkedHashMap<Integer, Integer> {
        private static final long serialVersionUID = 1L;

        LruTracked() {
            super(4, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
            return size() > 6;
        }
    }

    static final class LruModel extends LinkedHashMap<Integer, Integer> {
        private static final long serialVersionUID = 1L;

        LruModel() {
            super(4, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
            return size() > 6;
        }
    }

    // ---------------------------------------------------------------------------------------
    // The nested map

    private static Collection<Integer> newInner(Args a, Ctx x) {
        List<CollectionKind<?>> kinds = x.innerKinds();
        @SuppressWarnings("unchecked")
        Collection<Integer> c = (Collection<Integer>) x.create(kinds.get(a.small(2, kinds.size())));
        c.addAll(a.elems(3, 5));
        return c;
    }

    @SuppressWarnings("unchecked")
    private static Collection<Integer> existing(Ctx x, int raw) {
        return (Collection<Integer>) x.innerAt(raw);
    }

    private static <M extends Map<Integer, Collection<Integer>>> List<Step<M>> nestedSteps() {
        return List.of(
                step("put(k, new)", 3, (m, a, x) -> x.canCreate() ? x.ref(m.put(a.elem(0), newInner(a, x))) : "full"),
                step("put(k, existing)", 2, (m, a, x) -> x.ref(m.put(a.elem(0), existing(x, a.raw(1))))),
                step("computeIfAbsent(k, new).add(e)", 5, (m, a, x) -> {
                    Integer k = a.elem(0);
                    if (!x.canCreate() && !m.containsKey(k)) {
                        return "full";
                    }
                    return m.computeIfAbsent(k, key -> newInner(a, x)).add(a.elem(1));
                }),
                step("get(k).add(e)", 3, (m, a, x) -> {
                    Collection<Integer> c = m.get(a.elem(0));
                    return c == null ? "absent" : c.add(a.elem(1));
                }),
                step("get(k).remove(e)/clear", 2, (m, a, x) -> {
                    Collection<Integer> c = m.get(a.elem(0));
                    if (c == null) {
                        return "absent";
                    }
                    if (a.small(2, 4) == 0) {
                        c.clear();
                        return null;
                    }
                    return c.remove(a.elem(1));
                }),
                step("remove(k)", 2, (m, a, x) -> x.ref(m.remove(a.elem(0)))),
                step("computeIfPresent(k, drop if small)", 1, (m, a, x) -> {
                    int limit = a.small(2, 3);
                    return x.ref(m.computeIfPresent(a.elem(0), (k, c) -> c.size() <= limit ? null : c));
                }),
                step("compute(k, existing or null)", 1, (m, a, x) -> {
                    boolean drop = a.small(2, 3) == 0;
                    Collection<Integer> other = existing(x, a.raw(1));
                    return x.ref(m.compute(a.elem(0), (k, c) -> drop ? null : c == null ? other : c));
                }),
                step("merge(k, existing, keep or replace)", 1, (m, a, x) -> {
                    boolean replace = a.bool(2);
                    return x.ref(m.merge(a.elem(0), existing(x, a.raw(1)), (old, v) -> replace ? v : old));
                }),
                step("values.removeIf(small)", 1, (m, a, x) -> {
                    int limit = a.small(2, 3);
                    return m.values().removeIf(c -> c.size() <= limit);
                }),
                step("keySet.removeIf", 1, (m, a, x) -> {
                    int mod = 2 + a.small(2, 4);
                    return m.keySet().removeIf(k -> picked(k, mod, 0));
                }),
                step("entrySet walk: setValue(existing), remove", 1, (m, a, x) -> {
                    Random random = a.random(1);
                    List<Object> seen = new ArrayList<>();
                    for (Iterator<Map.Entry<Integer, Collection<Integer>>> it = m.entrySet().iterator(); it.hasNext(); ) {
                        Map.Entry<Integer, Collection<Integer>> e = it.next();
                        seen.add(e.getKey());
                        int r = random.nextInt(5);
                        if (r == 0) {
                            it.remove();
                        } else if (r == 1) {
                            seen.add(x.ref(e.setValue(existing(x, random.nextInt(1000)))));
                        } else if (r == 2) {
                            e.getValue().add(random.nextInt(60) - 8);
                        }
                    }
                    return seen;
                }),
                step("replaceAll(existing)", 1, (m, a, x) -> {
                    Random random = a.random(1);
                    m.replaceAll((k, c) -> random.nextInt(3) == 0 ? existing(x, random.nextInt(1000)) : c);
                    return null;
                }),
                step("values.forEach(add)", 1, (m, a, x) -> {
                    Integer e = a.elem(1);
                    m.values().forEach(c -> c.add(e));
                    return null;
                }),
                step("get/containsKey/containsValue", 1, (m, a, x) ->
                        List.of(x.ref(m.get(a.elem(0))), m.containsKey(a.elem(0)), m.containsValue(existing(x, a.raw(1))))),
                step("putAll(new map of existing)", 1, (m, a, x) -> {
                    Map<Integer, Collection<Integer>> more = new LinkedHashMap<>();
                    Random random = a.random(1);
                    for (int i = random.nextInt(4); i > 0; i--) {
                        more.put(random.nextInt(60) - 8, existing(x, random.nextInt(1000)));
                    }
                    m.putAll(more);
                    return null;
                }),
                CollectionSteps.serialization(),
                step("clear", 1, (m, a, x) -> {
                    m.clear();
                    return null;
                }));
    }

    // ---------------------------------------------------------------------------------------
    // Comparisons

    static List<Object> iterate(Iterable<?> iterable) {
        List<Object> list = new ArrayList<>();
        for (Object o : iterable) {
            list.add(o);
        }
        return list;
    }

    /**
     * Same elements in the same iteration order (also through toArray), same size, toString and,
     * when the JDK class defines content equality, equals both ways and hashCode.
     */
    static String collectionDiff(Collection<?> t, Collection<?> m, boolean contentEquality) {
        List<Object> expected = iterate(m);
        List<Object> actual = iterate(t);
        if (!expected.equals(actual)) {
            return "iterates " + actual + ", model " + expected;
        }
        if (t.size() != m.size() || t.isEmpty() != m.isEmpty()) {
            return "size " + t.size() + " (isEmpty " + t.isEmpty() + "), model " + m.size();
        }
        if (!Arrays.asList(t.toArray()).equals(expected)) {
            return "toArray " + Arrays.toString(t.toArray()) + ", model " + expected;
        }
        if (expected.size() <= 64 && !t.toString().equals(m.toString())) {   // big ones: iteration says it all
            return "toString " + t + ", model " + m;
        }
        if (contentEquality) {
            if (!t.equals(m) || !m.equals(t)) {
                return "equals: tracked.equals(model) " + t.equals(m) + ", model.equals(tracked) " + m.equals(t);
            }
            if (t.hashCode() != m.hashCode()) {
                return "hashCode " + t.hashCode() + ", model " + m.hashCode();
            }
        }
        return null;
    }

    static List<Map.Entry<Object, Object>> entries(Map<?, ?> map) {
        List<Map.Entry<Object, Object>> list = new ArrayList<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            list.add(new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue()));
        }
        return list;
    }

    /**
     * Same entries in the same order, through entrySet, keySet and values; same size, toString,
     * hashCode and (unless {@code withEquals} is false: equals calls get, which reorders an
     * access-ordered map) equals both ways.
     */
    static String mapDiff(Map<?, ?> t, Map<?, ?> m, boolean withEquals) {
        List<Map.Entry<Object, Object>> expected = entries(m);
        List<Map.Entry<Object, Object>> actual = entries(t);
        if (!expected.equals(actual)) {
            return "entries " + actual + ", model " + expected;
        }
        if (!iterate(t.keySet()).equals(iterate(m.keySet()))) {
            return "keySet " + iterate(t.keySet()) + ", model " + iterate(m.keySet());
        }
        if (!iterate(t.values()).equals(iterate(m.values()))) {
            return "values " + iterate(t.values()) + ", model " + iterate(m.values());
        }
        if (t.size() != m.size() || t.isEmpty() != m.isEmpty()) {
            return "size " + t.size() + " (isEmpty " + t.isEmpty() + "), model " + m.size();
        }
        if (expected.size() <= 64 && !t.toString().equals(m.toString())) {
            return "toString " + t + ", model " + m;
        }
        if (t.hashCode() != m.hashCode()) {
            return "hashCode " + t.hashCode() + ", model " + m.hashCode();
        }
        if (withEquals && (!t.equals(m) || !m.equals(t))) {
            return "equals: tracked.equals(model) " + t.equals(m) + ", model.equals(tracked) " + m.equals(t);
        }
        return null;
    }

    /** {@link #mapDiff}, and the same entries in descending order, through the descending map and key set. */
    static String navigableMapDiff(NavigableMap<Integer, Integer> t, NavigableMap<Integer, Integer> m) {
        String diff = mapDiff(t, m, true);
        if (diff != null) {
            return diff;
        }
        if (!entries(t.descendingMap()).equals(entries(m.descendingMap()))) {
            return "descendingMap " + entries(t.descendingMap()) + ", model " + entries(m.descendingMap());
        }
        if (!iterate(t.descendingKeySet()).equals(iterate(m.descendingKeySet()))) {
            return "descendingKeySet " + iterate(t.descendingKeySet()) + ", model " + iterate(m.descendingKeySet());
        }
        return null;
    }

    /** {@link #collectionDiff}, and the same elements through the descending iterator. */
    static String navigableSetDiff(NavigableSet<Integer> t, NavigableSet<Integer> m) {
        String diff = collectionDiff(t, m, true);
        if (diff != null) {
            return diff;
        }
        List<Object> down = new ArrayList<>();
        t.descendingIterator().forEachRemaining(down::add);
        List<Object> modelDown = new ArrayList<>();
        m.descendingIterator().forEachRemaining(modelDown::add);
        if (!down.equals(modelDown)) {
            return "descendingIterator " + down + ", model " + modelDown;
        }
        return null;
    }

    /** {@link #collectionDiff}, and the same elements through the descending iterator. */
    static String dequeDiff(Deque<Integer> t, Deque<Integer> m, boolean contentEquality) {
        String diff = collectionDiff(t, m, contentEquality);
        if (diff != null) {
            return diff;
        }
        List<Object> down = new ArrayList<>();
        t.descendingIterator().forEachRemaining(down::add);
        List<Object> modelDown = new ArrayList<>();
        m.descendingIterator().forEachRemaining(modelDown::add);
        if (!down.equals(modelDown)) {
            return "descendingIterator " + down + ", model " + modelDown;
        }
        return null;
    }

    /** Same entries, and each key maps to the same slot on both sides (the inner collections are compared as slots). */
    private static <M extends Map<Integer, Collection<Integer>>> String nestedDiff(M t, M m, Ctx x) {
        String diff = mapDiff(t, m, true);
        if (diff != null) {
            return diff;
        }
        Iterator<Map.Entry<Integer, Collection<Integer>>> te = t.entrySet().iterator();
        for (Map.Entry<Integer, Collection<Integer>> me : m.entrySet()) {
            Map.Entry<Integer, Collection<Integer>> e = te.next();
            if (!x.ref(e.getValue()).equals(x.ref(me.getValue()))) {
                return "key " + e.getKey() + " maps to " + x.ref(e.getValue()) + ", model to " + x.ref(me.getValue());
            }
        }
        return null;
    }

    /**
     * Same bits, cardinality, length, size (the words array's length) and printing. Only
     * {@code tracked.equals(model)}: a plain BitSet reads its argument's JDK words, which a tracked
     * set leaves empty (documented; TrackedBitSetTest pins it).
     */
    private static String bitSetDiff(BitSet t, BitSet m, Ctx x) {
        if (!t.equals(m)) {
            return "bits " + t + ", model " + m;
        }
        if (t.cardinality() != m.cardinality() || t.length() != m.length() || t.isEmpty() != m.isEmpty()) {
            return "cardinality/length " + t.cardinality() + "/" + t.length() + ", model " + m.cardinality() + "/" + m.length();
        }
        if (t.size() != m.size()) {
            return "size " + t.size() + ", model " + m.size();
        }
        if (t.hashCode() != m.hashCode() || !t.toString().equals(m.toString())) {
            return "hashCode/toString " + t.hashCode() + " " + t + ", model " + m.hashCode() + " " + m;
        }
        if (!Arrays.equals(t.toLongArray(), m.toLongArray())) {
            return "toLongArray " + Arrays.toString(t.toLongArray()) + ", model " + Arrays.toString(m.toLongArray());
        }
        return null;
    }

}
