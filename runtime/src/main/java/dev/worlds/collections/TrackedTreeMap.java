package dev.worlds.collections;

import dev.worlds.Untracked;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import dev.worlds.Worlds;
import java.io.Serializable;
import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A {@link TreeMap} whose state lives in fields, nodes and objects of its own, so that a world's
 * rollback restores it exactly: a red-black tree of {@link Node}s ordered by the comparator or by
 * the keys' natural ordering, with the JDK's algorithms, exceptions, fail-fast iterators and views
 * (key sets, values, entry sets, sub-maps and descending maps, all writing through).
 *
 * <p>The weaver substitutes this class for {@code java.util.TreeMap} in woven code ({@code new
 * TreeMap<>()} becomes {@code new TrackedTreeMap<>()}, and woven subclasses of {@code TreeMap} are
 * rebased onto it). It is a {@code TreeMap}, so {@code instanceof}, casts, fields and parameters of
 * type {@code TreeMap} keep working; {@link #getClass()} is the visible difference. The JDK
 * superclass's own state stays empty and is never used: every method is overridden.
 * Serialization writes a plain {@code java.util.TreeMap} with the same comparator and mappings.
 *
 * <p>Java 21's {@code sequencedKeySet()}, {@code sequencedValues()} and
 * {@code sequencedEntrySet()} return types that do not exist on Java 17, so they are inherited
 * from {@code SequencedMap}'s defaults, which only call this map's overridden {@link #keySet()},
 * {@link #values()}, {@link #entrySet()} and {@link #reversed()}. The same views are
 * {@link #sequencedKeySetView()}, {@link #sequencedValuesView()} and
 * {@link #sequencedEntrySetView()}, should bridges ever be wanted.
 *
 * @param <K> the type of keys
 * @param <V> the type of mapped values
 */
public class TrackedTreeMap<K, V> extends TreeMap<K, V> {
    private static final long serialVersionUID = 1L;

    /**
     * The fence key of an iterator that runs to the end of the tree: no key is ever this object.
     * Immutable, so it is not mutable static state.
     */
    static final Object UNBOUNDED = new Object();

    // State is transient: this class serializes as a TreeMap (writeReplace), a subclass through
    // writeObject/readObject below.

    /** The ordering, or null for the keys' natural ordering (not final: readObject sets it). */
    transient Comparator<? super K> comparator;
    transient Node<K, V> root;
    transient int size;
    /** Structural modifications, for fail-fast iterators (the JDK superclass's counter is unused). */
    transient int modCount;

    // Views are made on each call, not cached in fields as the JDK's: a cache would make the first
    // keySet() a write (saved in a world, and a WorldConflictException for another thread reading a
    // map a world owns). They hold no state of their own.

    /** An empty map ordered by the keys' natural ordering. */
    public TrackedTreeMap() {
        super(); // the JDK state stays empty and unused
        this.comparator = null;
    }

    /** An empty map ordered by {@code comparator} (natural ordering if null). */
    public TrackedTreeMap(Comparator<? super K> comparator) {
        super();
        this.comparator = comparator;
    }

    /** A map of {@code m}'s mappings, ordered by the keys' natural ordering. */
    public TrackedTreeMap(Map<? extends K, ? extends V> m) {
        super();
        this.comparator = null;
        putAll(m);
    }

    /** A map of {@code m}'s mappings with {@code m}'s ordering, built in linear time. */
    public TrackedTreeMap(SortedMap<K, ? extends V> m) {
        super();
        this.comparator = m.comparator();
        buildFromSorted(m.size(), m.entrySet().iterator(), null, false);
    }

    // ------------------------------------------------------------------ nodes

    /** A mapping and a node of the red-black tree; entry-set entries write through. */
    static final class Node<K, V> implements Map.Entry<K, V> {
        K key; // not final: deleting a node with two children moves its successor's mapping into it
        V value;
        Node<K, V> left;
        Node<K, V> right;
        Node<K, V> parent;
        /** False is black, so a new node is black until it is coloured. */
        boolean red;

        Node(K key, V value, Node<K, V> parent) {
            this.key = key;
            this.value = value;
            this.parent = parent;
        }

        @Override
        public K getKey() {
            return key;
        }

        @Override
        public V getValue() {
            return value;
        }

        @Override
        public V setValue(V value) {
            V old = this.value;
            this.value = value;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry && Objects.equals(key, ((Map.Entry<?, ?>) o).getKey())
                    && Objects.equals(value, ((Map.Entry<?, ?>) o).getValue());
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(key) ^ Objects.hashCode(value);
        }

        @Override
        public String toString() {
            return key + "=" + value;
        }
    }

    @SuppressWarnings("unchecked")
    final int compare(Object k1, Object k2) {
        return comparator == null ? ((Comparable<Object>) k1).compareTo(k2) : comparator.compare((K) k1, (K) k2);
    }

    /** The node of {@code key}, or null; NPE for a null key under natural ordering, even when empty. */
    final Node<K, V> getNode(Object key) {
        if (comparator != null) {
            return getNodeUsingComparator(key);
        }
        Objects.requireNonNull(key);
        @SuppressWarnings("unchecked")
        Comparable<Object> k = (Comparable<Object>) key;
        Node<K, V> p = root;
        while (p != null) {
            int c = k.compareTo(p.key);
            if (c < 0) {
                p = p.left;
            } else if (c > 0) {
                p = p.right;
            } else {
                return p;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private Node<K, V> getNodeUsingComparator(Object key) {
        K k = (K) key;
        Comparator<? super K> cpr = comparator;
        Node<K, V> p = root;
        while (p != null) {
            int c = cpr.compare(k, p.key);
            if (c < 0) {
                p = p.left;
            } else if (c > 0) {
                p = p.right;
            } else {
                return p;
            }
        }
        return null;
    }

    /** The node of the least key {@code >= key}, or null. */
    final Node<K, V> ceilingNode(Object key) {
        Node<K, V> p = root;
        Node<K, V> best = null;
        while (p != null) {
            int c = compare(key, p.key);
            if (c < 0) {
                best = p;
                p = p.left;
            } else if (c > 0) {
                p = p.right;
            } else {
                return p;
            }
        }
        return best;
    }

    /** The node of the greatest key {@code <= key}, or null. */
    final Node<K, V> floorNode(Object key) {
        Node<K, V> p = root;
        Node<K, V> best = null;
        while (p != null) {
            int c = compare(key, p.key);
            if (c > 0) {
                best = p;
                p = p.right;
            } else if (c < 0) {
                p = p.left;
            } else {
                return p;
            }
        }
        return best;
    }

    /** The node of the least key {@code > key}, or null. */
    final Node<K, V> higherNode(Object key) {
        Node<K, V> p = root;
        Node<K, V> best = null;
        while (p != null) {
            if (compare(key, p.key) < 0) {
                best = p;
                p = p.left;
            } else {
                p = p.right;
            }
        }
        return best;
    }

    /** The node of the greatest key {@code < key}, or null. */
    final Node<K, V> lowerNode(Object key) {
        Node<K, V> p = root;
        Node<K, V> best = null;
        while (p != null) {
            if (compare(key, p.key) > 0) {
                best = p;
                p = p.right;
            } else {
                p = p.left;
            }
        }
        return best;
    }

    final Node<K, V> firstNode() {
        Node<K, V> p = root;
        if (p != null) {
            while (p.left != null) {
                p = p.left;
            }
        }
        return p;
    }

    final Node<K, V> lastNode() {
        Node<K, V> p = root;
        if (p != null) {
            while (p.right != null) {
                p = p.right;
            }
        }
        return p;
    }

    static <K, V> Node<K, V> successor(Node<K, V> t) {
        if (t == null) {
            return null;
        }
        Node<K, V> p = t.right;
        if (p != null) {
            while (p.left != null) {
                p = p.left;
            }
            return p;
        }
        p = t.parent;
        Node<K, V> ch = t;
        while (p != null && ch == p.right) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    static <K, V> Node<K, V> predecessor(Node<K, V> t) {
        if (t == null) {
            return null;
        }
        Node<K, V> p = t.left;
        if (p != null) {
            while (p.right != null) {
                p = p.right;
            }
            return p;
        }
        p = t.parent;
        Node<K, V> ch = t;
        while (p != null && ch == p.left) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    /** An immutable snapshot of a node's mapping, as the JDK returns from firstEntry() and the like. */
    static <K, V> Map.Entry<K, V> snapshot(Node<K, V> e) {
        return e == null ? null : new AbstractMap.SimpleImmutableEntry<>(e.key, e.value);
    }

    static <K> K keyOrNull(Node<K, ?> e) {
        return e == null ? null : e.key;
    }

    static <K> K keyOrThrow(Node<K, ?> e) {
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e.key;
    }

    // ------------------------------------------------------------------ red-black balancing

    private static boolean isRed(Node<?, ?> p) {
        return p != null && p.red;
    }

    private static <K, V> Node<K, V> parentOf(Node<K, V> p) {
        return p == null ? null : p.parent;
    }

    private static <K, V> Node<K, V> leftOf(Node<K, V> p) {
        return p == null ? null : p.left;
    }

    private static <K, V> Node<K, V> rightOf(Node<K, V> p) {
        return p == null ? null : p.right;
    }

    private static void setRed(Node<?, ?> p, boolean red) {
        if (p != null) {
            p.red = red;
        }
    }

    private void rotateLeft(Node<K, V> p) {
        Node<K, V> r = p.right;
        p.right = r.left;
        if (r.left != null) {
            r.left.parent = p;
        }
        Node<K, V> g = p.parent;
        r.parent = g;
        if (g == null) {
            root = r;
        } else if (g.left == p) {
            g.left = r;
        } else {
            g.right = r;
        }
        r.left = p;
        p.parent = r;
    }

    private void rotateRight(Node<K, V> p) {
        Node<K, V> l = p.left;
        p.left = l.right;
        if (l.right != null) {
            l.right.parent = p;
        }
        Node<K, V> g = p.parent;
        l.parent = g;
        if (g == null) {
            root = l;
        } else if (g.right == p) {
            g.right = l;
        } else {
            g.left = l;
        }
        l.right = p;
        p.parent = l;
    }

    private void fixAfterInsertion(Node<K, V> x) {
        x.red = true;
        while (x != root && x.parent.red) {
            Node<K, V> p = x.parent;
            Node<K, V> g = p.parent; // not null: a red node is never the root
            if (p == g.left) {
                Node<K, V> uncle = g.right;
                if (isRed(uncle)) {
                    p.red = false;
                    uncle.red = false;
                    g.red = true;
                    x = g;
                } else {
                    if (x == p.right) {
                        x = p;
                        rotateLeft(x);
                        p = x.parent;
                    }
                    p.red = false;
                    g.red = true;
                    rotateRight(g);
                }
            } else {
                Node<K, V> uncle = g.left;
                if (isRed(uncle)) {
                    p.red = false;
                    uncle.red = false;
                    g.red = true;
                    x = g;
                } else {
                    if (x == p.left) {
                        x = p;
                        rotateRight(x);
                        p = x.parent;
                    }
                    p.red = false;
                    g.red = true;
                    rotateLeft(g);
                }
            }
        }
        root.red = false;
    }

    private void fixAfterDeletion(Node<K, V> x) {
        while (x != root && !isRed(x)) {
            if (x == leftOf(parentOf(x))) {
                Node<K, V> sib = rightOf(parentOf(x));
                if (isRed(sib)) {
                    setRed(sib, false);
                    setRed(parentOf(x), true);
                    rotateLeft(parentOf(x));
                    sib = rightOf(parentOf(x));
                }
                if (!isRed(leftOf(sib)) && !isRed(rightOf(sib))) {
                    setRed(sib, true);
                    x = parentOf(x);
                } else {
                    if (!isRed(rightOf(sib))) {
                        setRed(leftOf(sib), false);
                        setRed(sib, true);
                        rotateRight(sib);
                        sib = rightOf(parentOf(x));
                    }
                    setRed(sib, isRed(parentOf(x)));
                    setRed(parentOf(x), false);
                    setRed(rightOf(sib), false);
                    rotateLeft(parentOf(x));
                    x = root;
                }
            } else {
                Node<K, V> sib = leftOf(parentOf(x));
                if (isRed(sib)) {
                    setRed(sib, false);
                    setRed(parentOf(x), true);
                    rotateRight(parentOf(x));
                    sib = leftOf(parentOf(x));
                }
                if (!isRed(rightOf(sib)) && !isRed(leftOf(sib))) {
                    setRed(sib, true);
                    x = parentOf(x);
                } else {
                    if (!isRed(leftOf(sib))) {
                        setRed(rightOf(sib), false);
                        setRed(sib, true);
                        rotateLeft(sib);
                        sib = leftOf(parentOf(x));
                    }
                    setRed(sib, isRed(parentOf(x)));
                    setRed(parentOf(x), false);
                    setRed(leftOf(sib), false);
                    rotateRight(parentOf(x));
                    x = root;
                }
            }
        }
        setRed(x, false);
    }

    /**
     * Unlinks {@code p}. A node with two children takes its successor's mapping and the successor
     * node is unlinked instead (ascending iterators account for that).
     */
    final void deleteNode(Node<K, V> p) {
        modCount++;
        size--;
        if (p.left != null && p.right != null) {
            Node<K, V> s = successor(p);
            p.key = s.key;
            p.value = s.value;
            p = s;
        }
        Node<K, V> replacement = p.left != null ? p.left : p.right;
        if (replacement != null) {
            Node<K, V> g = p.parent;
            replacement.parent = g;
            if (g == null) {
                root = replacement;
            } else if (p == g.left) {
                g.left = replacement;
            } else {
                g.right = replacement;
            }
            p.left = null;
            p.right = null;
            p.parent = null;
            if (!p.red) {
                fixAfterDeletion(replacement);
            }
        } else if (p.parent == null) {
            root = null;
        } else {
            // A leaf: rebalance with it still in place (as a phantom), then unlink it.
            if (!p.red) {
                fixAfterDeletion(p);
            }
            Node<K, V> g = p.parent;
            if (g != null) {
                if (p == g.left) {
                    g.left = null;
                } else if (p == g.right) {
                    g.right = null;
                }
                p.parent = null;
            }
        }
    }

    private void addNode(K key, V value, Node<K, V> parent, boolean toLeft) {
        Node<K, V> e = new Node<>(key, value, parent);
        if (toLeft) {
            parent.left = e;
        } else {
            parent.right = e;
        }
        fixAfterInsertion(e);
        size++;
        modCount++;
    }

    private void addToEmpty(K key, V value) {
        compare(key, key); // the JDK's type (and null) check on the first key
        root = new Node<>(key, value, null);
        size = 1;
        modCount++;
    }

    /**
     * Replaces the (empty) tree by a balanced tree of {@code n} mappings from {@code it}, in
     * ascending order: entries, or keys mapped to {@code value} when {@code keysOnly}. Nodes on the
     * deepest, incomplete level are red, all others black.
     */
    final void buildFromSorted(int n, Iterator<?> it, V value, boolean keysOnly) {
        size = n;
        root = build(0, 0, n - 1, 31 - Integer.numberOfLeadingZeros(n + 1), it, value, keysOnly);
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Node<K, V> build(int level, int lo, int hi, int redLevel, Iterator<?> it, V value,
            boolean keysOnly) {
        if (hi < lo) {
            return null;
        }
        int mid = (lo + hi) >>> 1;
        Node<K, V> left = lo < mid ? build(level + 1, lo, mid - 1, redLevel, it, value, keysOnly) : null;
        Node<K, V> middle;
        if (keysOnly) {
            middle = new Node<>((K) it.next(), value, null);
        } else {
            Map.Entry<? extends K, ? extends V> e = (Map.Entry<? extends K, ? extends V>) it.next();
            middle = new Node<>(e.getKey(), e.getValue(), null);
        }
        if (level == redLevel) {
            middle.red = true;
        }
        if (left != null) {
            middle.left = left;
            left.parent = middle;
        }
        if (mid < hi) {
            Node<K, V> right = build(level + 1, mid + 1, hi, redLevel, it, value, keysOnly);
            middle.right = right;
            right.parent = middle;
        }
        return middle;
    }

    /** A copy of a subtree with the same shape and colours. */
    private static <K, V> Node<K, V> copyTree(Node<K, V> n, Node<K, V> parent) {
        Node<K, V> c = new Node<>(n.key, n.value, parent);
        c.red = n.red;
        if (n.left != null) {
            c.left = copyTree(n.left, c);
        }
        if (n.right != null) {
            c.right = copyTree(n.right, c);
        }
        return c;
    }

    // ------------------------------------------------------------------ queries

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return getNode(key) != null;
    }

    @Override
    public boolean containsValue(Object value) {
        for (Node<K, V> e = firstNode(); e != null; e = successor(e)) {
            if (Objects.equals(value, e.value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public V get(Object key) {
        Node<K, V> p = getNode(key);
        return p == null ? null : p.value;
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        Node<K, V> p = getNode(key);
        return p == null ? defaultValue : p.value;
    }

    @Override
    public Comparator<? super K> comparator() {
        return comparator;
    }

    @Override
    public K firstKey() {
        return keyOrThrow(firstNode());
    }

    @Override
    public K lastKey() {
        return keyOrThrow(lastNode());
    }

    @Override
    public Map.Entry<K, V> firstEntry() {
        return snapshot(firstNode());
    }

    @Override
    public Map.Entry<K, V> lastEntry() {
        return snapshot(lastNode());
    }

    @Override
    public Map.Entry<K, V> pollFirstEntry() {
        Node<K, V> p = firstNode();
        Map.Entry<K, V> result = snapshot(p);
        if (p != null) {
            deleteNode(p);
        }
        return result;
    }

    @Override
    public Map.Entry<K, V> pollLastEntry() {
        Node<K, V> p = lastNode();
        Map.Entry<K, V> result = snapshot(p);
        if (p != null) {
            deleteNode(p);
        }
        return result;
    }

    @Override
    public Map.Entry<K, V> lowerEntry(K key) {
        return snapshot(lowerNode(key));
    }

    @Override
    public K lowerKey(K key) {
        return keyOrNull(lowerNode(key));
    }

    @Override
    public Map.Entry<K, V> floorEntry(K key) {
        return snapshot(floorNode(key));
    }

    @Override
    public K floorKey(K key) {
        return keyOrNull(floorNode(key));
    }

    @Override
    public Map.Entry<K, V> ceilingEntry(K key) {
        return snapshot(ceilingNode(key));
    }

    @Override
    public K ceilingKey(K key) {
        return keyOrNull(ceilingNode(key));
    }

    @Override
    public Map.Entry<K, V> higherEntry(K key) {
        return snapshot(higherNode(key));
    }

    @Override
    public K higherKey(K key) {
        return keyOrNull(higherNode(key));
    }

    // ------------------------------------------------------------------ updates

    @Override
    public V put(K key, V value) {
        return put(key, value, true);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return put(key, value, false);
    }

    @SuppressWarnings("unchecked")
    private V put(K key, V value, boolean replace) {
        Node<K, V> t = root;
        if (t == null) {
            addToEmpty(key, value);
            return null;
        }
        int c;
        Node<K, V> parent;
        Comparator<? super K> cpr = comparator;
        if (cpr != null) {
            do {
                parent = t;
                c = cpr.compare(key, t.key);
                if (c < 0) {
                    t = t.left;
                } else if (c > 0) {
                    t = t.right;
                } else {
                    V old = t.value;
                    if (replace || old == null) {
                        t.value = value;
                    }
                    return old;
                }
            } while (t != null);
        } else {
            Objects.requireNonNull(key);
            Comparable<Object> k = (Comparable<Object>) key;
            do {
                parent = t;
                c = k.compareTo(t.key);
                if (c < 0) {
                    t = t.left;
                } else if (c > 0) {
                    t = t.right;
                } else {
                    V old = t.value;
                    if (replace || old == null) {
                        t.value = value;
                    }
                    return old;
                }
            } while (t != null);
        }
        addNode(key, value, parent, c < 0);
        return null;
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        if (root == null) {
            V v = applyChecked(mappingFunction, key);
            if (v != null) {
                addToEmpty(key, v);
            }
            return v;
        }
        if (comparator == null) {
            Objects.requireNonNull(key);
        }
        Node<K, V> t = root;
        Node<K, V> parent;
        int c;
        do {
            parent = t;
            c = compare(key, t.key);
            if (c < 0) {
                t = t.left;
            } else if (c > 0) {
                t = t.right;
            } else {
                if (t.value == null) {
                    t.value = applyChecked(mappingFunction, key);
                }
                return t.value;
            }
        } while (t != null);
        V v = applyChecked(mappingFunction, key);
        if (v != null) {
            addNode(key, v, parent, c < 0);
        }
        return v;
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Node<K, V> p = getNode(key);
        if (p == null || p.value == null) {
            return null;
        }
        return remap(p, key, remappingFunction);
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        if (root == null) {
            V v = applyChecked(remappingFunction, key, null);
            if (v != null) {
                addToEmpty(key, v);
            }
            return v;
        }
        if (comparator == null) {
            Objects.requireNonNull(key);
        }
        Node<K, V> t = root;
        Node<K, V> parent;
        int c;
        do {
            parent = t;
            c = compare(key, t.key);
            if (c < 0) {
                t = t.left;
            } else if (c > 0) {
                t = t.right;
            } else {
                return remap(t, key, remappingFunction);
            }
        } while (t != null);
        V v = applyChecked(remappingFunction, key, null);
        if (v != null) {
            addNode(key, v, parent, c < 0);
        }
        return v;
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Objects.requireNonNull(value);
        if (root == null) {
            addToEmpty(key, value);
            return value;
        }
        if (comparator == null) {
            Objects.requireNonNull(key);
        }
        Node<K, V> p = root;
        Node<K, V> parent;
        int c;
        do {
            parent = p;
            c = compare(key, p.key);
            if (c < 0) {
                p = p.left;
            } else if (c > 0) {
                p = p.right;
            } else {
                break;
            }
        } while (p != null);
        if (p == null) {
            addNode(key, value, parent, c < 0);
            return value;
        }
        V old = p.value;
        V v;
        if (old == null) {
            v = value;
        } else {
            int mc = modCount;
            v = remappingFunction.apply(old, value);
            if (mc != modCount) {
                throw new ConcurrentModificationException();
            }
        }
        if (v == null) {
            deleteNode(p);
        } else {
            p.value = v;
        }
        return v;
    }

    private V applyChecked(Function<? super K, ? extends V> f, K key) {
        int mc = modCount;
        V v = f.apply(key);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        return v;
    }

    private V applyChecked(BiFunction<? super K, ? super V, ? extends V> f, K key, V old) {
        int mc = modCount;
        V v = f.apply(key, old);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        return v;
    }

    private V remap(Node<K, V> p, K key, BiFunction<? super K, ? super V, ? extends V> f) {
        V v = applyChecked(f, key, p.value);
        if (v == null) {
            deleteNode(p);
        } else {
            p.value = v;
        }
        return v;
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> map) {
        int n = map.size();
        if (size == 0 && n != 0 && map instanceof SortedMap
                && Objects.equals(comparator, ((SortedMap<?, ?>) map).comparator())) {
            modCount++;
            buildFromSorted(n, map.entrySet().iterator(), null, false);
            return;
        }
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    /** For {@link TrackedTreeSet#addAll}: fills this empty map from a set sorted by this map's ordering. */
    final void addAllSorted(SortedSet<? extends K> set, V value) {
        modCount++;
        buildFromSorted(set.size(), set.iterator(), value, true);
    }

    @Override
    public V remove(Object key) {
        Node<K, V> p = getNode(key);
        if (p == null) {
            return null;
        }
        V old = p.value;
        deleteNode(p);
        return old;
    }

    @Override
    public boolean remove(Object key, Object value) {
        Node<K, V> p = getNode(key);
        if (p != null && Objects.equals(value, p.value)) {
            deleteNode(p);
            return true;
        }
        return false;
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        Node<K, V> p = getNode(key);
        if (p != null && Objects.equals(oldValue, p.value)) {
            p.value = newValue;
            return true;
        }
        return false;
    }

    @Override
    public V replace(K key, V value) {
        Node<K, V> p = getNode(key);
        if (p == null) {
            return null;
        }
        V old = p.value;
        p.value = value;
        return old;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int mc = modCount;
        for (Node<K, V> e = firstNode(); e != null; e = successor(e)) {
            action.accept(e.key, e.value);
            if (mc != modCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int mc = modCount;
        for (Node<K, V> e = firstNode(); e != null; e = successor(e)) {
            e.value = function.apply(e.key, e.value);
            if (mc != modCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @Override
    public void clear() {
        modCount++;
        size = 0;
        root = null;
    }

    /** Always throws, as the JDK's (Java 21): the ordering places every mapping. */
    public V putFirst(K k, V v) {
        throw new UnsupportedOperationException();
    }

    /** Always throws, as the JDK's (Java 21): the ordering places every mapping. */
    public V putLast(K k, V v) {
        throw new UnsupportedOperationException();
    }

    /** Java 21's {@code reversed()}: the descending view. */
    public NavigableMap<K, V> reversed() {
        return descendingMap();
    }

    /** The logic of Java 21's {@code sequencedKeySet()} (a bridge returns it as a SequencedSet). */
    NavigableSet<K> sequencedKeySetView() {
        return navigableKeySet();
    }

    /** The logic of Java 21's {@code sequencedValues()}. */
    Collection<V> sequencedValuesView() {
        return values();
    }

    /** The logic of Java 21's {@code sequencedEntrySet()}. */
    Set<Map.Entry<K, V>> sequencedEntrySetView() {
        return entrySet();
    }

    // ------------------------------------------------------------------ views

    @Override
    public Set<K> keySet() {
        return navigableKeySet();
    }

    @Override
    public NavigableSet<K> navigableKeySet() {
        return new KeySet<>(this);
    }

    @Override
    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    @Override
    public Collection<V> values() {
        return new Values<>(this);
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new EntrySet();
    }

    @Override
    public NavigableMap<K, V> descendingMap() {
        return new SubMap<>(this, true, null, true, true, null, true, true);
    }

    @Override
    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return new SubMap<>(this, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    @Override
    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return new SubMap<>(this, true, null, true, false, toKey, inclusive, false);
    }

    @Override
    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return new SubMap<>(this, false, fromKey, inclusive, true, null, true, false);
    }

    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    @Override
    public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    final Iterator<K> keyIterator() {
        return new KeyIterator<>(this, firstNode(), UNBOUNDED, false);
    }

    final Iterator<K> descendingKeyIterator() {
        return new KeyIterator<>(this, lastNode(), UNBOUNDED, true);
    }

    /** The entry set: its entries are the tree's nodes, so setValue writes through. */
    final class EntrySet extends AbstractSet<Map.Entry<K, V>> {
        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator<>(TrackedTreeMap.this, firstNode(), UNBOUNDED, false);
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
            Node<K, V> p = getNode(entry.getKey());
            return p != null && Objects.equals(p.value, entry.getValue());
        }

        @Override
        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
            Node<K, V> p = getNode(entry.getKey());
            if (p != null && Objects.equals(p.value, entry.getValue())) {
                deleteNode(p);
                return true;
            }
            return false;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            TrackedTreeMap.this.clear();
        }

        @Override
        public Spliterator<Map.Entry<K, V>> spliterator() {
            return ViewSpliterator.of(this, Spliterator.DISTINCT | Spliterator.ORDERED);
        }
    }

    // ------------------------------------------------------------------ Object methods

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map)) {
            return false;
        }
        Map<?, ?> m = (Map<?, ?>) o;
        if (m.size() != size) {
            return false;
        }
        try {
            for (Node<K, V> e = firstNode(); e != null; e = successor(e)) {
                V value = e.value;
                if (value == null) {
                    if (m.get(e.key) != null || !m.containsKey(e.key)) {
                        return false;
                    }
                } else if (!value.equals(m.get(e.key))) {
                    return false;
                }
            }
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Node<K, V> e = firstNode(); e != null; e = successor(e)) {
            h += Objects.hashCode(e.key) ^ Objects.hashCode(e.value);
        }
        return h;
    }

    @Override
    public String toString() {
        Node<K, V> e = firstNode();
        if (e == null) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder().append('{');
        for (;;) {
            sb.append(e.key == this ? "(this Map)" : e.key).append('=').append(e.value == this ? "(this Map)" : e.value);
            e = successor(e);
            if (e == null) {
                return sb.append('}').toString();
            }
            sb.append(',').append(' ');
        }
    }

    /**
     * A shallow copy (keys and values are shared) with a tree of its own of the same shape. The
     * JDK's clone, called first so that subclasses keep their class, copies only the superclass's
     * empty state (its tree of size 0), which is cheap.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Object clone() {
        TrackedTreeMap<K, V> clone = (TrackedTreeMap<K, V>) super.clone();
        clone.modCount = 0;
        clone.root = root == null ? null : copyTree(root, null);
        clone.size = size;
        return clone;
    }

    /**
     * Serialization writes a plain {@code java.util.TreeMap} with this map's comparator and
     * mappings. (A private writeReplace applies to this class only: subclasses serialize as
     * themselves through {@link #writeObject}.)
     */
    private Object writeReplace() {
        return new TreeMap<>((SortedMap<K, V>) this);
    }

    /**
     * Writes a subclass's comparator and mappings. TreeMap's own writeObject, which runs first,
     * also writes the mappings (it iterates {@link #entrySet()}) after its size of 0; its
     * readObject reads none of them and the stream skips the rest of its data.
     */
    private void writeObject(ObjectOutputStream s) throws IOException {
        s.defaultWriteObject();
        s.writeObject(comparator);
        s.writeInt(size);
        for (Node<K, V> e = firstNode(); e != null; e = successor(e)) {
            s.writeObject(e.key);
            s.writeObject(e.value);
        }
    }

    @SuppressWarnings("unchecked")
    private void readObject(ObjectInputStream s) throws IOException, ClassNotFoundException {
        s.defaultReadObject();
        comparator = (Comparator<? super K>) s.readObject();
        int n = s.readInt();
        if (n < 0) {
            throw new InvalidObjectException("negative size " + n);
        }
        Object[] entries = new Object[n];
        for (int i = 0; i < n; i++) {
            entries[i] = new AbstractMap.SimpleImmutableEntry<>(s.readObject(), s.readObject());
        }
        buildFromSorted(n, java.util.Arrays.asList(entries).iterator(), null, false);
    }

    // ------------------------------------------------------------------ iterators

    /**
     * Walks nodes from {@code next} in one direction until the node whose key is {@code fenceKey}
     * (compared by identity, as keys move between nodes only with their mapping) or the end.
     */
    abstract static class TreeIterator<K, V, T> implements Iterator<T> {
        final TrackedTreeMap<K, V> m;
        final Object fenceKey;
        final boolean descending;
        @Untracked Node<K, V> next;
        @Untracked Node<K, V> lastReturned;
        @Untracked int expectedModCount;

        TreeIterator(TrackedTreeMap<K, V> m, Node<K, V> first, Object fenceKey, boolean descending) {
            this.m = m;
            this.next = first;
            this.fenceKey = fenceKey;
            this.descending = descending;
            this.expectedModCount = m.modCount;
        }

        @Override
        public final boolean hasNext() {
            return next != null && next.key != fenceKey;
        }

        final Node<K, V> nextNode() {
            Node<K, V> e = next;
            if (e == null || e.key == fenceKey) {
                throw new NoSuchElementException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            next = descending ? predecessor(e) : successor(e);
            lastReturned = e;
            return e;
        }

        @Override
        public final void remove() {
            Node<K, V> e = lastReturned;
            if (e == null) {
                throw new IllegalStateException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (!descending && e.left != null && e.right != null) {
                next = e; // deleteNode moves the successor's mapping (our next) into e
            }
            m.deleteNode(e);
            expectedModCount = m.modCount;
            lastReturned = null;
        }
    }

    static final class EntryIterator<K, V> extends TreeIterator<K, V, Map.Entry<K, V>> {
        EntryIterator(TrackedTreeMap<K, V> m, Node<K, V> first, Object fenceKey, boolean descending) {
            super(m, first, fenceKey, descending);
        }

        @Override
        public Map.Entry<K, V> next() {
            return nextNode();
        }
    }

    static final class KeyIterator<K, V> extends TreeIterator<K, V, K> {
        KeyIterator(TrackedTreeMap<K, V> m, Node<K, V> first, Object fenceKey, boolean descending) {
            super(m, first, fenceKey, descending);
        }

        @Override
        public K next() {
            return nextNode().key;
        }
    }

    static final class ValueIterator<K, V> extends TreeIterator<K, V, V> {
        ValueIterator(TrackedTreeMap<K, V> m, Node<K, V> first, Object fenceKey, boolean descending) {
            super(m, first, fenceKey, descending);
        }

        @Override
        public V next() {
            return nextNode().value;
        }
    }

    /**
     * The spliterator of every view: the JDK's spliterator over the view's iterator (late-binding,
     * sized), reporting the view's comparator when SORTED (the JDK's generic one reports natural
     * ordering), splits included. It does not split while the calling thread has a world open
     * (see {@link SequenceSpliterators}).
     */
    static final class ViewSpliterator<T> implements Spliterator<T> {
        private final Spliterator<T> delegate;
        private final Comparator<? super T> comparator;

        private ViewSpliterator(Spliterator<T> delegate, Comparator<? super T> comparator) {
            this.delegate = delegate;
            this.comparator = comparator;
        }

        /** A DISTINCT, ORDERED, SORTED spliterator over a key set ordered by {@code comparator}. */
        static <T> Spliterator<T> sorted(Collection<T> c, Comparator<? super T> comparator) {
            return new ViewSpliterator<>(Spliterators.spliterator(c,
                    Spliterator.DISTINCT | Spliterator.ORDERED | Spliterator.SORTED), comparator);
        }

        /** An unsorted spliterator over {@code c} with {@code characteristics} (plus SIZED). */
        static <T> Spliterator<T> of(Collection<T> c, int characteristics) {
            return new ViewSpliterator<>(Spliterators.spliterator(c, characteristics), null);
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            return delegate.tryAdvance(action);
        }

        @Override
        public void forEachRemaining(Consumer<? super T> action) {
            delegate.forEachRemaining(action);
        }

        @Override
        public Spliterator<T> trySplit() {
            if (Worlds.depth() > 0) {
                return null;
            }
            Spliterator<T> prefix = delegate.trySplit();
            return prefix == null ? null : new ViewSpliterator<>(prefix, comparator);
        }

        @Override
        public long estimateSize() {
            return delegate.estimateSize();
        }

        @Override
        public long getExactSizeIfKnown() {
            return delegate.getExactSizeIfKnown();
        }

        @Override
        public int characteristics() {
            return delegate.characteristics();
        }

        @Override
        public Comparator<? super T> getComparator() {
            if (!hasCharacteristics(Spliterator.SORTED)) {
                throw new IllegalStateException();
            }
            return comparator;
        }
    }

    // ------------------------------------------------------------------ shared views

    /**
     * The navigable key set of a {@link TrackedTreeMap} or of a {@link SubMap}; every operation
     * goes to that map.
     */
    static final class KeySet<E> extends AbstractSet<E> implements NavigableSet<E> {
        final NavigableMap<E, ?> m;

        KeySet(NavigableMap<E, ?> m) {
            this.m = m;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Iterator<E> iterator() {
            return m instanceof SubMap ? ((SubMap<E, ?>) m).keyIterator() : ((TrackedTreeMap<E, ?>) m).keyIterator();
        }

        @Override
        @SuppressWarnings("unchecked")
        public Iterator<E> descendingIterator() {
            return m instanceof SubMap ? ((SubMap<E, ?>) m).descendingKeyIterator()
                    : ((TrackedTreeMap<E, ?>) m).descendingKeyIterator();
        }

        @Override
        public int size() {
            return m.size();
        }

        @Override
        public boolean isEmpty() {
            return m.isEmpty();
        }

        @Override
        public boolean contains(Object o) {
            return m.containsKey(o);
        }

        @Override
        public boolean remove(Object o) {
            return removeKey(m, o);
        }

        @Override
        public void clear() {
            m.clear();
        }

        @Override
        public E lower(E e) {
            return m.lowerKey(e);
        }

        @Override
        public E floor(E e) {
            return m.floorKey(e);
        }

        @Override
        public E ceiling(E e) {
            return m.ceilingKey(e);
        }

        @Override
        public E higher(E e) {
            return m.higherKey(e);
        }

        @Override
        public E first() {
            return m.firstKey();
        }

        @Override
        public E last() {
            return m.lastKey();
        }

        @Override
        public Comparator<? super E> comparator() {
            return m.comparator();
        }

        @Override
        public E pollFirst() {
            Map.Entry<E, ?> e = m.pollFirstEntry();
            return e == null ? null : e.getKey();
        }

        @Override
        public E pollLast() {
            Map.Entry<E, ?> e = m.pollLastEntry();
            return e == null ? null : e.getKey();
        }

        @Override
        public NavigableSet<E> descendingSet() {
            return new KeySet<>(m.descendingMap());
        }

        @Override
        public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return new KeySet<>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
        }

        @Override
        public NavigableSet<E> headSet(E toElement, boolean inclusive) {
            return new KeySet<>(m.headMap(toElement, inclusive));
        }

        @Override
        public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
            return new KeySet<>(m.tailMap(fromElement, inclusive));
        }

        @Override
        public SortedSet<E> subSet(E fromElement, E toElement) {
            return subSet(fromElement, true, toElement, false);
        }

        @Override
        public SortedSet<E> headSet(E toElement) {
            return headSet(toElement, false);
        }

        @Override
        public SortedSet<E> tailSet(E fromElement) {
            return tailSet(fromElement, true);
        }

        @Override
        public Spliterator<E> spliterator() {
            return ViewSpliterator.sorted(this, m.comparator());
        }
    }

    /**
     * Removes {@code key} from a TrackedTreeMap or SubMap; true if it was there. A whole map is
     * asked through its {@code remove} (as the JDK's key set does, so a subclass's override is
     * seen); a range view, which cannot be subclassed, without counting its size twice.
     */
    @SuppressWarnings("unchecked")
    static <K> boolean removeKey(NavigableMap<K, ?> m, Object key) {
        if (!(m instanceof SubMap)) {
            int oldSize = m.size();
            m.remove(key);
            return m.size() != oldSize;
        }
        SubMap<K, ?> s = (SubMap<K, ?>) m;
        if (!s.inRange(key)) {
            return false;
        }
        Node<K, ?> p = s.m.getNode(key);
        if (p == null) {
            return false;
        }
        ((TrackedTreeMap<K, Object>) s.m).deleteNode((Node<K, Object>) p);
        return true;
    }

    /** The values of a {@link TrackedTreeMap} or {@link SubMap}, in the map's order. */
    static final class Values<K, V> extends AbstractCollection<V> {
        final NavigableMap<K, V> m;

        Values(NavigableMap<K, V> m) {
            this.m = m;
        }

        @Override
        public Iterator<V> iterator() {
            return m instanceof SubMap ? ((SubMap<K, V>) m).valueIterator() : ((TrackedTreeMap<K, V>) m).valueIterator();
        }

        @Override
        public int size() {
            return m.size();
        }

        @Override
        public boolean isEmpty() {
            return m.isEmpty();
        }

        @Override
        public boolean contains(Object o) {
            return m.containsValue(o);
        }

        @Override
        public boolean remove(Object o) {
            for (Iterator<V> it = iterator(); it.hasNext();) {
                if (Objects.equals(it.next(), o)) {
                    it.remove();
                    return true;
                }
            }
            return false;
        }

        @Override
        public void clear() {
            m.clear();
        }

        @Override
        public Spliterator<V> spliterator() {
            return ViewSpliterator.of(this, Spliterator.ORDERED);
        }
    }

    final Iterator<V> valueIterator() {
        return new ValueIterator<>(this, firstNode(), UNBOUNDED, false);
    }

    /**
     * A range of a {@link TrackedTreeMap} in ascending or descending order: sub-, head- and tail-maps
     * and descending maps, all of them this one class. Bounds are in the backing map's (ascending)
     * order: {@code lo} unless {@code fromStart}, {@code hi} unless {@code toEnd}. Writes go to the
     * backing map; puts outside the range fail with IllegalArgumentException("key out of range").
     */
    static final class SubMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, Serializable {
        private static final long serialVersionUID = 1L;

        final TrackedTreeMap<K, V> m;
        final K lo;
        final K hi;
        final boolean fromStart;
        final boolean toEnd;
        final boolean loInclusive;
        final boolean hiInclusive;
        final boolean descending;
        /** This view's comparator: the map's, reversed when descending. */
        private final Comparator<? super K> viewComparator;

        SubMap(TrackedTreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive, boolean toEnd, K hi,
                boolean hiInclusive, boolean descending) {
            if (!fromStart && !toEnd) {
                if (m.compare(lo, hi) > 0) {
                    throw new IllegalArgumentException("fromKey > toKey");
                }
            } else {
                if (!fromStart) {
                    m.compare(lo, lo); // type (and null) check, as the JDK does
                }
                if (!toEnd) {
                    m.compare(hi, hi);
                }
            }
            this.m = m;
            this.fromStart = fromStart;
            this.lo = lo;
            this.loInclusive = loInclusive;
            this.toEnd = toEnd;
            this.hi = hi;
            this.hiInclusive = hiInclusive;
            this.descending = descending;
            this.viewComparator = descending ? Collections.reverseOrder(m.comparator) : m.comparator;
        }

        // ---- range tests (ascending order of the backing map)

        final boolean tooLow(Object key) {
            if (!fromStart) {
                int c = m.compare(key, lo);
                return c < 0 || (c == 0 && !loInclusive);
            }
            return false;
        }

        final boolean tooHigh(Object key) {
            if (!toEnd) {
                int c = m.compare(key, hi);
                return c > 0 || (c == 0 && !hiInclusive);
            }
            return false;
        }

        final boolean inRange(Object key) {
            return !tooLow(key) && !tooHigh(key);
        }

        private boolean inClosedRange(Object key) {
            return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
        }

        private boolean inRange(Object key, boolean inclusive) {
            return inclusive ? inRange(key) : inClosedRange(key);
        }

        // ---- absolute (ascending) navigation within the range

        final Node<K, V> absLowest() {
            Node<K, V> e = fromStart ? m.firstNode() : (loInclusive ? m.ceilingNode(lo) : m.higherNode(lo));
            return e == null || tooHigh(e.key) ? null : e;
        }

        final Node<K, V> absHighest() {
            Node<K, V> e = toEnd ? m.lastNode() : (hiInclusive ? m.floorNode(hi) : m.lowerNode(hi));
            return e == null || tooLow(e.key) ? null : e;
        }

        private Node<K, V> absCeiling(Object key) {
            if (tooLow(key)) {
                return absLowest();
            }
            Node<K, V> e = m.ceilingNode(key);
            return e == null || tooHigh(e.key) ? null : e;
        }

        private Node<K, V> absHigher(Object key) {
            if (tooLow(key)) {
                return absLowest();
            }
            Node<K, V> e = m.higherNode(key);
            return e == null || tooHigh(e.key) ? null : e;
        }

        private Node<K, V> absFloor(Object key) {
            if (tooHigh(key)) {
                return absHighest();
            }
            Node<K, V> e = m.floorNode(key);
            return e == null || tooLow(e.key) ? null : e;
        }

        private Node<K, V> absLower(Object key) {
            if (tooHigh(key)) {
                return absHighest();
            }
            Node<K, V> e = m.lowerNode(key);
            return e == null || tooLow(e.key) ? null : e;
        }

        /** The key of the first node above the range, or UNBOUNDED: the fence of ascending iterators. */
        private Object highFenceKey() {
            if (toEnd) {
                return UNBOUNDED;
            }
            Node<K, V> e = hiInclusive ? m.higherNode(hi) : m.ceilingNode(hi);
            return e == null ? UNBOUNDED : e.key;
        }

        /** The key of the last node below the range, or UNBOUNDED: the fence of descending iterators. */
        private Object lowFenceKey() {
            if (fromStart) {
                return UNBOUNDED;
            }
            Node<K, V> e = loInclusive ? m.lowerNode(lo) : m.floorNode(lo);
            return e == null ? UNBOUNDED : e.key;
        }

        // ---- navigation in this view's order

        private Node<K, V> subLowest() {
            return descending ? absHighest() : absLowest();
        }

        private Node<K, V> subHighest() {
            return descending ? absLowest() : absHighest();
        }

        final Iterator<K> keyIterator() {
            return descending ? new KeyIterator<>(m, absHighest(), lowFenceKey(), true)
                    : new KeyIterator<>(m, absLowest(), highFenceKey(), false);
        }

        final Iterator<K> descendingKeyIterator() {
            return descending ? new KeyIterator<>(m, absLowest(), highFenceKey(), false)
                    : new KeyIterator<>(m, absHighest(), lowFenceKey(), true);
        }

        final Iterator<V> valueIterator() {
            return descending ? new ValueIterator<>(m, absHighest(), lowFenceKey(), true)
                    : new ValueIterator<>(m, absLowest(), highFenceKey(), false);
        }

        final Iterator<Map.Entry<K, V>> entryIterator() {
            return descending ? new EntryIterator<>(m, absHighest(), lowFenceKey(), true)
                    : new EntryIterator<>(m, absLowest(), highFenceKey(), false);
        }

        // ---- Map

        @Override
        public int size() {
            if (fromStart && toEnd) {
                return m.size;
            }
            int n = 0;
            for (Iterator<K> it = keyIterator(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        }

        @Override
        public boolean isEmpty() {
            return (fromStart && toEnd) ? m.size == 0 : absLowest() == null;
        }

        @Override
        public boolean containsKey(Object key) {
            return inRange(key) && m.containsKey(key);
        }

        @Override
        public V get(Object key) {
            return inRange(key) ? m.get(key) : null;
        }

        @Override
        public V put(K key, V value) {
            if (!inRange(key)) {
                throw new IllegalArgumentException("key out of range");
            }
            return m.put(key, value);
        }

        @Override
        public V putIfAbsent(K key, V value) {
            if (!inRange(key)) {
                throw new IllegalArgumentException("key out of range");
            }
            return m.putIfAbsent(key, value);
        }

        @Override
        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
            if (!inRange(key)) {
                throw new IllegalArgumentException("key out of range");
            }
            return m.merge(key, value, remappingFunction);
        }

        @Override
        public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
            if (!inRange(key)) {
                // as the JDK: no exception when the function gives null (Map's default would add nothing)
                if (mappingFunction.apply(key) == null) {
                    return null;
                }
                throw new IllegalArgumentException("key out of range");
            }
            return m.computeIfAbsent(key, mappingFunction);
        }

        @Override
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
            if (!inRange(key)) {
                if (remappingFunction.apply(key, null) == null) {
                    return null;
                }
                throw new IllegalArgumentException("key out of range");
            }
            return m.compute(key, remappingFunction);
        }

        @Override
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
            return inRange(key) ? m.computeIfPresent(key, remappingFunction) : null;
        }

        @Override
        public V remove(Object key) {
            return inRange(key) ? m.remove(key) : null;
        }

        @Override
        public void clear() {
            if (fromStart && toEnd) {
                m.clear();
                return;
            }
            for (Iterator<K> it = keyIterator(); it.hasNext();) {
                it.next();
                it.remove();
            }
        }

        // ---- SortedMap / NavigableMap

        @Override
        public Comparator<? super K> comparator() {
            return viewComparator;
        }

        @Override
        public K firstKey() {
            return keyOrThrow(subLowest());
        }

        @Override
        public K lastKey() {
            return keyOrThrow(subHighest());
        }

        @Override
        public Map.Entry<K, V> firstEntry() {
            return snapshot(subLowest());
        }

        @Override
        public Map.Entry<K, V> lastEntry() {
            return snapshot(subHighest());
        }

        @Override
        public Map.Entry<K, V> pollFirstEntry() {
            Node<K, V> e = subLowest();
            Map.Entry<K, V> result = snapshot(e);
            if (e != null) {
                m.deleteNode(e);
            }
            return result;
        }

        @Override
        public Map.Entry<K, V> pollLastEntry() {
            Node<K, V> e = subHighest();
            Map.Entry<K, V> result = snapshot(e);
            if (e != null) {
                m.deleteNode(e);
            }
            return result;
        }

        private Node<K, V> subCeiling(Object key) {
            return descending ? absFloor(key) : absCeiling(key);
        }

        private Node<K, V> subHigher(Object key) {
            return descending ? absLower(key) : absHigher(key);
        }

        private Node<K, V> subFloor(Object key) {
            return descending ? absCeiling(key) : absFloor(key);
        }

        private Node<K, V> subLower(Object key) {
            return descending ? absHigher(key) : absLower(key);
        }

        @Override
        public Map.Entry<K, V> lowerEntry(K key) {
            return snapshot(subLower(key));
        }

        @Override
        public K lowerKey(K key) {
            return keyOrNull(subLower(key));
        }

        @Override
        public Map.Entry<K, V> floorEntry(K key) {
            return snapshot(subFloor(key));
        }

        @Override
        public K floorKey(K key) {
            return keyOrNull(subFloor(key));
        }

        @Override
        public Map.Entry<K, V> ceilingEntry(K key) {
            return snapshot(subCeiling(key));
        }

        @Override
        public K ceilingKey(K key) {
            return keyOrNull(subCeiling(key));
        }

        @Override
        public Map.Entry<K, V> higherEntry(K key) {
            return snapshot(subHigher(key));
        }

        @Override
        public K higherKey(K key) {
            return keyOrNull(subHigher(key));
        }

        @Override
        public NavigableMap<K, V> descendingMap() {
            return new SubMap<>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending);
        }

        @Override
        public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            if (!inRange(fromKey, fromInclusive)) {
                throw new IllegalArgumentException("fromKey out of range");
            }
            if (!inRange(toKey, toInclusive)) {
                throw new IllegalArgumentException("toKey out of range");
            }
            return descending
                    ? new SubMap<>(m, false, toKey, toInclusive, false, fromKey, fromInclusive, true)
                    : new SubMap<>(m, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
        }

        @Override
        public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            if (!inRange(toKey, inclusive)) {
                throw new IllegalArgumentException("toKey out of range");
            }
            return descending
                    ? new SubMap<>(m, false, toKey, inclusive, toEnd, hi, hiInclusive, true)
                    : new SubMap<>(m, fromStart, lo, loInclusive, false, toKey, inclusive, false);
        }

        @Override
        public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            if (!inRange(fromKey, inclusive)) {
                throw new IllegalArgumentException("fromKey out of range");
            }
            return descending
                    ? new SubMap<>(m, fromStart, lo, loInclusive, false, fromKey, inclusive, true)
                    : new SubMap<>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
        }

        @Override
        public SortedMap<K, V> subMap(K fromKey, K toKey) {
            return subMap(fromKey, true, toKey, false);
        }

        @Override
        public SortedMap<K, V> headMap(K toKey) {
            return headMap(toKey, false);
        }

        @Override
        public SortedMap<K, V> tailMap(K fromKey) {
            return tailMap(fromKey, true);
        }

        @Override
        public Set<K> keySet() {
            return navigableKeySet();
        }

        @Override
        public NavigableSet<K> navigableKeySet() {
            return new KeySet<>(this);
        }

        @Override
        public NavigableSet<K> descendingKeySet() {
            return descendingMap().navigableKeySet();
        }

        @Override
        public Collection<V> values() {
            return new Values<>(this);
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            return new SubEntrySet();
        }

        /** Java 21's {@code reversed()}. */
        public NavigableMap<K, V> reversed() {
            return descendingMap();
        }

        final class SubEntrySet extends AbstractSet<Map.Entry<K, V>> {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return entryIterator();
            }

            @Override
            public int size() {
                return SubMap.this.size();
            }

            @Override
            public boolean isEmpty() {
                return SubMap.this.isEmpty();
            }

            @Override
            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry)) {
                    return false;
                }
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
                Object key = entry.getKey();
                if (!inRange(key)) {
                    return false;
                }
                Node<K, V> p = m.getNode(key);
                return p != null && Objects.equals(p.value, entry.getValue());
            }

            @Override
            public boolean remove(Object o) {
                if (!(o instanceof Map.Entry)) {
                    return false;
                }
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
                Object key = entry.getKey();
                if (!inRange(key)) {
                    return false;
                }
                Node<K, V> p = m.getNode(key);
                if (p != null && Objects.equals(p.value, entry.getValue())) {
                    m.deleteNode(p);
                    return true;
                }
                return false;
            }

            @Override
            public void clear() {
                SubMap.this.clear();
            }

            @Override
            public Spliterator<Map.Entry<K, V>> spliterator() {
                return ViewSpliterator.of(this, Spliterator.DISTINCT | Spliterator.ORDERED);
            }
        }

        /**
         * Serialization writes the JDK's own view of the same range over a plain
         * {@code java.util.TreeMap} copy of the backing map, as a JDK sub-map serializes its map.
         */
        private Object writeReplace() {
            TreeMap<K, V> copy = new TreeMap<>((SortedMap<K, V>) m);
            NavigableMap<K, V> view;
            if (fromStart && toEnd) {
                view = copy;
            } else if (fromStart) {
                view = copy.headMap(hi, hiInclusive);
            } else if (toEnd) {
                view = copy.tailMap(lo, loInclusive);
            } else {
                view = copy.subMap(lo, loInclusive, hi, hiInclusive);
            }
            return descending ? view.descendingMap() : view;
        }
    }
}
