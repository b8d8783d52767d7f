package dev.worlds.collections;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The reverse-ordered view of a {@link TrackedLinkedHashMap} (what {@code LinkedHashMap.reversed()}
 * returns on Java 21): reads and writes go to the map; iteration runs from its last entry to its
 * first. It holds no state of its own. On Java 17 it is a plain {@code Map}; the Java 21 bridge can
 * wrap it as a {@code SequencedMap} ({@code firstEntry} and the like are here, mirrored).
 */
final class ReversedLinkedMap<K, V> extends AbstractMap<K, V> {
    private final TrackedLinkedHashMap<K, V> base;

    ReversedLinkedMap(TrackedLinkedHashMap<K, V> base) {
        this.base = base;
    }

    TrackedLinkedHashMap<K, V> reversed() {
        return base;
    }

    @Override
    public int size() {
        return base.size();
    }

    @Override
    public boolean isEmpty() {
        return base.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return base.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return base.containsValue(value);
    }

    @Override
    public V get(Object key) {
        return base.get(key);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        return base.getOrDefault(key, defaultValue);
    }

    @Override
    public V put(K key, V value) {
        return base.put(key, value);
    }

    @Override
    public V remove(Object key) {
        return base.remove(key);
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        base.putAll(m);
    }

    @Override
    public void clear() {
        base.clear();
    }

    @Override
    public Set<K> keySet() {
        return base.reversedKeySetView();
    }

    @Override
    public Collection<V> values() {
        return base.reversedValuesView();
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return base.reversedEntrySetView();
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        java.util.Objects.requireNonNull(action);
        base.reversedEntrySetView().forEach(e -> action.accept(e.getKey(), e.getValue()));
    }

    Map.Entry<K, V> firstEntry() {
        return base.lastEntry();
    }

    Map.Entry<K, V> lastEntry() {
        return base.firstEntry();
    }

    Map.Entry<K, V> pollFirstEntry() {
        return base.pollLastEntry();
    }

    Map.Entry<K, V> pollLastEntry() {
        return base.pollFirstEntry();
    }

    V putFirst(K k, V v) {
        return base.putLast(k, v);
    }

    V putLast(K k, V v) {
        return base.putFirst(k, v);
    }
}
