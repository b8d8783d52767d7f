package dev.worlds.collections;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The reverse-ordered view of a {@link TrackedLinkedList} ({@code reversed()}), which Java 21
 * types as a {@code LinkedList}. It is a subclass whose own list state (first, last, size) stays
 * empty and unused: every public and protected method is overridden to act on the base list at
 * the other end (view index {@code i} is base index {@code size - 1 - i}), so it writes through,
 * fails fast exactly when the base's iterators do, and rolls back with the base (it holds
 * nothing else). Serialization writes a plain {@code java.util.LinkedList} of the view's
 * elements, and {@code clone()} a {@link TrackedLinkedList} of them (a copy, not a view).
 */
final class ReversedLinkedList<E> extends TrackedLinkedList<E> {
    private static final long serialVersionUID = 1L;

    private final TrackedLinkedList<E> base;

    ReversedLinkedList(TrackedLinkedList<E> base) {
        this.base = base;
    }

    private int baseIndex(int index) {
        int size = base.size();
        Objects.checkIndex(index, size);
        return size - 1 - index;
    }

    private int basePosition(int index) {
        int size = base.size();
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
        return size - index;
    }

    @Override
    public LinkedList<E> reversed() {
        return base;
    }

    // ---------------------------------------------------------------- Deque, ends swapped

    @Override
    public E getFirst() {
        return base.getLast();
    }

    @Override
    public E getLast() {
        return base.getFirst();
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
    public void addFirst(E e) {
        base.addLast(e);
    }

    @Override
    public void addLast(E e) {
        base.addFirst(e);
    }

    @Override
    public E peek() {
        return base.peekLast();
    }

    @Override
    public E element() {
        return base.getLast();
    }

    @Override
    public E poll() {
        return base.pollLast();
    }

    @Override
    public E remove() {
        return base.removeLast();
    }

    @Override
    public boolean offer(E e) {
        base.addFirst(e);
        return true;
    }

    @Override
    public boolean offerFirst(E e) {
        base.addLast(e);
        return true;
    }

    @Override
    public boolean offerLast(E e) {
        base.addFirst(e);
        return true;
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
    public E pollFirst() {
        return base.pollLast();
    }

    @Override
    public E pollLast() {
        return base.pollFirst();
    }

    @Override
    public void push(E e) {
        base.addLast(e);
    }

    @Override
    public E pop() {
        return base.removeLast();
    }

    @Override
    public boolean removeFirstOccurrence(Object o) {
        return base.removeLastOccurrence(o);
    }

    @Override
    public boolean removeLastOccurrence(Object o) {
        return base.removeFirstOccurrence(o);
    }

    // ---------------------------------------------------------------- List, indexes mirrored

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
    public boolean containsAll(Collection<?> c) {
        return base.containsAll(c);
    }

    @Override
    public boolean add(E e) {
        base.addFirst(e);
        return true;
    }

    @Override
    public boolean remove(Object o) {
        return base.removeLastOccurrence(o);
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        return addAll(base.size(), c);
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        int position = basePosition(index);
        Object[] adds = c.toArray();
        if (adds.length == 0) {
            return false;
        }
        TrackedArrayList<E> reversedAdds = new TrackedArrayList<>(adds.length);
        for (int i = adds.length - 1; i >= 0; i--) {
            @SuppressWarnings("unchecked")
            E e = (E) adds[i];
            reversedAdds.add(e);
        }
        return base.addAll(position, reversedAdds);
    }

    @Override
    public void clear() {
        base.clear();
    }

    @Override
    public E get(int index) {
        return base.get(baseIndex(index));
    }

    @Override
    public E set(int index, E element) {
        return base.set(baseIndex(index), element);
    }

    @Override
    public void add(int index, E element) {
        base.add(basePosition(index), element);
    }

    @Override
    public E remove(int index) {
        return base.remove(baseIndex(index));
    }

    @Override
    protected void removeRange(int fromIndex, int toIndex) {
        if (fromIndex >= toIndex) {
            return;
        }
        int size = base.size();
        base.removeRange(size - toIndex, size - fromIndex);
    }

    @Override
    public int indexOf(Object o) {
        int i = base.lastIndexOf(o);
        return i < 0 ? -1 : base.size() - 1 - i;
    }

    @Override
    public int lastIndexOf(Object o) {
        int i = base.indexOf(o);
        return i < 0 ? -1 : base.size() - 1 - i;
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        return base.removeIf(filter);
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
    public void replaceAll(UnaryOperator<E> operator) {
        base.replaceAll(operator);
    }

    /** Sorts stably in the view's order: a sorted copy written back through the view's iterator. */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void sort(Comparator<? super E> c) {
        Object[] a = toArray();
        Arrays.sort(a, (Comparator) c);
        ListIterator<E> it = listIterator();
        for (Object e : a) {
            it.next();
            it.set((E) e);
        }
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
            return (T[]) Arrays.copyOf(elements, size, a.getClass());
        }
        System.arraycopy(elements, 0, a, 0, size);
        if (a.length > size) {
            a[size] = null;
        }
        return a;
    }

    @Override
    public <T> T[] toArray(IntFunction<T[]> generator) {
        return toArray(generator.apply(0));
    }

    // ---------------------------------------------------------------- Object

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof List)) {
            return false;
        }
        Iterator<?> other = ((List<?>) o).iterator();
        for (Iterator<E> it = base.descendingIterator(); it.hasNext();) {
            if (!other.hasNext() || !Objects.equals(it.next(), other.next())) {
                return false;
            }
        }
        return !other.hasNext();
    }

    @Override
    public int hashCode() {
        int hashCode = 1;
        for (Iterator<E> it = base.descendingIterator(); it.hasNext();) {
            E e = it.next();
            hashCode = 31 * hashCode + (e == null ? 0 : e.hashCode());
        }
        return hashCode;
    }

    @Override
    public String toString() {
        Iterator<E> it = base.descendingIterator();
        if (!it.hasNext()) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        while (true) {
            Object e = it.next();
            sb.append(e == this ? "(this Collection)" : String.valueOf(e));
            if (!it.hasNext()) {
                return sb.append(']').toString();
            }
            sb.append(", ");
        }
    }

    /** A {@link TrackedLinkedList} holding the view's elements in the view's order. */
    @Override
    public Object clone() {
        return new TrackedLinkedList<>(this);
    }

    /** Serialization writes a plain {@code java.util.LinkedList} of the view's elements. */
    private Object writeReplace() {
        return new LinkedList<>(this);
    }

    // ---------------------------------------------------------------- iteration and views

    @Override
    public Iterator<E> iterator() {
        return base.descendingIterator();
    }

    @Override
    public ListIterator<E> listIterator() {
        return new ReversedListView.Itr<>(base, 0);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        basePosition(index);
        return new ReversedListView.Itr<>(base, index);
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
    public Stream<E> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    @Override
    public Stream<E> parallelStream() {
        return StreamSupport.stream(spliterator(), true);
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        // the same range checks and view as the reversed view of any list (JDK 21's are these)
        return new ReversedListView<>(base).subList(fromIndex, toIndex);
    }

}
