package dev.worlds.collections;

import java.util.AbstractSet;
import java.util.Iterator;

/**
 * The reverse-ordered view of a {@link TrackedLinkedHashSet} (what {@code LinkedHashSet.reversed()}
 * returns on Java 21): iteration runs from the set's last element to its first; {@code add} adds to
 * the set as {@code add} does (at its end, so first here), removals write through. It holds no state
 * of its own. On Java 17 it is a plain {@code Set}; on Java 21 a {@code SequencedSet}, whose methods
 * are here, mirrored onto the set.
 */
@Java21Interfaces("java.util.SequencedSet")
final class ReversedLinkedSet<E> extends AbstractSet<E> {
    private final TrackedLinkedHashSet<E> base;

    ReversedLinkedSet(TrackedLinkedHashSet<E> base) {
        this.base = base;
    }

    @Java21Bridge(name = "reversed", returns = "java.util.SequencedSet")
    TrackedLinkedHashSet<E> reversedView() {
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

    public void addFirst(E e) {
        base.addLast(e);
    }

    public void addLast(E e) {
        base.addFirst(e);
    }

    public E getFirst() {
        return base.getLast();
    }

    public E getLast() {
        return base.getFirst();
    }

    public E removeFirst() {
        return base.removeLast();
    }

    public E removeLast() {
        return base.removeFirst();
    }
}
