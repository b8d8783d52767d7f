package dev.worlds.collections;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A {@link LinkedHashMap} whose state rolls back with Worlds. The weaver substitutes it for
 * {@code java.util.LinkedHashMap} in woven code ({@code new LinkedHashMap<>()} becomes
 * {@code new TrackedLinkedHashMap<>()}, and woven classes extending {@code LinkedHashMap} extend
 * this class instead), so {@code instanceof LinkedHashMap} (and {@code HashMap}), casts, fields and
 * parameters keep working; {@link #getClass()} is the visible difference.
 *
 * <p>The entries live in a linked {@link HashCore} of this package (woven, so tracked): the hash
 * table of {@code TrackedHashMap} plus a doubly linked list in insertion order, or in access order
 * with {@link #TrackedLinkedHashMap(int, float, boolean) accessOrder} true ({@code get},
 * {@code getOrDefault}, {@code put}, {@code putIfAbsent}, {@code replace}, {@code compute*} and
 * {@code merge} move the entry to the end, a structural modification as in the JDK). After each
 * insertion {@link #removeEldestEntry} is asked exactly when the JDK asks it (not while
 * constructing from a map or cloning), so LRU caches written as subclasses keep working. The state
 * inherited from {@code LinkedHashMap} stays empty.
 *
 * <p>Java 21's {@code SequencedMap} methods whose signatures exist on Java 17 are declared here
 * ({@code firstEntry}, {@code lastEntry}, {@code pollFirstEntry}, {@code pollLastEntry},
 * {@code putFirst}, {@code putLast}); the ones whose return types are Java 21 types
 * ({@code reversed()}, {@code sequencedKeySet()}, {@code sequencedValues()},
 * {@code sequencedEntrySet()}) are {@link Java21Bridge}s, present in the jar's Java 21 copy of
 * this class; {@code keySet()}, {@code values()} and {@code entrySet()} are sequenced there too.
 *
 * <p>Serialization writes a plain {@code java.util.LinkedHashMap} with the same entries in the same
 * order, load factor and access order (a subclass's {@code removeEldestEntry} is not kept).
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public class TrackedLinkedHashMap<K, V> extends LinkedHashMap<K, V> {
    private static final long serialVersionUID = 1L;

    static {
        Java21Bridges.require(TrackedLinkedHashMap.class, "reversed");
    }

    /** All the entries; replaced by {@link #clone()} in the copy. */
    transient HashCore<K, V> core;

    /** An empty map with capacity 16 and load factor 0.75, as {@link LinkedHashMap#LinkedHashMap()}. */
    public TrackedLinkedHashMap() {
        super();
        core = new HashCore<>(true, false, this);
    }

    /** @throws IllegalArgumentException if {@code initialCapacity} is negative */
    public TrackedLinkedHashMap(int initialCapacity) {
        this(initialCapacity, HashCore.DEFAULT_LOAD_FACTOR);
    }

    /** @throws IllegalArgumentException if {@code initialCapacity} is negative or {@code loadFactor} not positive */
    public TrackedLinkedHashMap(int initialCapacity, float loadFactor) {
        super();
        core = HashCore.of(initialCapacity, loadFactor, true, false, this);
    }

    /**
     * An empty map in access order if {@code accessOrder}, else in insertion order.
     *
     * @throws IllegalArgumentException if {@code initialCapacity} is negative or {@code loadFactor} not positive
     */
    public TrackedLinkedHashMap(int initialCapacity, float loadFactor, boolean accessOrder) {
        super();
        core = HashCore.of(initialCapacity, loadFactor, true, accessOrder, this);
    }

    /** A map with the mappings of {@code m}. @throws NullPointerException if {@code m} is null */
    public TrackedLinkedHashMap(Map<? extends K, ? extends V> m) {
        super();
        core = new HashCore<>(true, false, this);
        core.putMapEntries(m, false);
    }

    /**
     * What Java 19's {@code LinkedHashMap.newLinkedHashMap(n)} returns, tracked: the weaver redirects woven code's
     * calls of it here. An empty LinkedHashMap sized for {@code numMappings} mappings.
     *
     * @throws IllegalArgumentException if {@code numMappings} is negative
     */
    public static <K, V> LinkedHashMap<K, V> newLinkedHashMap(int numMappings) {
        return new TrackedLinkedHashMap<>(HashCore.capacityFor(numMappings, "mappings"));
    }

    @Override
    public int size() {
        return core.size;
    }

    @Override
    public boolean isEmpty() {
        return core.size == 0;
    }

    @Override
    public V get(Object key) {
        HashNode<K, V> e = core.getNode(key);
        if (e == null) {
            return null;
        }
        if (core.accessOrder) {
            core.moveToEnd(e);
        }
        return e.value;
    }

    @Override
    public boolean containsKey(Object key) {
        return core.getNode(key) != null;
    }

    @Override
    public V put(K key, V value) {
        return core.putVal(HashCore.hash(key), key, value, false, true);
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        core.putMapEntries(m, true);
    }

    @Override
    public V remove(Object key) {
        HashNode<K, V> e = core.removeNode(HashCore.hash(key), key, null, false);
        return e == null ? null : e.value;
    }

    @Override
    public void clear() {
        core.clear();
    }

    @Override
    public boolean containsValue(Object value) {
        return core.containsValue(value);
    }

    @Override
    public Set<K> keySet() {
        return core.keySet();
    }

    @Override
    public Collection<V> values() {
        return core.values();
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return core.entrySet();
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        return core.getOrDefault(key, defaultValue);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return core.putVal(HashCore.hash(key), key, value, true, true);
    }

    @Override
    public boolean remove(Object key, Object value) {
        return core.removeNode(HashCore.hash(key), key, value, true) != null;
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        return core.replace(key, oldValue, newValue);
    }

    @Override
    public V replace(K key, V value) {
        return core.replace(key, value);
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        return core.computeIfAbsent(key, mappingFunction);
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        return core.computeIfPresent(key, remappingFunction);
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        return core.compute(key, remappingFunction);
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        return core.merge(key, value, remappingFunction);
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        core.forEach(action);
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        core.replaceAll(function);
    }

    /**
     * A shallow copy (keys and values are not cloned) of the same class, with its own table and
     * nodes. For a subclass, {@code super.clone()} keeps the class and its fields, but
     * {@code HashMap.clone()} also re-inserts the entries into the copy's unused JDK table; that
     * table is cleared right after, so the copy holds no references through it (the emptied array
     * stays allocated).
     */
    @SuppressWarnings("unchecked")
    @Override
    public Object clone() {
        TrackedLinkedHashMap<K, V> result;
        if (getClass() == TrackedLinkedHashMap.class) {
            // Object.clone of this exact class would copy nothing but the core reference and the
            // JDK superclass's empty state, which a new instance has too; HashMap.clone would also
            // fill that JDK state with the entries, only for clearJdkState to drop them.
            result = new TrackedLinkedHashMap<>();
        } else {
            result = (TrackedLinkedHashMap<K, V>) super.clone();
            result.clearJdkState();
        }
        result.core = core.copy(result);
        return result;
    }

    /** Empties the state inherited from LinkedHashMap (filled by HashMap.clone on a copy). */
    private void clearJdkState() {
        super.clear();
    }

    @Override
    public boolean equals(Object o) {
        return core.mapEquals(this, o);
    }

    @Override
    public int hashCode() {
        return core.mapHashCode();
    }

    @Override
    public String toString() {
        return core.mapToString(this);
    }

    /**
     * Whether to remove the eldest entry after an insertion, as {@link LinkedHashMap#removeEldestEntry}:
     * this map never does; subclasses override it (for example to bound a cache). It runs after
     * {@code put}, {@code putIfAbsent}, {@code putAll}, {@code computeIfAbsent}, {@code compute},
     * {@code merge}, {@code putFirst} and {@code putLast} insert a new key.
     */
    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return false;
    }

    // ------------------------------------------------------------------ Java 21 SequencedMap

    /** The first entry (an immutable snapshot), or null if the map is empty (SequencedMap.firstEntry). */
    public Map.Entry<K, V> firstEntry() {
        LinkedNode<K, V> e = core.head;
        return e == null ? null : new AbstractMap.SimpleImmutableEntry<>(e.key, e.value);
    }

    /** The last entry (an immutable snapshot), or null if the map is empty (SequencedMap.lastEntry). */
    public Map.Entry<K, V> lastEntry() {
        LinkedNode<K, V> e = core.tail;
        return e == null ? null : new AbstractMap.SimpleImmutableEntry<>(e.key, e.value);
    }

    /** Removes and returns the first entry (an immutable snapshot), or null if the map is empty. */
    public Map.Entry<K, V> pollFirstEntry() {
        return poll(core.head);
    }

    /** Removes and returns the last entry (an immutable snapshot), or null if the map is empty. */
    public Map.Entry<K, V> pollLastEntry() {
        return poll(core.tail);
    }

    private Map.Entry<K, V> poll(LinkedNode<K, V> e) {
        if (e == null) {
            return null;
        }
        Map.Entry<K, V> snapshot = new AbstractMap.SimpleImmutableEntry<>(e.key, e.value);
        core.removeNode(e.hash, e.key, null, false);
        return snapshot;
    }

    /** Inserts or updates the mapping and makes it the first (LinkedHashMap.putFirst, Java 21). */
    public V putFirst(K k, V v) {
        return core.putAtEnd(k, v, true);
    }

    /** Inserts or updates the mapping and makes it the last (LinkedHashMap.putLast, Java 21). */
    public V putLast(K k, V v) {
        return core.putAtEnd(k, v, false);
    }

    /** {@code reversed()} on Java 21: a view of this map in reverse order that writes through. */
    @Java21Bridge(name = "reversed", returns = "java.util.SequencedMap")
    ReversedLinkedMap<K, V> reversedMap() {
        return new ReversedLinkedMap<>(this);
    }

    /** {@code sequencedKeySet()} on Java 21: the key set, which is sequenced there. */
    @Java21Bridge(name = "sequencedKeySet", returns = "java.util.SequencedSet")
    SequencedKeyView<K, V> sequencedKeySetView() {
        return new SequencedKeyView<>(core, false);
    }

    /** {@code sequencedValues()} on Java 21: the values, which are sequenced there. */
    @Java21Bridge(name = "sequencedValues", returns = "java.util.SequencedCollection")
    SequencedValueView<K, V> sequencedValuesView() {
        return new SequencedValueView<>(core, false);
    }

    /** {@code sequencedEntrySet()} on Java 21: the entries, which are sequenced there. */
    @Java21Bridge(name = "sequencedEntrySet", returns = "java.util.SequencedSet")
    SequencedEntryView<K, V> sequencedEntrySetView() {
        return new SequencedEntryView<>(core, false);
    }

    /** The key set iterated from the last entry to the first; writes through. */
    SequencedKeyView<K, V> reversedKeySetView() {
        return new SequencedKeyView<>(core, true);
    }

    /** The values iterated from the last entry to the first; writes through. */
    SequencedValueView<K, V> reversedValuesView() {
        return new SequencedValueView<>(core, true);
    }

    /** The entries iterated from the last to the first; writes through. */
    SequencedEntryView<K, V> reversedEntrySetView() {
        return new SequencedEntryView<>(core, true);
    }

    /**
     * Serialization writes a plain {@code java.util.LinkedHashMap} with the same entries in the same
     * order, the same load factor and access order.
     */
    private Object writeReplace() {
        LinkedHashMap<K, V> copy = new LinkedHashMap<>(Math.max((int) (core.size / core.loadFactor) + 1, 16),
                core.loadFactor, core.accessOrder);
        for (LinkedNode<K, V> e = core.head; e != null; e = e.after) {
            copy.put(e.key, e.value);
        }
        return copy;
    }

    /** For tests: the capacity of the table (0 before the first insertion). */
    int capacity() {
        return core.table == null ? 0 : core.table.length;
    }

    /**
     * Serialization of a subclass (this class itself is written as the plain JDK class, see
     * {@code writeReplace}): the JDK superclass writes its own, empty state; this writes the
     * entries, which {@link #readObject} reads back.
     */
    private void writeObject(java.io.ObjectOutputStream s) throws java.io.IOException {
        s.defaultWriteObject();
        core.writeTo(s, true);
    }

    private void readObject(java.io.ObjectInputStream s) throws java.io.IOException, ClassNotFoundException {
        s.defaultReadObject();
        core = HashCore.<K, V>readFrom(s, true, null, true, this);
    }

}
