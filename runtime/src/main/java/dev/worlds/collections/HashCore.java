package dev.worlds.collections;

import dev.worlds.Untracked;
import java.util.AbstractCollection;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The hash table shared by {@link TrackedHashMap}, {@link TrackedLinkedHashMap},
 * {@link TrackedHashSet} and {@link TrackedLinkedHashSet}: {@code java.util.HashMap}'s algorithm (a
 * power-of-two array of chained {@link HashNode}s, hash spreading {@code h ^ (h >>> 16)}, the same
 * load factor and threshold arithmetic, resizes that split each bin keeping its relative order, new
 * nodes at the tail of a bin on {@code put} and at its head on {@code compute*}/{@code merge}), so
 * that a tracked map iterates in exactly the order the JDK map would for the same operations.
 *
 * <p>{@code LinkedHashMap} cannot extend {@code TrackedHashMap} (it must stay an
 * {@code instanceof java.util.LinkedHashMap}), so both map classes delegate to this object; being a
 * class of this package it is woven, and its fields and its table roll back like the maps'
 * own. A linked core ({@link #linked}) also keeps its {@link LinkedNode}s on a doubly linked list in
 * insertion or access order, the {@code LinkedHashMap} behaviour.
 *
 * <p>Treeified bins are not implemented: a bin with 8 or more colliding keys stays a chain (the JDK
 * turns it into a red-black tree once the table has 64 bins; below that it resizes, as this class
 * does). Only such pathological bins can iterate in a different order than the JDK's (a JDK tree bin
 * moves its root to the front of the bin).
 */
final class HashCore<K, V> {
    static final int DEFAULT_INITIAL_CAPACITY = 16;
    static final int MAXIMUM_CAPACITY = 1 << 30;
    static final float DEFAULT_LOAD_FACTOR = 0.75f;
    /** A bin this long made the JDK treeify it, or resize while the table is smaller than {@link #MIN_TREEIFY_CAPACITY}. */
    static final int TREEIFY_THRESHOLD = 8;
    static final int MIN_TREEIFY_CAPACITY = 64;

    /**
     * Java 19 changed how {@code HashMap} sizes a table for a known number of mappings ({@code putAll},
     * the copy constructor, {@code clone}, {@code HashSet(Collection)}): {@code ceil(n / loadFactor)}
     * instead of {@code n / loadFactor + 1}. The table's capacity decides the iteration order, so
     * this class sizes like the JDK it runs on (a constant, not mutable state).
     */
    static final boolean CEIL_SIZING = Runtime.version().feature() >= 19;

    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ENTRIES = 2;

    HashNode<K, V>[] table;
    int size;
    int modCount;
    /** The next size at which to resize; before the table exists, its initial capacity (0: the default). */
    int threshold;
    final float loadFactor;

    /** Whether nodes are {@link LinkedNode}s kept on the {@link #head}..{@link #tail} list. */
    final boolean linked;
    /** Linked only: whether reads and updates move the entry to the end (LinkedHashMap's access order). */
    final boolean accessOrder;
    /** Linked only: the map whose {@code removeEldestEntry} decides evictions after insertions, or null. */
    final TrackedLinkedHashMap<K, V> owner;
    LinkedNode<K, V> head;
    LinkedNode<K, V> tail;

    HashCore(float loadFactor, int threshold, boolean linked, boolean accessOrder,
            TrackedLinkedHashMap<K, V> owner) {
        this.loadFactor = loadFactor;
        this.threshold = threshold;
        this.linked = linked;
        this.accessOrder = accessOrder;
        this.owner = owner;
    }

    /** A core with the default capacity and load factor. */
    HashCore(boolean linked, boolean accessOrder, TrackedLinkedHashMap<K, V> owner) {
        this(DEFAULT_LOAD_FACTOR, 0, linked, accessOrder, owner);
    }

    /** A core with the capacity and load factor checks of {@code HashMap(int, float)}. */
    static <K, V> HashCore<K, V> of(int initialCapacity, float loadFactor, boolean linked, boolean accessOrder,
            TrackedLinkedHashMap<K, V> owner) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        }
        if (initialCapacity > MAXIMUM_CAPACITY) {
            initialCapacity = MAXIMUM_CAPACITY;
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal load factor: " + loadFactor);
        }
        return new HashCore<>(loadFactor, tableSizeFor(initialCapacity), linked, accessOrder, owner);
    }

    static int hash(Object key) {
        int h;
        return key == null ? 0 : (h = key.hashCode()) ^ (h >>> 16);
    }

    /** The initial capacity HashSet(Collection) and LinkedHashSet(Collection) give their map, on the running JDK. */
    static int capacityForCopy(int size, boolean linked) {
        if (CEIL_SIZING) {
            return (int) Math.ceil(Math.max(size, 12) / (double) DEFAULT_LOAD_FACTOR);
        }
        return linked ? Math.max(2 * size, 11) : Math.max((int) (size / .75f) + 1, 16);
    }

    /**
     * The capacity Java 19's {@code HashMap.newHashMap(n)} and its siblings ask for: enough for
     * {@code count} entries without resizing.
     *
     * @throws IllegalArgumentException with the JDK's message when {@code count} is negative
     */
    static int capacityFor(int count, String what) {
        if (count < 0) {
            throw new IllegalArgumentException("Negative number of " + what + ": " + count);
        }
        return (int) Math.ceil(count / (double) DEFAULT_LOAD_FACTOR);
    }

    static int tableSizeFor(int cap) {
        int n = -1 >>> Integer.numberOfLeadingZeros(cap - 1);
        return n < 0 ? 1 : n >= MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : n + 1;
    }

    /** A copy with its own table and nodes in the same bins and (linked) list order, for clone(). */
    HashCore<K, V> copy(TrackedLinkedHashMap<K, V> newOwner) {
        HashCore<K, V> copy = new HashCore<>(loadFactor, 0, linked, accessOrder, newOwner);
        // HashMap.clone re-inserts the entries into a table sized for them (putMapEntries): the same
        // capacity and iteration order as re-inserting in this map's order.
        copy.putMapEntries(this, false);
        return copy;
    }

    // ------------------------------------------------------------------ lookups

    HashNode<K, V> getNode(Object key) {
        HashNode<K, V>[] tab;
        HashNode<K, V> first;
        HashNode<K, V> e;
        int n;
        int hash;
        K k;
        if ((tab = table) != null && (n = tab.length) > 0
                && (first = tab[(n - 1) & (hash = hash(key))]) != null) {
            if (first.hash == hash && ((k = first.key) == key || (key != null && key.equals(k)))) {
                return first;
            }
            if ((e = first.next) != null) {
                do {
                    if (e.hash == hash && ((k = e.key) == key || (key != null && key.equals(k)))) {
                        return e;
                    }
                } while ((e = e.next) != null);
            }
        }
        return null;
    }

    boolean containsValue(Object value) {
        if (linked) {
            for (LinkedNode<K, V> e = head; e != null; e = e.after) {
                V v = e.value;
                if (v == value || (value != null && value.equals(v))) {
                    return true;
                }
            }
            return false;
        }
        HashNode<K, V>[] tab;
        if ((tab = table) != null && size > 0) {
            for (HashNode<K, V> e : tab) {
                for (; e != null; e = e.next) {
                    V v = e.value;
                    if (v == value || (value != null && value.equals(v))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ inserts

    HashNode<K, V> newNode(int hash, K key, V value, HashNode<K, V> next) {
        if (!linked) {
            return new HashNode<>(hash, key, value, next);
        }
        LinkedNode<K, V> p = new LinkedNode<>(hash, key, value, next);
        linkLast(p);
        return p;
    }

    V putVal(int hash, K key, V value, boolean onlyIfAbsent, boolean evict) {
        HashNode<K, V>[] tab;
        HashNode<K, V> p;
        int n;
        int i;
        if ((tab = table) == null || (n = tab.length) == 0) {
            n = (tab = resize()).length;
        }
        if ((p = tab[i = (n - 1) & hash]) == null) {
            tab[i] = newNode(hash, key, value, null);
        } else {
            HashNode<K, V> e;
            K k;
            if (p.hash == hash && ((k = p.key) == key || (key != null && key.equals(k)))) {
                e = p;
            } else {
                for (int binCount = 0; ; ++binCount) {
                    if ((e = p.next) == null) {
                        p.next = newNode(hash, key, value, null);
                        if (binCount >= TREEIFY_THRESHOLD - 1) {
                            longBin(tab);
                        }
                        break;
                    }
                    if (e.hash == hash && ((k = e.key) == key || (key != null && key.equals(k)))) {
                        break;
                    }
                    p = e;
                }
            }
            if (e != null) {
                V oldValue = e.value;
                if (!onlyIfAbsent || oldValue == null) {
                    e.value = value;
                }
                if (accessOrder) {
                    moveToEnd(e);
                }
                return oldValue;
            }
        }
        ++modCount;
        if (++size > threshold) {
            resize();
        }
        if (evict && owner != null) {
            evictEldest();
        }
        return null;
    }

    /**
     * A bin reached {@link #TREEIFY_THRESHOLD}: the JDK resizes a small table instead of treeifying
     * it, which changes the capacity (and so the iteration order); this class does the same and
     * keeps long bins of a large table as chains.
     */
    private void longBin(HashNode<K, V>[] tab) {
        if (tab.length < MIN_TREEIFY_CAPACITY) {
            resize();
        }
    }

    HashNode<K, V>[] resize() {
        HashNode<K, V>[] oldTab = table;
        int oldCap = oldTab == null ? 0 : oldTab.length;
        int oldThr = threshold;
        int newCap;
        int newThr = 0;
        if (oldCap > 0) {
            if (oldCap >= MAXIMUM_CAPACITY) {
                threshold = Integer.MAX_VALUE;
                return oldTab;
            } else if ((newCap = oldCap << 1) < MAXIMUM_CAPACITY && oldCap >= DEFAULT_INITIAL_CAPACITY) {
                newThr = oldThr << 1;
            }
        } else if (oldThr > 0) {
            newCap = oldThr;                       // the initial capacity was kept in threshold
        } else {
            newCap = DEFAULT_INITIAL_CAPACITY;
            newThr = (int) (DEFAULT_LOAD_FACTOR * DEFAULT_INITIAL_CAPACITY);
        }
        if (newThr == 0) {
            float ft = (float) newCap * loadFactor;
            newThr = newCap < MAXIMUM_CAPACITY && ft < (float) MAXIMUM_CAPACITY ? (int) ft : Integer.MAX_VALUE;
        }
        threshold = newThr;
        @SuppressWarnings("unchecked")
        HashNode<K, V>[] newTab = (HashNode<K, V>[]) new HashNode[newCap];
        table = newTab;
        if (oldTab != null) {
            for (int j = 0; j < oldCap; ++j) {
                HashNode<K, V> e;
                if ((e = oldTab[j]) != null) {
                    // the old table is garbage now: no need to clear it (and no need to save it in a world)
                    if (e.next == null) {
                        newTab[e.hash & (newCap - 1)] = e;
                    } else {
                        split(newTab, e, j, oldCap);
                    }
                }
            }
        }
        return newTab;
    }

    /** Splits bin {@code j} between {@code j} and {@code j + oldCap}, keeping the nodes' relative order. */
    private static <K, V> void split(HashNode<K, V>[] newTab, HashNode<K, V> e, int j, int oldCap) {
        HashNode<K, V> loHead = null;
        HashNode<K, V> loTail = null;
        HashNode<K, V> hiHead = null;
        HashNode<K, V> hiTail = null;
        HashNode<K, V> next;
        do {
            next = e.next;
            if ((e.hash & oldCap) == 0) {
                if (loTail == null) {
                    loHead = e;
                } else {
                    loTail.next = e;
                }
                loTail = e;
            } else {
                if (hiTail == null) {
                    hiHead = e;
                } else {
                    hiTail.next = e;
                }
                hiTail = e;
            }
        } while ((e = next) != null);
        if (loTail != null) {
            loTail.next = null;
            newTab[j] = loHead;
        }
        if (hiTail != null) {
            hiTail.next = null;
            newTab[j + oldCap] = hiHead;
        }
    }

    /** HashMap.putMapEntries: pre-sizes (see {@link #CEIL_SIZING}), then puts each entry in {@code m}'s order. */
    void putMapEntries(Map<? extends K, ? extends V> m, boolean evict) {
        int s = m.size();
        if (s > 0) {
            presize(s);
            for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
                K key = e.getKey();
                V value = e.getValue();
                putVal(hash(key), key, value, false, evict);
            }
        }
    }

    /** The same, from another core, without the entry views. */
    void putMapEntries(HashCore<? extends K, ? extends V> m, boolean evict) {
        int s = m.size;
        if (s > 0) {
            presize(s);
            m.forEachNode(e -> putVal(e.hash, e.key, e.value, false, evict));
        }
    }

    private void presize(int s) {
        if (table == null) {
            int t;
            if (CEIL_SIZING) {
                double dt = Math.ceil(s / (double) loadFactor);
                t = dt < (double) MAXIMUM_CAPACITY ? (int) dt : MAXIMUM_CAPACITY;
            } else {
                float ft = ((float) s / loadFactor) + 1.0F;
                t = ft < (float) MAXIMUM_CAPACITY ? (int) ft : MAXIMUM_CAPACITY;
            }
            if (t > threshold) {
                threshold = tableSizeFor(t);
            }
        } else {
            while (s > threshold && table.length < MAXIMUM_CAPACITY) {
                resize();
            }
        }
    }

    /** Runs {@code action} on every node in iteration order (no modification check: internal use). */
    @SuppressWarnings("unchecked")
    private void forEachNode(Consumer<? super HashNode<K, V>> action) {
        if (linked) {
            for (LinkedNode<K, V> e = head; e != null; e = e.after) {
                action.accept(e);
            }
        } else if (table != null && size > 0) {
            for (HashNode<K, V> e : table) {
                for (; e != null; e = e.next) {
                    action.accept(e);
                }
            }
        }
    }

    // ------------------------------------------------------------------ removals

    /** HashMap.removeNode: the removed node, or null; {@code matchValue} removes only if the value equals. */
    HashNode<K, V> removeNode(int hash, Object key, Object value, boolean matchValue) {
        HashNode<K, V>[] tab;
        HashNode<K, V> p;
        int n;
        int index;
        if ((tab = table) != null && (n = tab.length) > 0 && (p = tab[index = (n - 1) & hash]) != null) {
            HashNode<K, V> node = null;
            HashNode<K, V> e;
            K k;
            V v;
            if (p.hash == hash && ((k = p.key) == key || (key != null && key.equals(k)))) {
                node = p;
            } else if ((e = p.next) != null) {
                do {
                    if (e.hash == hash && ((k = e.key) == key || (key != null && key.equals(k)))) {
                        node = e;
                        break;
                    }
                    p = e;
                } while ((e = e.next) != null);
            }
            if (node != null && (!matchValue || (v = node.value) == value || (value != null && value.equals(v)))) {
                if (node == p) {
                    tab[index] = node.next;
                } else {
                    p.next = node.next;
                }
                ++modCount;
                --size;
                if (linked) {
                    unlink((LinkedNode<K, V>) node);
                }
                return node;
            }
        }
        return null;
    }

    void clear() {
        HashNode<K, V>[] tab;
        modCount++;
        if ((tab = table) != null && size > 0) {
            size = 0;
            java.util.Arrays.fill(tab, null);
        }
        head = null;
        tail = null;
    }

    // ------------------------------------------------------------------ the linked list

    private void unlink(LinkedNode<K, V> p) {
        LinkedNode<K, V> b = p.before;
        LinkedNode<K, V> a = p.after;
        p.before = null;
        p.after = null;
        if (b == null) {
            head = a;
        } else {
            b.after = a;
        }
        if (a == null) {
            tail = b;
        } else {
            a.before = b;
        }
    }

    /** LinkedHashMap.afterNodeAccess in access order (or putLast): moves {@code e} to the end, a structural change. */
    void moveToEnd(HashNode<K, V> e) {
        if (tail != e) {
            LinkedNode<K, V> p = (LinkedNode<K, V>) e;
            unlink(p);
            linkLast(p);
            ++modCount;
        }
    }

    /** The putFirst move: {@code e} to the front, a structural change if it moves. */
    void moveToFront(HashNode<K, V> e) {
        if (head != e) {
            LinkedNode<K, V> p = (LinkedNode<K, V>) e;
            unlink(p);
            linkFirst(p);
            ++modCount;
        }
    }

    /** Appends {@code p}, which is on no list, after the tail. */
    private void linkLast(LinkedNode<K, V> p) {
        LinkedNode<K, V> last = tail;
        tail = p;
        if (last == null) {
            head = p;
        } else {
            p.before = last;
            last.after = p;
        }
    }

    /** Puts {@code p}, which is on no list, before the head. */
    private void linkFirst(LinkedNode<K, V> p) {
        LinkedNode<K, V> first = head;
        head = p;
        if (first == null) {
            tail = p;
        } else {
            p.after = first;
            first.before = p;
        }
    }

    /** LinkedHashMap.afterNodeInsertion: asks the owner map whether to remove its eldest entry. */
    private void evictEldest() {
        LinkedNode<K, V> first;
        if ((first = head) != null && owner.removeEldestEntry(first)) {
            K key = first.key;
            removeNode(hash(key), key, null, false);
        }
    }

    /** LinkedHashMap.putFirst / putLast (Java 21): insert or update, then place the entry first or last. */
    V putAtEnd(K key, V value, boolean first) {
        HashNode<K, V> e = getNode(key);
        if (e != null) {
            V oldValue = e.value;
            e.value = value;
            if (first) {
                moveToFront(e);
            } else {
                moveToEnd(e);
            }
            return oldValue;
        }
        int mc = modCount;
        putVal(hash(key), key, value, false, false);
        if (first) {
            moveToFront(tail);
            modCount = mc + 1;                     // an insertion counts once, as in the JDK
        }
        if (owner != null) {
            evictEldest();
        }
        return null;
    }

    /** LinkedHashMap.get in access order: the entry moves to the end. */
    void afterAccess(HashNode<K, V> e) {
        if (accessOrder) {
            moveToEnd(e);
        }
    }

    // ------------------------------------------------------------------ Map defaults, as HashMap overrides them

    V getOrDefault(Object key, V defaultValue) {
        HashNode<K, V> e;
        if ((e = getNode(key)) == null) {
            return defaultValue;
        }
        if (accessOrder) {
            moveToEnd(e);
        }
        return e.value;
    }

    boolean replace(K key, V oldValue, V newValue) {
        HashNode<K, V> e;
        V v;
        if ((e = getNode(key)) != null && ((v = e.value) == oldValue || (v != null && v.equals(oldValue)))) {
            e.value = newValue;
            if (accessOrder) {
                moveToEnd(e);
            }
            return true;
        }
        return false;
    }

    V replace(K key, V value) {
        HashNode<K, V> e;
        if ((e = getNode(key)) != null) {
            V oldValue = e.value;
            e.value = value;
            if (accessOrder) {
                moveToEnd(e);
            }
            return oldValue;
        }
        return null;
    }

    V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (mappingFunction == null) {
            throw new NullPointerException();
        }
        int hash = hash(key);
        HashNode<K, V>[] tab;
        HashNode<K, V> first;
        int n;
        int i;
        int binCount = 0;
        HashNode<K, V> old = null;
        if (size > threshold || (tab = table) == null || (n = tab.length) == 0) {
            n = (tab = resize()).length;
        }
        if ((first = tab[i = (n - 1) & hash]) != null) {
            HashNode<K, V> e = first;
            K k;
            do {
                if (e.hash == hash && ((k = e.key) == key || (key != null && key.equals(k)))) {
                    old = e;
                    break;
                }
                ++binCount;
            } while ((e = e.next) != null);
            V oldValue;
            if (old != null && (oldValue = old.value) != null) {
                if (accessOrder) {
                    moveToEnd(old);
                }
                return oldValue;
            }
        }
        int mc = modCount;
        V v = mappingFunction.apply(key);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (v == null) {
            return null;
        } else if (old != null) {
            old.value = v;
            if (accessOrder) {
                moveToEnd(old);
            }
            return v;
        }
        tab[i] = newNode(hash, key, v, first);
        if (binCount >= TREEIFY_THRESHOLD - 1) {
            longBin(tab);
        }
        modCount = mc + 1;
        ++size;
        if (owner != null) {
            evictEldest();
        }
        return v;
    }

    V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        HashNode<K, V> e;
        V oldValue;
        if ((e = getNode(key)) != null && (oldValue = e.value) != null) {
            int mc = modCount;
            V v = remappingFunction.apply(key, oldValue);
            if (mc != modCount) {
                throw new ConcurrentModificationException();
            }
            if (v != null) {
                e.value = v;
                if (accessOrder) {
                    moveToEnd(e);
                }
                return v;
            }
            removeNode(hash(key), key, null, false);
        }
        return null;
    }

    V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        int hash = hash(key);
        HashNode<K, V>[] tab;
        HashNode<K, V> first;
        int n;
        int i;
        int binCount = 0;
        HashNode<K, V> old = null;
        if (size > threshold || (tab = table) == null || (n = tab.length) == 0) {
            n = (tab = resize()).length;
        }
        if ((first = tab[i = (n - 1) & hash]) != null) {
            HashNode<K, V> e = first;
            K k;
            do {
                if (e.hash == hash && ((k = e.key) == key || (key != null && key.equals(k)))) {
                    old = e;
                    break;
                }
                ++binCount;
            } while ((e = e.next) != null);
        }
        V oldValue = old == null ? null : old.value;
        int mc = modCount;
        V v = remappingFunction.apply(key, oldValue);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (old != null) {
            if (v != null) {
                old.value = v;
                if (accessOrder) {
                    moveToEnd(old);
                }
            } else {
                removeNode(hash, key, null, false);
            }
        } else if (v != null) {
            tab[i] = newNode(hash, key, v, first);
            if (binCount >= TREEIFY_THRESHOLD - 1) {
                longBin(tab);
            }
            modCount = mc + 1;
            ++size;
            if (owner != null) {
                evictEldest();
            }
        }
        return v;
    }

    V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (value == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int hash = hash(key);
        HashNode<K, V>[] tab;
        HashNode<K, V> first;
        int n;
        int i;
        int binCount = 0;
        HashNode<K, V> old = null;
        if (size > threshold || (tab = table) == null || (n = tab.length) == 0) {
            n = (tab = resize()).length;
        }
        if ((first = tab[i = (n - 1) & hash]) != null) {
            HashNode<K, V> e = first;
            K k;
            do {
                if (e.hash == hash && ((k = e.key) == key || (key != null && key.equals(k)))) {
                    old = e;
                    break;
                }
                ++binCount;
            } while ((e = e.next) != null);
        }
        if (old != null) {
            V v;
            if (old.value != null) {
                int mc = modCount;
                v = remappingFunction.apply(old.value, value);
                if (mc != modCount) {
                    throw new ConcurrentModificationException();
                }
            } else {
                v = value;
            }
            if (v != null) {
                old.value = v;
                if (accessOrder) {
                    moveToEnd(old);
                }
            } else {
                removeNode(hash, key, null, false);
            }
            return v;
        }
        tab[i] = newNode(hash, key, value, first);
        if (binCount >= TREEIFY_THRESHOLD - 1) {
            longBin(tab);
        }
        ++modCount;
        ++size;
        if (owner != null) {
            evictEldest();
        }
        return value;
    }

    /** The table's length, or the default capacity before the first insertion: a copy this long iterates like this table. */
    int tableLengthOrDefault() {
        return table == null ? DEFAULT_INITIAL_CAPACITY : table.length;
    }

    void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        int mc = modCount;
        if (linked) {
            for (LinkedNode<K, V> e = head; e != null; e = e.after) {
                action.accept(e.key, e.value);
            }
        } else {
            HashNode<K, V>[] tab;
            if (size > 0 && (tab = table) != null) {
                for (HashNode<K, V> e : tab) {
                    for (; e != null; e = e.next) {
                        action.accept(e.key, e.value);
                    }
                }
            }
        }
        if (modCount != mc) {
            throw new ConcurrentModificationException();
        }
    }

    void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) {
            throw new NullPointerException();
        }
        int mc = modCount;
        if (linked) {
            for (LinkedNode<K, V> e = head; e != null; e = e.after) {
                e.value = function.apply(e.key, e.value);
            }
        } else {
            HashNode<K, V>[] tab;
            if (size > 0 && (tab = table) != null) {
                for (HashNode<K, V> e : tab) {
                    for (; e != null; e = e.next) {
                        e.value = function.apply(e.key, e.value);
                    }
                }
            }
        }
        if (modCount != mc) {
            throw new ConcurrentModificationException();
        }
    }

    /** Each key (KEYS), value (VALUES) or entry (ENTRIES), in iteration order; fails fast. */
    @SuppressWarnings("unchecked")
    <T> void forEachOf(int kind, Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        int mc = modCount;
        if (linked) {
            for (LinkedNode<K, V> e = head; e != null && modCount == mc; e = e.after) {
                action.accept((T) (kind == KEYS ? e.key : kind == VALUES ? e.value : e));
            }
        } else {
            HashNode<K, V>[] tab;
            if (size > 0 && (tab = table) != null) {
                for (int i = 0; i < tab.length && modCount == mc; ++i) {
                    for (HashNode<K, V> e = tab[i]; e != null; e = e.next) {
                        action.accept((T) (kind == KEYS ? e.key : kind == VALUES ? e.value : e));
                    }
                }
            }
        }
        if (modCount != mc) {
            throw new ConcurrentModificationException();
        }
    }

    /** The keys in iteration order, as Collection.toArray(). */
    Object[] keysToArray() {
        Object[] a = new Object[size];
        int i = 0;
        for (Iterator<K> it = new NodeIterator<>(KEYS, false); it.hasNext(); ) {
            a[i++] = it.next();
        }
        return a;
    }

    /** The keys in iteration order, as Collection.toArray(T[]). */
    @SuppressWarnings("unchecked")
    <T> T[] keysToArray(T[] a) {
        int n = size;
        T[] r = a.length >= n ? a : java.util.Arrays.copyOf(a, n);
        int i = 0;
        for (Iterator<K> it = new NodeIterator<>(KEYS, false); it.hasNext(); ) {
            r[i++] = (T) it.next();
        }
        if (r.length > n) {
            r[n] = null;
        }
        return r;
    }

    /**
     * Writes this core for a subclass of a tracked class being serialized with its own fields (the
     * tracked class itself writes the plain JDK class instead): load factor, access order, size,
     * then each key (and value if {@code withValues}) in iteration order.
     */
    void writeTo(java.io.ObjectOutputStream s, boolean withValues) throws java.io.IOException {
        s.writeFloat(loadFactor);
        s.writeBoolean(accessOrder);
        s.writeInt(size);
        for (Iterator<HashNode<K, V>> it = new NodeIterator<>(ENTRIES, false); it.hasNext(); ) {
            HashNode<K, V> e = it.next();
            s.writeObject(e.key);
            if (withValues) {
                s.writeObject(e.value);
            }
        }
    }

    /** Reads what {@link #writeTo} wrote into a new core ({@code value} for every key if no values were written). */
    @SuppressWarnings("unchecked")
    static <K, V> HashCore<K, V> readFrom(java.io.ObjectInputStream s, boolean withValues, V value, boolean linked,
            TrackedLinkedHashMap<K, V> owner) throws java.io.IOException, ClassNotFoundException {
        float loadFactor = s.readFloat();
        boolean accessOrder = s.readBoolean();
        int size = s.readInt();
        if (size < 0 || !(loadFactor > 0)) {
            throw new java.io.InvalidObjectException("Illegal size " + size + " or load factor " + loadFactor);
        }
        HashCore<K, V> core = of(Math.max((int) Math.min(size / loadFactor + 1.0f, MAXIMUM_CAPACITY), 1), loadFactor,
                linked, accessOrder, owner);
        for (int i = 0; i < size; i++) {
            K key = (K) s.readObject();
            V v = withValues ? (V) s.readObject() : value;
            core.putVal(hash(key), key, v, false, false);
        }
        return core;
    }

    // ------------------------------------------------------------------ Map's equals, hashCode, toString

    boolean mapEquals(Map<?, ?> self, Object o) {
        if (o == self) {
            return true;
        }
        if (!(o instanceof Map<?, ?> m) || m.size() != size) {
            return false;
        }
        try {
            for (Iterator<HashNode<K, V>> it = new NodeIterator<>(ENTRIES, false); it.hasNext(); ) {
                HashNode<K, V> e = it.next();
                K key = e.key;
                V value = e.value;
                if (value == null) {
                    if (!(m.get(key) == null && m.containsKey(key))) {
                        return false;
                    }
                } else if (!value.equals(m.get(key))) {
                    return false;
                }
            }
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
        return true;
    }

    int mapHashCode() {
        int h = 0;
        for (Iterator<HashNode<K, V>> it = new NodeIterator<>(ENTRIES, false); it.hasNext(); ) {
            h += it.next().hashCode();
        }
        return h;
    }

    String mapToString(Map<?, ?> self) {
        Iterator<HashNode<K, V>> it = new NodeIterator<>(ENTRIES, false);
        if (!it.hasNext()) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder().append('{');
        for (;;) {
            HashNode<K, V> e = it.next();
            K key = e.key;
            V value = e.value;
            sb.append(key == self ? "(this Map)" : key).append('=').append(value == self ? "(this Map)" : value);
            if (!it.hasNext()) {
                return sb.append('}').toString();
            }
            sb.append(',').append(' ');
        }
    }

    // ------------------------------------------------------------------ iteration

    /**
     * A late-binding spliterator over {@code c}'s iterator ({@link Spliterators#spliterator(Collection, int)})
     * that does not split while the calling thread has a world open (see {@link SequenceSpliterators}).
     */
    static <T> Spliterator<T> spliterator(Collection<T> c, int characteristics) {
        return new WorldSpliterator<>(Spliterators.spliterator(c, characteristics));
    }

    /** See {@link #spliterator(Collection, int)}. */
    static final class WorldSpliterator<T> implements Spliterator<T> {
        private final Spliterator<T> delegate;

        WorldSpliterator(Spliterator<T> delegate) {
            this.delegate = delegate;
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
            return dev.worlds.Worlds.depth() > 0 ? null : delegate.trySplit();
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
        public java.util.Comparator<? super T> getComparator() {
            return delegate.getComparator();
        }
    }

    /**
     * The fail-fast iterator of every view: over the table in bin order, or over the linked list
     * (forwards, or backwards for the reversed views of a linked map); {@code remove} writes through.
     */
    final class NodeIterator<T> implements Iterator<T> {
        private final int kind;
        private final boolean reverse;
        @Untracked private HashNode<K, V> next;
        @Untracked private HashNode<K, V> current;
        @Untracked private int expectedModCount;
        @Untracked private int index;

        NodeIterator(int kind, boolean reverse) {
            this.kind = kind;
            this.reverse = reverse;
            expectedModCount = modCount;
            if (linked) {
                next = reverse ? tail : head;
            } else {
                HashNode<K, V>[] t = table;
                if (t != null && size > 0) {
                    while (index < t.length && (next = t[index++]) == null) {
                        // skip empty bins
                    }
                }
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @SuppressWarnings("unchecked")
        @Override
        public T next() {
            HashNode<K, V> e = next;
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (e == null) {
                throw new NoSuchElementException();
            }
            current = e;
            if (linked) {
                next = reverse ? ((LinkedNode<K, V>) e).before : ((LinkedNode<K, V>) e).after;
            } else if ((next = e.next) == null) {
                HashNode<K, V>[] t = table;
                if (t != null) {
                    while (index < t.length && (next = t[index++]) == null) {
                        // skip empty bins
                    }
                }
            }
            return (T) (kind == KEYS ? e.key : kind == VALUES ? e.value : e);
        }

        @Override
        public void remove() {
            HashNode<K, V> p = current;
            if (p == null) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            current = null;
            removeNode(p.hash, p.key, null, false);
            expectedModCount = modCount;
        }
    }

    // ------------------------------------------------------------------ views

    // A view is made on each call rather than cached in a field: caching would make keySet() a write,
    // which saves the core in a world and fails (WorldConflictException) when another thread merely
    // reads a map some world owns. Views hold no state, and a short-lived one is usually not even allocated.

    Set<K> keySet() {
        return linked ? new SequencedKeyView<>(this, false) : new KeyView(false);
    }

    Collection<V> values() {
        return linked ? new SequencedValueView<>(this, false) : new ValueView(false);
    }

    Set<Map.Entry<K, V>> entrySet() {
        return linked ? new SequencedEntryView<>(this, false) : new EntryView(false);
    }

    private int viewCharacteristics(int base) {
        return linked ? base | Spliterator.ORDERED : base;
    }

    /**
     * The key set; {@code reverse} (linked only) iterates from the last entry to the first. A linked
     * map's is a {@link SequencedKeyView}, which Java 21 sees as a {@code SequencedSet}.
     */
    class KeyView extends AbstractSet<K> {
        final boolean reverse;

        KeyView(boolean reverse) {
            this.reverse = reverse;
        }

        final HashCore<K, V> core() {
            return HashCore.this;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            HashCore.this.clear();
        }

        @Override
        public Iterator<K> iterator() {
            return new NodeIterator<>(KEYS, reverse);
        }

        @Override
        public boolean contains(Object o) {
            return getNode(o) != null;
        }

        @Override
        public boolean remove(Object key) {
            return removeNode(hash(key), key, null, false) != null;
        }

        @Override
        public Spliterator<K> spliterator() {
            return HashCore.spliterator(this, viewCharacteristics(Spliterator.DISTINCT));
        }

        @Override
        public void forEach(Consumer<? super K> action) {
            if (reverse) {
                super.forEach(action);
            } else {
                forEachOf(KEYS, action);
            }
        }

        @Override
        public boolean removeIf(Predicate<? super K> filter) {
            return removeMatching(new NodeIterator<>(KEYS, reverse), filter);
        }
    }

    /** The values; a linked map's is a {@link SequencedValueView}. */
    class ValueView extends AbstractCollection<V> {
        final boolean reverse;

        ValueView(boolean reverse) {
            this.reverse = reverse;
        }

        final HashCore<K, V> core() {
            return HashCore.this;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            HashCore.this.clear();
        }

        @Override
        public Iterator<V> iterator() {
            return new NodeIterator<>(VALUES, reverse);
        }

        @Override
        public boolean contains(Object o) {
            return containsValue(o);
        }

        @Override
        public Spliterator<V> spliterator() {
            return HashCore.spliterator(this, viewCharacteristics(0));
        }

        @Override
        public void forEach(Consumer<? super V> action) {
            if (reverse) {
                super.forEach(action);
            } else {
                forEachOf(VALUES, action);
            }
        }

        @Override
        public boolean removeIf(Predicate<? super V> filter) {
            return removeMatching(new NodeIterator<>(VALUES, reverse), filter);
        }
    }

    /** The entries; a linked map's is a {@link SequencedEntryView}. */
    class EntryView extends AbstractSet<Map.Entry<K, V>> {
        final boolean reverse;

        EntryView(boolean reverse) {
            this.reverse = reverse;
        }

        final HashCore<K, V> core() {
            return HashCore.this;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            HashCore.this.clear();
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new NodeIterator<>(ENTRIES, reverse);
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry<?, ?> e)) {
                return false;
            }
            HashNode<K, V> candidate = getNode(e.getKey());
            return candidate != null && candidate.equals(e);
        }

        @Override
        public boolean remove(Object o) {
            if (o instanceof Map.Entry<?, ?> e) {
                Object key = e.getKey();
                return removeNode(hash(key), key, e.getValue(), true) != null;
            }
            return false;
        }

        @Override
        public Spliterator<Map.Entry<K, V>> spliterator() {
            return HashCore.spliterator(this, viewCharacteristics(Spliterator.DISTINCT));
        }

        @Override
        public void forEach(Consumer<? super Map.Entry<K, V>> action) {
            if (reverse) {
                super.forEach(action);
            } else {
                forEachOf(ENTRIES, action);
            }
        }

        @Override
        public boolean removeIf(Predicate<? super Map.Entry<K, V>> filter) {
            return removeMatching(new NodeIterator<>(ENTRIES, reverse), filter);
        }
    }

    /** Collection.removeIf over one of this core's iterators. */
    static <T> boolean removeMatching(Iterator<T> it, Predicate<? super T> filter) {
        Objects.requireNonNull(filter);
        boolean removed = false;
        while (it.hasNext()) {
            if (filter.test(it.next())) {
                it.remove();
                removed = true;
            }
        }
        return removed;
    }
}
