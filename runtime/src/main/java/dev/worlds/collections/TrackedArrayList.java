package dev.worlds.collections;

import dev.worlds.Untracked;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A {@link java.util.ArrayList} whose state rolls back with the world it was changed in.
 *
 * <p>The weaver substitutes this class for {@code java.util.ArrayList} in woven code ({@code new
 * ArrayList<>()} becomes {@code new TrackedArrayList<>()}, and woven classes that extend {@code
 * ArrayList} are rebased onto it). It is plain Java that keeps its elements in an array and a size
 * of its own, woven like user code, so every write goes through the world barriers and a rollback
 * restores it exactly. The {@code ArrayList} it extends stays empty and is never used; every method
 * is overridden. It behaves as {@code java.util.ArrayList} is specified to (fail-fast iterators,
 * write-through views, the same exceptions); {@link #getClass()} is the visible difference, and
 * serialization writes a plain {@code java.util.ArrayList} (a woven subclass serializes as itself,
 * its elements after ArrayList's empty state).
 */
public class TrackedArrayList<E> extends ArrayList<E> {
    private static final long serialVersionUID = 1L;

    private static final int DEFAULT_CAPACITY = 10;
    /** The largest array length we ask for unless more is needed (some VMs reserve header words). */
    private static final int SOFT_MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;
    /** Shared by empty lists created with a capacity of 0 (an empty array is never written). */
    private static final Object[] EMPTY = {};
    /** Shared by lists created with {@code ()}: the first add grows them to {@link #DEFAULT_CAPACITY}. */
    private static final Object[] DEFAULT_EMPTY = {};

    /**
     * Elements at 0..size-1; the rest is null. Transient like all own state: this class
     * serializes as a plain ArrayList ({@link #writeReplace}); a subclass through
     * {@link #writeObject}.
     */
    transient Object[] elementData;
    transient int size;
    /**
     * Structural modifications, for fail-fast iterators and views. It hides
     * {@code AbstractList.modCount} on purpose: that field is JDK state that would not roll back,
     * and a woven subclass that bumps {@code modCount} (as {@code ArrayList} subclasses may)
     * resolves to this one.
     */
    protected transient int modCount;

    /** An empty list; its array is allocated on the first add, with room for ten. */
    public TrackedArrayList() {
        super();   // the JDK state stays empty: ArrayList() allocates nothing
        this.elementData = DEFAULT_EMPTY;
    }

    /**
     * An empty list with room for {@code initialCapacity} elements.
     *
     * @throws IllegalArgumentException if the capacity is negative
     */
    public TrackedArrayList(int initialCapacity) {
        super();
        if (initialCapacity > 0) {
            this.elementData = new Object[initialCapacity];
        } else if (initialCapacity == 0) {
            this.elementData = EMPTY;
        } else {
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        }
    }

    /**
     * A list of the elements of {@code c} in its iteration order.
     *
     * @throws NullPointerException if {@code c} is null
     */
    public TrackedArrayList(Collection<? extends E> c) {
        super();
        Object[] a = c.toArray();
        int n = a.length;
        if (n == 0) {
            this.elementData = EMPTY;
        } else {
            // Only our own kind and ArrayList are known to hand out a fresh Object[] we may keep.
            Class<?> type = c.getClass();
            this.elementData = (type == TrackedArrayList.class || type == ArrayList.class)
                    && a.getClass() == Object[].class ? a : Arrays.copyOf(a, n, Object[].class);
        }
        this.size = n;
    }

    // ---------------------------------------------------------------- capacity

    @Override
    public void trimToSize() {
        modCount++;
        if (size < elementData.length) {
            elementData = size == 0 ? EMPTY : Arrays.copyOf(elementData, size);
        }
    }

    @Override
    public void ensureCapacity(int minCapacity) {
        if (minCapacity > elementData.length
                && !(elementData == DEFAULT_EMPTY && minCapacity <= DEFAULT_CAPACITY)) {
            modCount++;
            grow(minCapacity);
        }
    }

    private Object[] grow(int minCapacity) {
        int oldCapacity = elementData.length;
        if (oldCapacity > 0 || elementData != DEFAULT_EMPTY) {
            int newCapacity = newLength(oldCapacity, minCapacity - oldCapacity, oldCapacity >> 1);
            return elementData = Arrays.copyOf(elementData, newCapacity);
        }
        return elementData = new Object[Math.max(DEFAULT_CAPACITY, minCapacity)];
    }

    private Object[] grow() {
        return grow(size + 1);
    }

    /** The growth policy of the JDK's array lists: grow by half, at least by what is needed. */
    static int newLength(int oldLength, int minGrowth, int prefGrowth) {
        int prefLength = oldLength + Math.max(minGrowth, prefGrowth);
        if (0 < prefLength && prefLength <= SOFT_MAX_ARRAY_LENGTH) {
            return prefLength;
        }
        int minLength = oldLength + minGrowth;
        if (minLength < 0) {
            throw new OutOfMemoryError("Required array length " + oldLength + " + " + minGrowth + " is too large");
        }
        return Math.max(minLength, SOFT_MAX_ARRAY_LENGTH);
    }

    // ---------------------------------------------------------------- queries

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public int indexOf(Object o) {
        return indexOfRange(o, 0, size);
    }

    int indexOfRange(Object o, int start, int end) {
        Object[] es = elementData;
        if (o == null) {
            for (int i = start; i < end; i++) {
                if (es[i] == null) {
                    return i;
                }
            }
        } else {
            for (int i = start; i < end; i++) {
                if (o.equals(es[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return lastIndexOfRange(o, 0, size);
    }

    int lastIndexOfRange(Object o, int start, int end) {
        Object[] es = elementData;
        if (o == null) {
            for (int i = end - 1; i >= start; i--) {
                if (es[i] == null) {
                    return i;
                }
            }
        } else {
            for (int i = end - 1; i >= start; i--) {
                if (o.equals(es[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        for (Object e : c) {
            if (!contains(e)) {
                return false;
            }
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) elementData[index];
    }

    @SuppressWarnings("unchecked")
    public E getFirst() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return (E) elementData[0];
    }

    @SuppressWarnings("unchecked")
    public E getLast() {
        int last = size - 1;
        if (last < 0) {
            throw new NoSuchElementException();
        }
        return (E) elementData[last];
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(elementData, size);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        int size = this.size;
        if (a.length < size) {
            return (T[]) Arrays.copyOf(elementData, size, a.getClass());
        }
        System.arraycopy(elementData, 0, a, 0, size);
        if (a.length > size) {
            a[size] = null;
        }
        return a;
    }

    @Override
    public <T> T[] toArray(IntFunction<T[]> generator) {
        return toArray(generator.apply(0));
    }

    // ---------------------------------------------------------------- changes

    @Override
    @SuppressWarnings("unchecked")
    public E set(int index, E element) {
        Objects.checkIndex(index, size);
        Object[] es = elementData;
        E old = (E) es[index];
        es[index] = element;
        return old;
    }

    @Override
    public boolean add(E e) {
        modCount++;
        Object[] es = elementData;
        int s = size;
        if (s == es.length) {
            es = grow();
        }
        es[s] = e;
        size = s + 1;
        return true;
    }

    @Override
    public void add(int index, E element) {
        rangeCheckForAdd(index);
        modCount++;
        int s = size;
        Object[] es = elementData;
        if (s == es.length) {
            es = grow();
        }
        System.arraycopy(es, index, es, index + 1, s - index);
        es[index] = element;
        size = s + 1;
    }

    public void addFirst(E element) {
        add(0, element);
    }

    public void addLast(E element) {
        add(element);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E remove(int index) {
        Objects.checkIndex(index, size);
        Object[] es = elementData;
        E old = (E) es[index];
        fastRemove(es, index);
        return old;
    }

    @SuppressWarnings("unchecked")
    public E removeFirst() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        Object[] es = elementData;
        E old = (E) es[0];
        fastRemove(es, 0);
        return old;
    }

    @SuppressWarnings("unchecked")
    public E removeLast() {
        int last = size - 1;
        if (last < 0) {
            throw new NoSuchElementException();
        }
        Object[] es = elementData;
        E old = (E) es[last];
        fastRemove(es, last);
        return old;
    }

    @Override
    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) {
            return false;
        }
        fastRemove(elementData, i);
        return true;
    }

    /** Removes index {@code i} (checked by the caller) and counts the modification. */
    private void fastRemove(Object[] es, int i) {
        modCount++;
        int newSize = size - 1;
        if (newSize > i) {
            System.arraycopy(es, i + 1, es, i, newSize - i);
        }
        es[newSize] = null;   // let the element be collected
        size = newSize;
    }

    @Override
    public void clear() {
        modCount++;
        Object[] es = elementData;
        int s = size;
        size = 0;
        Arrays.fill(es, 0, s, null);
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        Object[] a = c.toArray();
        modCount++;
        int added = a.length;
        if (added == 0) {
            return false;
        }
        Object[] es = elementData;
        int s = size;
        if (added > es.length - s) {
            es = grow(s + added);
        }
        System.arraycopy(a, 0, es, s, added);
        size = s + added;
        return true;
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        rangeCheckForAdd(index);
        Object[] a = c.toArray();
        modCount++;
        int added = a.length;
        if (added == 0) {
            return false;
        }
        Object[] es = elementData;
        int s = size;
        if (added > es.length - s) {
            es = grow(s + added);
        }
        int moved = s - index;
        if (moved > 0) {
            System.arraycopy(es, index, es, index + added, moved);
        }
        System.arraycopy(a, 0, es, index, added);
        size = s + added;
        return true;
    }

    @Override
    protected void removeRange(int fromIndex, int toIndex) {
        if (fromIndex > toIndex) {
            throw new IndexOutOfBoundsException("From Index: " + fromIndex + " > To Index: " + toIndex);
        }
        modCount++;
        shiftTailOverGap(elementData, fromIndex, toIndex);
    }

    /** Closes the gap lo..hi-1 by moving the tail down, and clears the freed slots. */
    private void shiftTailOverGap(Object[] es, int lo, int hi) {
        System.arraycopy(es, hi, es, lo, size - hi);
        int s = size;
        int newSize = s - (hi - lo);
        Arrays.fill(es, newSize, s, null);
        size = newSize;
    }

    private void rangeCheckForAdd(int index) {
        if (index > size || index < 0) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        return batchRemove(c, false, 0, size);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        return batchRemove(c, true, 0, size);
    }

    /** Removes from..end-1 elements whose membership in {@code c} is not {@code complement}. */
    boolean batchRemove(Collection<?> c, boolean complement, int from, int end) {
        Objects.requireNonNull(c);
        Object[] es = elementData;
        int r;
        // The first element to remove; none: nothing changes (not even modCount).
        for (r = from;; r++) {
            if (r == end) {
                return false;
            }
            if (c.contains(es[r]) != complement) {
                break;
            }
        }
        int w = r++;
        try {
            for (Object e; r < end; r++) {
                if (c.contains(e = es[r]) == complement) {
                    es[w++] = e;
                }
            }
        } catch (Throwable ex) {
            // c.contains threw: keep what was not examined, as the JDK does.
            System.arraycopy(es, r, es, w, end - r);
            w += end - r;
            throw ex;
        } finally {
            modCount += end - w;
            shiftTailOverGap(es, w, end);
        }
        return true;
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        return removeIf(filter, 0, size);
    }

    /**
     * Removes the elements of i..end-1 that match. The predicate sees every element before any
     * is removed, so a predicate that throws leaves the list unchanged.
     */
    @SuppressWarnings("unchecked")
    boolean removeIf(Predicate<? super E> filter, int i, int end) {
        Objects.requireNonNull(filter);
        int expectedModCount = modCount;
        Object[] es = elementData;
        for (; i < end && !filter.test((E) es[i]); i++) {
            // skip the leading survivors
        }
        if (i < end) {
            int beg = i;
            long[] deathRow = new long[((end - beg) >> 6) + 1];
            deathRow[0] = 1L;   // beg itself matched
            for (i = beg + 1; i < end; i++) {
                if (filter.test((E) es[i])) {
                    deathRow[(i - beg) >> 6] |= 1L << (i - beg);
                }
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            modCount++;
            int w = beg;
            for (i = beg; i < end; i++) {
                if ((deathRow[(i - beg) >> 6] & (1L << (i - beg))) == 0) {
                    es[w++] = es[i];
                }
            }
            shiftTailOverGap(es, w, end);
            return true;
        }
        if (modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
        return false;
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        replaceAllRange(operator, 0, size);
        modCount++;   // as ArrayList does
    }

    @SuppressWarnings("unchecked")
    private void replaceAllRange(UnaryOperator<E> operator, int i, int end) {
        Objects.requireNonNull(operator);
        int expectedModCount = modCount;
        Object[] es = elementData;
        for (; modCount == expectedModCount && i < end; i++) {
            es[i] = operator.apply((E) es[i]);
        }
        if (modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public void sort(java.util.Comparator<? super E> c) {
        sortRange(c, 0, size);
    }

    /** Sorts from..to-1 stably; a structural change, as in ArrayList (iterators then fail). */
    @SuppressWarnings("unchecked")
    void sortRange(java.util.Comparator<? super E> c, int from, int to) {
        int expectedModCount = modCount;
        Arrays.sort((E[]) elementData, from, to, c);
        if (modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
        modCount++;
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
        int expectedModCount = modCount;
        boolean equal = equalsRange((List<?>) o, 0, size);
        checkForComodification(expectedModCount);
        return equal;
    }

    boolean equalsRange(List<?> other, int from, int to) {
        Object[] es = elementData;
        if (to > es.length) {
            throw new ConcurrentModificationException();
        }
        Iterator<?> oit = other.iterator();
        for (; from < to; from++) {
            if (!oit.hasNext() || !Objects.equals(es[from], oit.next())) {
                return false;
            }
        }
        return !oit.hasNext();
    }

    @Override
    public int hashCode() {
        int expectedModCount = modCount;
        int hash = hashCodeRange(0, size);
        checkForComodification(expectedModCount);
        return hash;
    }

    int hashCodeRange(int from, int to) {
        Object[] es = elementData;
        if (to > es.length) {
            throw new ConcurrentModificationException();
        }
        int hashCode = 1;
        for (int i = from; i < to; i++) {
            Object e = es[i];
            hashCode = 31 * hashCode + (e == null ? 0 : e.hashCode());
        }
        return hashCode;
    }

    @Override
    public String toString() {
        int s = size;
        if (s == 0) {
            return "[]";
        }
        Object[] es = elementData;
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < s; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object e = es[i];
            sb.append(e == this ? "(this Collection)" : String.valueOf(e));
        }
        return sb.append(']').toString();
    }

    /**
     * A shallow copy: a new list (of this object's class) with a copy of the element array. The
     * JDK's {@code ArrayList.clone} also copies its own (empty) array into the copy: one
     * zero-length allocation, left as is.
     */
    @Override
    public Object clone() {
        @SuppressWarnings("unchecked")
        TrackedArrayList<E> copy = (TrackedArrayList<E>) super.clone();
        copy.elementData = Arrays.copyOf(elementData, size);
        copy.modCount = 0;
        return copy;
    }

    private void checkForComodification(int expectedModCount) {
        if (modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }

    /** Serialization writes a plain {@code java.util.ArrayList} with the same elements. */
    private Object writeReplace() {
        return new ArrayList<>(this);
    }

    /**
     * Writes a subclass's elements (this class itself is replaced by {@link #writeReplace}, which
     * a subclass does not inherit): ArrayList's own slot, written before, holds its empty state.
     */
    private void writeObject(ObjectOutputStream s) throws IOException {
        int expectedModCount = modCount;
        s.defaultWriteObject();
        s.writeInt(size);
        Object[] es = elementData;
        for (int i = 0; i < size; i++) {
            s.writeObject(es[i]);
        }
        checkForComodification(expectedModCount);
    }

    private void readObject(ObjectInputStream s) throws IOException, ClassNotFoundException {
        s.defaultReadObject();
        int n = s.readInt();
        if (n < 0) {
            throw new InvalidObjectException("Invalid size: " + n);
        }
        // Grown as elements arrive, so a forged size cannot allocate a huge array up front.
        Object[] es = n == 0 ? EMPTY : new Object[Math.min(n, 1024)];
        for (int i = 0; i < n; i++) {
            if (i == es.length) {
                es = Arrays.copyOf(es, (int) Math.min((long) es.length * 2, n));
            }
            es[i] = s.readObject();
        }
        elementData = es;
        size = n;
    }

    // ---------------------------------------------------------------- iteration

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int expectedModCount = modCount;
        Object[] es = elementData;
        int size = this.size;
        for (int i = 0; modCount == expectedModCount && i < size; i++) {
            action.accept((E) es[i]);
        }
        if (modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public Iterator<E> iterator() {
        return new Itr();
    }

    @Override
    public ListIterator<E> listIterator() {
        return new ListItr(0);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        rangeCheckForAdd(index);
        return new ListItr(index);
    }

    @Override
    public Spliterator<E> spliterator() {
        return new ArraySpliterator<>(this, null, 0, -1, 0);
    }

    @Override
    public Stream<E> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    @Override
    public Stream<E> parallelStream() {
        return StreamSupport.stream(spliterator(), true);
    }

    /** The elements in reverse order, a view that writes through (Java 21's {@code List.reversed()}). */
    public List<E> reversed() {
        return ReversedListView.of(this);
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        subListRangeCheck(fromIndex, toIndex, size);
        return new SubList<>(this, fromIndex, toIndex);
    }

    static void subListRangeCheck(int fromIndex, int toIndex, int size) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex = " + fromIndex);
        }
        if (toIndex > size) {
            throw new IndexOutOfBoundsException("toIndex = " + toIndex);
        }
        if (fromIndex > toIndex) {
            throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        }
    }

    /** The list's iterator: a cursor into the element array, failing fast on foreign changes. */
    private class Itr implements Iterator<E> {
        @Untracked int cursor;
        @Untracked int lastRet = -1;
        @Untracked int expectedModCount = modCount;

        Itr() {
        }

        @Override
        public boolean hasNext() {
            return cursor != size;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            checkForComodification();
            int i = cursor;
            if (i >= size) {
                throw new NoSuchElementException();
            }
            Object[] es = elementData;
            if (i >= es.length) {
                throw new ConcurrentModificationException();
            }
            cursor = i + 1;
            return (E) es[lastRet = i];
        }

        @Override
        public void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            checkForComodification();
            try {
                TrackedArrayList.this.remove(lastRet);
                cursor = lastRet;
                lastRet = -1;
                expectedModCount = modCount;
            } catch (IndexOutOfBoundsException ex) {
                throw new ConcurrentModificationException();
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            int size = TrackedArrayList.this.size;
            int i = cursor;
            if (i < size) {
                Object[] es = elementData;
                if (i >= es.length) {
                    throw new ConcurrentModificationException();
                }
                for (; i < size && modCount == expectedModCount; i++) {
                    action.accept((E) es[i]);
                }
                cursor = i;
                lastRet = i - 1;
                checkForComodification();
            }
        }

        final void checkForComodification() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    private final class ListItr extends Itr implements ListIterator<E> {
        ListItr(int index) {
            cursor = index;
        }

        @Override
        public boolean hasPrevious() {
            return cursor != 0;
        }

        @Override
        public int nextIndex() {
            return cursor;
        }

        @Override
        public int previousIndex() {
            return cursor - 1;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E previous() {
            checkForComodification();
            int i = cursor - 1;
            if (i < 0) {
                throw new NoSuchElementException();
            }
            Object[] es = elementData;
            if (i >= es.length) {
                throw new ConcurrentModificationException();
            }
            cursor = i;
            return (E) es[lastRet = i];
        }

        @Override
        public void set(E e) {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            checkForComodification();
            try {
                TrackedArrayList.this.set(lastRet, e);
            } catch (IndexOutOfBoundsException ex) {
                throw new ConcurrentModificationException();
            }
        }

        @Override
        public void add(E e) {
            checkForComodification();
            try {
                int i = cursor;
                TrackedArrayList.this.add(i, e);
                cursor = i + 1;
                lastRet = -1;
                expectedModCount = modCount;
            } catch (IndexOutOfBoundsException ex) {
                throw new ConcurrentModificationException();
            }
        }
    }

    /**
     * A range of the root list, as {@code ArrayList.subList} gives: it reads and writes the root's
     * array at {@code offset}, and fails fast when the root changed other than through it (or
     * through its parents, whose sizes it updates).
     *
     * <p>{@code AbstractList}'s own {@code modCount} is never used: every method that reads it is
     * overridden, and this class keeps its own.
     */
    private static final class SubList<E> extends AbstractList<E> implements RandomAccess {
        private final TrackedArrayList<E> root;
        private final SubList<E> parent;
        private final int offset;
        private int size;
        private int modCount;

        SubList(TrackedArrayList<E> root, int fromIndex, int toIndex) {
            this.root = root;
            this.parent = null;
            this.offset = fromIndex;
            this.size = toIndex - fromIndex;
            this.modCount = root.modCount;
        }

        private SubList(SubList<E> parent, int fromIndex, int toIndex) {
            this.root = parent.root;
            this.parent = parent;
            this.offset = parent.offset + fromIndex;
            this.size = toIndex - fromIndex;
            this.modCount = parent.modCount;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E set(int index, E element) {
            Objects.checkIndex(index, size);
            checkForComodification();
            Object[] es = root.elementData;
            E old = (E) es[offset + index];
            es[offset + index] = element;
            return old;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E get(int index) {
            Objects.checkIndex(index, size);
            checkForComodification();
            return (E) root.elementData[offset + index];
        }

        @Override
        public int size() {
            checkForComodification();
            return size;
        }

        @Override
        public boolean isEmpty() {
            return size() == 0;
        }

        @Override
        public boolean add(E e) {
            add(size, e);
            return true;
        }

        @Override
        public void add(int index, E element) {
            rangeCheckForAdd(index);
            checkForComodification();
            root.add(offset + index, element);
            updateSizeAndModCount(1);
        }

        @Override
        public E remove(int index) {
            Objects.checkIndex(index, size);
            checkForComodification();
            E result = root.remove(offset + index);
            updateSizeAndModCount(-1);
            return result;
        }

        @Override
        public boolean remove(Object o) {
            int index = indexOf(o);
            if (index < 0) {
                return false;
            }
            remove(index);
            return true;
        }

        @Override
        public void clear() {
            removeRange(0, size());
        }

        @Override
        protected void removeRange(int fromIndex, int toIndex) {
            checkForComodification();
            root.removeRange(offset + fromIndex, offset + toIndex);
            updateSizeAndModCount(fromIndex - toIndex);
        }

        @Override
        public boolean addAll(Collection<? extends E> c) {
            return addAll(size, c);
        }

        @Override
        public boolean addAll(int index, Collection<? extends E> c) {
            rangeCheckForAdd(index);
            int added = c.size();
            if (added == 0) {
                return false;
            }
            checkForComodification();
            int before = root.size;
            root.addAll(offset + index, c);
            updateSizeAndModCount(root.size - before);
            return true;
        }

        @Override
        public void replaceAll(UnaryOperator<E> operator) {
            checkForComodification();
            root.replaceAllRange(operator, offset, offset + size);
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            return batchRemove(c, false);
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            return batchRemove(c, true);
        }

        private boolean batchRemove(Collection<?> c, boolean complement) {
            checkForComodification();
            int oldSize = root.size;
            boolean modified = root.batchRemove(c, complement, offset, offset + size);
            if (modified) {
                updateSizeAndModCount(root.size - oldSize);
            }
            return modified;
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            checkForComodification();
            int oldSize = root.size;
            boolean modified = root.removeIf(filter, offset, offset + size);
            if (modified) {
                updateSizeAndModCount(root.size - oldSize);
            }
            return modified;
        }

        @Override
        public void sort(java.util.Comparator<? super E> c) {
            checkForComodification();
            root.sortRange(c, offset, offset + size);
            updateSizeAndModCount(0);   // the root counted a modification; this range stays valid
        }

        @Override
        public Object[] toArray() {
            checkForComodification();
            return Arrays.copyOfRange(root.elementData, offset, offset + size);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            checkForComodification();
            if (a.length < size) {
                return (T[]) Arrays.copyOfRange(root.elementData, offset, offset + size, a.getClass());
            }
            System.arraycopy(root.elementData, offset, a, 0, size);
            if (a.length > size) {
                a[size] = null;
            }
            return a;
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof List)) {
                return false;
            }
            boolean equal = root.equalsRange((List<?>) o, offset, offset + size);
            checkForComodification();
            return equal;
        }

        @Override
        public int hashCode() {
            int hash = root.hashCodeRange(offset, offset + size);
            checkForComodification();
            return hash;
        }

        @Override
        public int indexOf(Object o) {
            int index = root.indexOfRange(o, offset, offset + size);
            checkForComodification();
            return index >= 0 ? index - offset : -1;
        }

        @Override
        public int lastIndexOf(Object o) {
            int index = root.lastIndexOfRange(o, offset, offset + size);
            checkForComodification();
            return index >= 0 ? index - offset : -1;
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void forEach(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            checkForComodification();
            Object[] es = root.elementData;
            int end = offset + size;
            for (int i = offset; i < end && root.modCount == modCount; i++) {
                action.accept((E) es[i]);
            }
            checkForComodification();
        }

        @Override
        public Iterator<E> iterator() {
            return listIterator();
        }

        @Override
        public ListIterator<E> listIterator() {
            return listIterator(0);
        }

        @Override
        public ListIterator<E> listIterator(int index) {
            checkForComodification();
            rangeCheckForAdd(index);
            return new SubListItr(index);
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            subListRangeCheck(fromIndex, toIndex, size);
            return new SubList<>(this, fromIndex, toIndex);
        }

        /** Java 21's {@code List.reversed()}: a reverse-ordered view of this range. */
        public List<E> reversed() {
            return ReversedListView.of(this);
        }

        @Override
        public Spliterator<E> spliterator() {
            checkForComodification();
            return new ArraySpliterator<>(root, this, offset, -1, 0);
        }

        @Override
        public Stream<E> stream() {
            return StreamSupport.stream(spliterator(), false);
        }

        @Override
        public Stream<E> parallelStream() {
            return StreamSupport.stream(spliterator(), true);
        }

        private void rangeCheckForAdd(int index) {
            if (index < 0 || index > size) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
            }
        }

        private void checkForComodification() {
            if (root.modCount != modCount) {
                throw new ConcurrentModificationException();
            }
        }

        private void updateSizeAndModCount(int sizeChange) {
            SubList<E> slist = this;
            do {
                slist.size += sizeChange;
                slist.modCount = root.modCount;
                slist = slist.parent;
            } while (slist != null);
        }

        private final class SubListItr implements ListIterator<E> {
            @Untracked int cursor;
            @Untracked int lastRet = -1;
            @Untracked int expectedModCount = root.modCount;

            SubListItr(int index) {
                cursor = index;
            }

            @Override
            public boolean hasNext() {
                return cursor != SubList.this.size;
            }

            @Override
            @SuppressWarnings("unchecked")
            public E next() {
                checkForComodification();
                int i = cursor;
                if (i >= SubList.this.size) {
                    throw new NoSuchElementException();
                }
                Object[] es = root.elementData;
                if (offset + i >= es.length) {
                    throw new ConcurrentModificationException();
                }
                cursor = i + 1;
                return (E) es[offset + (lastRet = i)];
            }

            @Override
            public boolean hasPrevious() {
                return cursor != 0;
            }

            @Override
            @SuppressWarnings("unchecked")
            public E previous() {
                checkForComodification();
                int i = cursor - 1;
                if (i < 0) {
                    throw new NoSuchElementException();
                }
                Object[] es = root.elementData;
                if (offset + i >= es.length) {
                    throw new ConcurrentModificationException();
                }
                cursor = i;
                return (E) es[offset + (lastRet = i)];
            }

            @Override
            @SuppressWarnings("unchecked")
            public void forEachRemaining(Consumer<? super E> action) {
                Objects.requireNonNull(action);
                int size = SubList.this.size;
                int i = cursor;
                if (i < size) {
                    Object[] es = root.elementData;
                    if (offset + i >= es.length) {
                        throw new ConcurrentModificationException();
                    }
                    for (; i < size && root.modCount == expectedModCount; i++) {
                        action.accept((E) es[offset + i]);
                    }
                    cursor = i;
                    lastRet = i - 1;
                    checkForComodification();
                }
            }

            @Override
            public int nextIndex() {
                return cursor;
            }

            @Override
            public int previousIndex() {
                return cursor - 1;
            }

            @Override
            public void remove() {
                if (lastRet < 0) {
                    throw new IllegalStateException();
                }
                checkForComodification();
                try {
                    SubList.this.remove(lastRet);
                    cursor = lastRet;
                    lastRet = -1;
                    expectedModCount = root.modCount;
                } catch (IndexOutOfBoundsException ex) {
                    throw new ConcurrentModificationException();
                }
            }

            @Override
            public void set(E e) {
                if (lastRet < 0) {
                    throw new IllegalStateException();
                }
                checkForComodification();
                try {
                    root.set(offset + lastRet, e);
                } catch (IndexOutOfBoundsException ex) {
                    throw new ConcurrentModificationException();
                }
            }

            @Override
            public void add(E e) {
                checkForComodification();
                try {
                    int i = cursor;
                    SubList.this.add(i, e);
                    cursor = i + 1;
                    lastRet = -1;
                    expectedModCount = root.modCount;
                } catch (IndexOutOfBoundsException ex) {
                    throw new ConcurrentModificationException();
                }
            }

            final void checkForComodification() {
                if (root.modCount != expectedModCount) {
                    throw new ConcurrentModificationException();
                }
            }
        }
    }

    /**
     * A late-binding, fail-fast spliterator over {@code root}'s array from {@code index} up to
     * {@code fence}: -1 until first used, then the end of the list or of the sublist {@code sub}
     * (null for the whole list) at that moment, as {@code ArrayList}'s spliterators bind.
     */
    static final class ArraySpliterator<E> implements Spliterator<E> {
        private final TrackedArrayList<E> root;
        private final SubList<E> sub;
        @Untracked private int index;
        @Untracked private int fence;
        @Untracked private int expectedModCount;

        ArraySpliterator(TrackedArrayList<E> root, SubList<E> sub, int origin, int fence, int expectedModCount) {
            this.root = root;
            this.sub = sub;
            this.index = origin;
            this.fence = fence;
            this.expectedModCount = expectedModCount;
        }

        private int getFence() {
            int hi = fence;
            if (hi < 0) {
                if (sub == null) {
                    expectedModCount = root.modCount;
                    hi = fence = root.size;
                } else {
                    expectedModCount = sub.modCount;
                    hi = fence = sub.offset + sub.size;
                }
            }
            return hi;
        }

        @Override
        public ArraySpliterator<E> trySplit() {
            if (!SequenceSpliterators.maySplit()) {
                return null;   // this spliterator belongs to the caller's world: no worker may advance it
            }
            int hi = getFence();
            int lo = index;
            int mid = (lo + hi) >>> 1;
            return lo >= mid ? null : new ArraySpliterator<>(root, null, lo, index = mid, expectedModCount);
        }

        @Override
        @SuppressWarnings("unchecked")
        public boolean tryAdvance(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            int hi = getFence();
            int i = index;
            if (i < hi) {
                index = i + 1;
                E e = (E) root.elementData[i];
                action.accept(e);
                if (root.modCount != expectedModCount) {
                    throw new ConcurrentModificationException();
                }
                return true;
            }
            return false;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            Object[] es = root.elementData;
            int hi = getFence();
            int mc = expectedModCount;
            int i = index;
            if (i >= 0 && hi <= es.length) {
                index = hi;
                for (; i < hi; i++) {
                    action.accept((E) es[i]);
                }
                if (root.modCount == mc) {
                    return;
                }
            }
            throw new ConcurrentModificationException();
        }

        @Override
        public long estimateSize() {
            return getFence() - index;
        }

        @Override
        public int characteristics() {
            return Spliterator.ORDERED | Spliterator.SIZED | Spliterator.SUBSIZED;
        }
    }
}
