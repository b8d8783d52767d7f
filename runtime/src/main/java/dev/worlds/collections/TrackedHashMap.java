package dev.worlds.collections;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A {@link HashMap} whose state rolls back with Worlds. The weaver substitutes it for
 * {@code java.util.HashMap} in woven code ({@code new HashMap<>()} becomes
 * {@code new TrackedHashMap<>()}, and woven classes extending {@code HashMap} extend this class
 * instead), so {@code instanceof HashMap}, casts, fields and parameters of type {@code HashMap} keep
 * working; {@link #getClass()} is the visible difference.
 *
 * <p>The entries live in a {@link HashCore} of this package (woven, so every field and array
 * element of it is tracked), never in the state inherited from {@code HashMap}, which stays empty.
 * The core uses the JDK's algorithm, so the map iterates in the same order as a {@code HashMap}
 * given the same operations (treeified bins excepted: see {@link HashCore}). Every public method of
 * {@code HashMap} is overridden, interface defaults included, with the JDK's exceptions, null
 * handling and fail-fast behaviour; the key, value and entry views write through.
 *
 * <p>Serialization writes a plain {@code java.util.HashMap} with the same entries.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
public class TrackedHashMap<K, V> extends HashMap<K, V> {
    private static final long serialVersionUID = 1L;

    /** All the entries; replaced by {@link #clone()} in the copy. */
    transient HashCore<K, V> core;

    /** An empty map with capacity 16 and load factor 0.75, as {@link HashMap#HashMap()}. */
    public TrackedHashMap() {
        super();
        core = new HashCore<>(false, false, null);
    }

    /** @throws IllegalArgumentException if {@code initialCapacity} is negative */
    public TrackedHashMap(int initialCapacity) {
        this(initialCapacity, HashCore.DEFAULT_LOAD_FACTOR);
    }

    /** @throws IllegalArgumentException if {@code initialCapacity} is negative or {@code loadFactor} not positive */
    public TrackedHashMap(int initialCapacity, float loadFactor) {
        super();
        core = HashCore.of(initialCapacity, loadFactor, false, false, null);
    }

    /** A map with the mappings of {@code m}. @throws NullPointerException if {@code m} is null */
    public TrackedHashMap(Map<? extends K, ? extends V> m) {
        super();
        core = new HashCore<>(false, false, null);
        core.putMapEntries(m, false);
    }

    /**
     * What Java 19's {@code HashMap.newHashMap(n)} returns, tracked: the weaver redirects woven code's
     * calls of it here. An empty HashMap sized for {@code numMappings} mappings.
     *
     * @throws IllegalArgumentException if {@code numMappings} is negative
     */
    public static <K, V> HashMap<K, V> newHashMap(int numMappings) {
        return new TrackedHashMap<>(HashCore.capacityFor(numMappings, "mappings"));
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
        return e == null ? null : e.value;
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
        HashNode<K, V> e = core.getNode(key);
        return e == null ? defaultValue : e.value;
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
        TrackedHashMap<K, V> result;
        if (getClass() == TrackedHashMap.class) {
            // Object.clone of this exact class would copy nothing but the core reference and the
            // JDK superclass's empty state, which a new instance has too; HashMap.clone would also
            // fill that JDK state with the entries, only for clearJdkState to drop them.
            result = new TrackedHashMap<>();
        } else {
            result = (TrackedHashMap<K, V>) super.clone();
            result.clearJdkState();
        }
        result.core = core.copy(null);
        return result;
    }

    /** Empties the state inherited from HashMap (filled by HashMap.clone on a copy). */
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

    /** Serialization writes a plain {@code java.util.HashMap} with the same entries and load factor. */
    private Object writeReplace() {
        // Same table length, filled one put at a time in this map's order: the copy iterates, and so
        // serializes, exactly as this map (putAll may size its table differently).
        HashMap<K, V> copy = new HashMap<>(core.tableLengthOrDefault(), core.loadFactor);
        core.forEach(copy::put);
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
        core = HashCore.<K, V>readFrom(s, true, null, false, null);
    }

}
