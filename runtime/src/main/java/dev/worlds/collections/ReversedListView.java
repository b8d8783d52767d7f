package dev.worlds.collections;

import dev.worlds.Untracked;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A reverse-ordered view of a list that writes through (what Java 21's {@code List.reversed()}
 * returns). View index {@code i} is base index {@code size - 1 - i}. It holds no state of its own
 * but the base list, so a rollback of the base is a rollback of the view; iterators delegate to
 * the base list's list iterator, so they fail fast exactly when the base's do.
 *
 * <p>{@code AbstractList}'s own {@code modCount} is never used: every method that would read it
 * ({@code iterator}, {@code listIterator}, {@code subList}, {@code clear}) is overridden.
 */
class ReversedListView<E> extends AbstractList<E> {
    final List<E> base;

    ReversedListView(List<E> base) {
        this.base = base;
    }

    /** A view that is {@link RandomAccess} exactly when its base is. */
    static <E> List<E> of(List<E> base) {
        return base instanceof RandomAccess ? new RandomAccessView<>(base) : new ReversedListView<>(base);
    }

    static final class RandomAccessView<E> extends ReversedListView<E> implements RandomAccess {
        RandomAccessView(List<E> base) {
            super(base);
        }
    }

    /** Java 21's {@code List.reversed()} of this view: the base list itself. */
    public List<E> reversed() {
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
    public boolean containsAll(Collection<?> c) {
        return base.containsAll(c);
    }

    @Override
    public E get(int index) {
        int size = base.size();
        Objects.checkIndex(index, size);
        return base.get(size - 1 - index);
    }

    @Override
    public E set(int index, E element) {
        int size = base.size();
        Objects.checkIndex(index, size);
        return base.set(size - 1 - index, element);
    }

    @Override
    public boolean add(E e) {
        base.add(0, e);
        return true;
    }

    @Override
    public void add(int index, E element) {
        int size = base.size();
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
        base.add(size - index, element);
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        return addAll(size(), c);
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        int size = base.size();
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
        Object[] adds = c.toArray();
        if (adds.length == 0) {
            return false;
        }
        // Inserted in reverse so that the view shows them in the collection's order.
        List<Object> reversedAdds = new TrackedArrayList<>(adds.length);
        for (int i = adds.length - 1; i >= 0; i--) {
            reversedAdds.add(adds[i]);
        }
        @SuppressWarnings("unchecked")
        Collection<? extends E> typed = (Collection<? extends E>) reversedAdds;
        return base.addAll(size - index, typed);
    }

    @Override
    public E remove(int index) {
        int size = base.size();
        Objects.checkIndex(index, size);
        return base.remove(size - 1 - index);
    }

    @Override
    public boolean remove(Object o) {
        // The first occurrence in view order is the last one in the base.
        int i = base.lastIndexOf(o);
        if (i < 0) {
            return false;
        }
        base.remove(i);
        return true;
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
    public boolean removeIf(java.util.function.Predicate<? super E> filter) {
        return base.removeIf(filter);
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        base.replaceAll(operator);
    }

    @Override
    public void clear() {
        base.clear();
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
    public Iterator<E> iterator() {
        return new Itr<>(base, 0);
    }

    @Override
    public ListIterator<E> listIterator() {
        return new Itr<>(base, 0);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        int size = base.size();
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
        return new Itr<>(base, index);
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        int size = base.size();
        if (fromIndex < 0 || toIndex > size || fromIndex > toIndex) {
            throw new IndexOutOfBoundsException("fromIndex: " + fromIndex + ", toIndex: " + toIndex + ", size: " + size);
        }
        return of(base.subList(size - toIndex, size - fromIndex));
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (Iterator<E> it = iterator(); it.hasNext();) {
            action.accept(it.next());
        }
    }

    @Override
    public Spliterator<E> spliterator() {
        return SequenceSpliterators.of(this, Spliterator.ORDERED);
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

    /**
     * A list iterator over the view, a base list iterator moving the other way. The view's
     * cursor is {@code size - base cursor}. After {@code add} the base iterator steps back over
     * the new element (so it stays before the view's cursor), which would leave the base
     * iterator willing to remove or set it: {@code canChange} says what the view allows.
     */
    static final class Itr<E> implements ListIterator<E> {
        private final List<E> base;
        private final ListIterator<E> it;
        @Untracked private boolean canChange;

        Itr(List<E> base, int index) {
            this.base = base;
            this.it = base.listIterator(base.size() - index);
        }

        @Override
        public boolean hasNext() {
            return it.hasPrevious();
        }

        @Override
        public E next() {
            E e = it.previous();
            canChange = true;
            return e;
        }

        @Override
        public boolean hasPrevious() {
            return it.hasNext();
        }

        @Override
        public E previous() {
            E e = it.next();
            canChange = true;
            return e;
        }

        @Override
        public int nextIndex() {
            return base.size() - it.nextIndex();
        }

        @Override
        public int previousIndex() {
            return nextIndex() - 1;
        }

        @Override
        public void remove() {
            if (!canChange) {
                throw new IllegalStateException();
            }
            it.remove();
            canChange = false;
        }

        @Override
        public void set(E e) {
            if (!canChange) {
                throw new IllegalStateException();
            }
            it.set(e);
        }

        @Override
        public void add(E e) {
            it.add(e);
            it.previous();
            canChange = false;
        }

        @Override
        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            while (hasNext()) {
                action.accept(next());
            }
        }
    }
}
