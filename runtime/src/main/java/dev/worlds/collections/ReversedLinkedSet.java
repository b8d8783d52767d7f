package dev.worlds.collections;

import java.util.AbstractSet;
import java.util.Iterator;

/**
 * The reverse-ordered view of a {@link TrackedLinkedHashSet} (what {@code LinkedHashSet.reversed()}
 * returns on Java 21): iteration runs from the set's last element to its first; {@code add} adds to
 * the set as {@code add} does (at its end, so first here), removals write through. It holds no state
 * of its own. On Java 17 it is a plain {@code Set}; the sequenced methods are here, mirrored, for a
 * Java 21 bridge.
 */
final class ReversedLinkedSet<E> extends AbstractSet<E> {
    private final TrackedLinkedHashSet<E> base;

    ReversedLinkedSet(TrackedLinkedHashSet<E> base) {
        this.base = base;
    }

    TrackedLinkedHashSet<E> reversed() {
        return base;
    }

    @Override
    public Iterator<E> iterator() {
        return base.core.new NodeIterator<>(HashCore.KEYS, true);
    }

    @Override
    public java.util.Spliterator<E> spliterator() {
        return HashCore.spliterator(this, java.util.Spliterator.DISTINCT | java.util.Spliterator.ORDERED);
    }

    @Override
    public int size() {
        return base.size();
    }

    @Override
    public boolean contains(Object o) {
        return base.contains(o);
    }

    @Override
    public boolean add(E e) {
        return base.add(e);
    }

    @Override
    public boolean remove(Object o) {
        return base.remove(o);
    }

    @Override
    public void clear() {
        base.clear();
    }

    void addFirst(E e) {
        base.addLast(e);
    }

    void addLast(E e) {
        base.addFirst(e);
    }

    E getFirst() {
        return base.getLast();
    }

    E getLast() {
        return base.getFirst();
    }

    E removeFirst() {
        return base.removeLast();
    }

    E removeLast() {
        return base.removeFirst();
    }
}
