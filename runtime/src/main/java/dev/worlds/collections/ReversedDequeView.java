package dev.worlds.collections;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A reverse-ordered view of a deque that writes through (what Java 21's {@code Deque.reversed()}
 * returns): its first element is the base's last, and every operation maps to the base's
 * operation at the other end. It holds nothing but the base deque, so a rollback of the base is a
 * rollback of the view.
 */
final class ReversedDequeView<E> extends AbstractCollection<E> implements Deque<E> {
    private final Deque<E> base;

    ReversedDequeView(Deque<E> base) {
        this.base = base;
    }

    /** Java 21's {@code Deque.reversed()} of this view: the base deque itself. */
    public Deque<E> reversed() {
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
    public boolean contains(Object o) {
        return base.contains(o);
    }

    @Override
    public Iterator<E> iterator() {
        return base.descendingIterator();
    }

    @Override
    public Iterator<E> descendingIterator() {
        return base.iterator();
    }

    @Override
    public Spliterator<E> spliterator() {
        return SequenceSpliterators.of(this, Spliterator.ORDERED);
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (Iterator<E> it = base.descendingIterator(); it.hasNext();) {
            action.accept(it.next());
        }
    }

    @Override
    public Object[] toArray() {
        Object[] a = base.toArray();
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        Object[] elements = toArray();
        int size = elements.length;
        if (a.length < size) {
            return (T[]) java.util.Arrays.copyOf(elements, size, a.getClass());
        }
        System.arraycopy(elements, 0, a, 0, size);
        if (a.length > size) {
            a[size] = null;
        }
        return a;
    }

    @Override
    public boolean add(E e) {
        base.addFirst(e);
        return true;
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        Object[] adds = c.toArray();
        for (Object e : adds) {
            @SuppressWarnings("unchecked")
            E typed = (E) e;
            base.addFirst(typed);
        }
        return adds.length > 0;
    }

    @Override
    public boolean remove(Object o) {
        return base.removeLastOccurrence(o);
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        return base.removeAll(c);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        return base.retainAll(c);
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        return base.removeIf(filter);
    }

    @Override
    public void clear() {
        base.clear();
    }

    @Override
    public void addFirst(E e) {
        base.addLast(e);
    }

    @Override
    public void addLast(E e) {
        base.addFirst(e);
    }

    @Override
    public boolean offerFirst(E e) {
        return base.offerLast(e);
    }

    @Override
    public boolean offerLast(E e) {
        return base.offerFirst(e);
    }

    @Override
    public E removeFirst() {
        return base.removeLast();
    }

    @Override
    public E removeLast() {
        return base.removeFirst();
    }

    @Override
    public E pollFirst() {
        return base.pollLast();
    }

    @Override
    public E pollLast() {
        return base.pollFirst();
    }

    @Override
    public E getFirst() {
        return base.getLast();
    }

    @Override
    public E getLast() {
        return base.getFirst();
    }

    @Override
    public E peekFirst() {
        return base.peekLast();
    }

    @Override
    public E peekLast() {
        return base.peekFirst();
    }

    @Override
    public boolean removeFirstOccurrence(Object o) {
        return base.removeLastOccurrence(o);
    }

    @Override
    public boolean removeLastOccurrence(Object o) {
        return base.removeFirstOccurrence(o);
    }

    @Override
    public boolean offer(E e) {
        return base.offerFirst(e);
    }

    @Override
    public E remove() {
        return base.removeLast();
    }

    @Override
    public E poll() {
        return base.pollLast();
    }

    @Override
    public E element() {
        return base.getLast();
    }

    @Override
    public E peek() {
        return base.peekLast();
    }

    @Override
    public void push(E e) {
        base.addLast(e);
    }

    @Override
    public E pop() {
        return base.removeLast();
    }
}
