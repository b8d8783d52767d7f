package dev.worlds.collections;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of a {@link HashCore} bin: the chained node of {@code java.util.HashMap}. Key and hash
 * never change; the value (written by {@code put} and {@link #setValue}) and the chain link (written
 * by inserts, removals and resizes) are tracked fields, so a rollback restores them.
 */
class HashNode<K, V> implements Map.Entry<K, V> {
    final int hash;
    final K key;
    V value;
    HashNode<K, V> next;

    HashNode(int hash, K key, V value, HashNode<K, V> next) {
        this.hash = hash;
        this.key = key;
        this.value = value;
        this.next = next;
    }

    @Override
    public final K getKey() {
        return key;
    }

    @Override
    public final V getValue() {
        return value;
    }

    @Override
    public final V setValue(V newValue) {
        V oldValue = value;
        value = newValue;
        return oldValue;
    }

    @Override
    public final boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        return o instanceof Map.Entry<?, ?> e
                && Objects.equals(key, e.getKey())
                && Objects.equals(value, e.getValue());
    }

    @Override
    public final int hashCode() {
        return Objects.hashCode(key) ^ Objects.hashCode(value);
    }

    @Override
    public final String toString() {
        return key + "=" + value;
    }
}

/**
 * A node of a linked {@link HashCore} (the tables behind {@code TrackedLinkedHashMap} and
 * {@code TrackedLinkedHashSet}): also on a doubly linked list in insertion or access order.
 */
final class LinkedNode<K, V> extends HashNode<K, V> {
    LinkedNode<K, V> before;
    LinkedNode<K, V> after;

    LinkedNode(int hash, K key, V value, HashNode<K, V> next) {
        super(hash, key, value, next);
    }
}
