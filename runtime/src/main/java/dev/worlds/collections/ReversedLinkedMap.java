package dev.worlds.collections;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The reverse-ordered view of a {@link TrackedLinkedHashMap} (what {@code LinkedHashMap.reversed()}
 * returns on Java 21): reads and writes go to the map; iteration runs from its last entry to its
 * first. It holds no state of its own. On Java 17 it is a plain {@code Map}; on Java 21 a
 * {@code SequencedMap}, whose methods are here, mirrored onto the map.
 */
@Java21Interfaces("java.util.SequencedMap")
final class ReversedLinkedMap<K, V> extends AbstractMap<K, V> {
    private final TrackedLinkedHashMap<K, V> base;

    ReversedLinkedMap(TrackedLinkedHashMap<K, V> base) {
        this.base = base;
    }

    @Java21Bridge(name = "reversed", returns = "java.util.SequencedMap")
    TrackedLinkedHashMap<K, V> reversedView() {
        return base;
    }

    @Java21Bridge(name = "sequencedKeySet", returns = "java.util.SequencedSet")
    SequencedKeyView<K, V> sequencedKeySetView() {
        return base.reversedKeySetView();
    }

    @Java21Bridge(name = "sequencedValues", returns = "java.util.SequencedCollection")
    SequencedValueView<K, V> sequencedValuesView() {
        return base.reversedValuesView();
    }

    @Java21Bridge(name = "sequencedEntrySet", returns = "java.util.SequencedSet")
    SequencedEntryView<K, V> sequencedEntrySetView() {
        return base.reversedEntrySetView();
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

    public Map.Entry<K, V> firstEntry() {
        return base.lastEntry();
    }

    public Map.Entry<K, V> lastEntry() {
        return base.firstEntry();
    }

    public Map.Entry<K, V> pollFirstEntry() {
        return base.pollLastEntry();
    }

    public Map.Entry<K, V> pollLastEntry() {
        return base.pollFirstEntry();
    }

    public V putFirst(K k, V v) {
        return base.putLast(k, v);
    }

    public V putLast(K k, V v) {
        return base.putFirst(k, v);
    }
}
