package dev.worlds.collections;

import dev.worlds.Untracked;
import dev.worlds.Worlds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A {@link PriorityQueue} whose state rolls back with Worlds: a binary heap in an array of its
 * own, the same algorithms as {@code java.util.PriorityQueue} (so the same iteration order for
 * the same operations). The weaver substitutes it for {@code new PriorityQueue<>(...)} in woven
 * code and rebases woven classes that extend {@code PriorityQueue} onto it; {@code getClass()} is
 * the visible difference. Serialization writes a plain {@code java.util.PriorityQueue} with the
 * same comparator and elements.
 *
 * <p>All state lives in this class's own fields and arrays, which the build weaves, so rollback
 * restores them exactly (including the array order, hence the iteration order). The JDK
 * superclass's own heap stays empty and unused.
 *
 * <p>One JDK method cannot be overridden: {@code PriorityQueue.spliterator()} is {@code final}.
 * Called on this class it runs over the superclass's empty heap and reports no elements.
 * {@link #stream()} and {@link #parallelStream()} are overridden to use a spliterator over this
 * queue's own heap, so streams are right, and the weaver redirects woven code's
 * {@code spliterator()} calls to {@link #spliteratorOf}. Unwoven code that calls
 * {@code spliterator()} itself (a JDK wrapper such as
 * {@code Collections.unmodifiableCollection(queue).spliterator()}) still gets the empty one.
 * While the calling thread has a world open the stream's spliterator does not split, so a
 * parallel stream runs on that thread (see {@link SequenceSpliterators}).
 *
 * <p>A subclass (a woven class that extended {@code PriorityQueue}) serializes as itself: the
 * private {@code writeReplace} applies to this class only, and the fields of this class are
 * serialized by default.
 *
 * @param <E> the type of elements
 */
public class TrackedPriorityQueue<E> extends PriorityQueue<E> {
    private static final long serialVersionUID = 1L;

    private static final int DEFAULT_INITIAL_CAPACITY = 11;

    /** Longest array the JDK grows to without asking for more than the VM may allow. */
    private static final int SOFT_MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    /** The heap: queue[n]'s children are queue[2n+1] and queue[2n+2]; never of length 0. */
    Object[] queue;

    /** The number of elements. */
    int size;

    /** Null for natural ordering. Final: it never changes, so it needs no rollback. */
    private final Comparator<? super E> comparator;

    /** Structural modifications, for fail-fast iterators. */
    int modCount;

    /** An empty queue of initial capacity 11 ordered by the elements' natural ordering. */
    public TrackedPriorityQueue() {
        this(DEFAULT_INITIAL_CAPACITY, null);
    }

    /**
     * An empty queue of the given initial capacity ordered by natural ordering.
     *
     * @throws IllegalArgumentException if {@code initialCapacity} is less than 1
     */
    public TrackedPriorityQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    /** An empty queue of initial capacity 11 ordered by {@code comparator} (natural ordering if null). */
    public TrackedPriorityQueue(Comparator<? super E> comparator) {
        this(DEFAULT_INITIAL_CAPACITY, comparator);
    }

    /**
     * An empty queue of the given initial capacity ordered by {@code comparator}.
     *
     * @throws IllegalArgumentException if {@code initialCapacity} is less than 1
     */
    public TrackedPriorityQueue(int initialCapacity, Comparator<? super E> comparator) {
        super(1);   // the cheapest JDK constructor: its heap is never used
        if (initialCapacity < 1) {
            throw new IllegalArgumentException();   // as the JDK: at least one, kept from 1.5
        }
        this.queue = new Object[initialCapacity];
        this.comparator = comparator;
    }

    /**
     * A queue of the elements of {@code c}: ordered like {@code c} if it is a {@link SortedSet}
     * or a {@link PriorityQueue}, else by natural ordering.
     *
     * @throws ClassCastException if elements cannot be compared
     * @throws NullPointerException if {@code c} or any element is null
     */
    @SuppressWarnings("unchecked")
    public TrackedPriorityQueue(Collection<? extends E> c) {
        super(1);
        if (c instanceof SortedSet<?>) {
            SortedSet<? extends E> sorted = (SortedSet<? extends E>) c;
            this.comparator = (Comparator<? super E>) sorted.comparator();
            initElementsFromCollection(sorted);
        } else if (c instanceof PriorityQueue<?>) {
            PriorityQueue<? extends E> pq = (PriorityQueue<? extends E>) c;
            this.comparator = (Comparator<? super E>) pq.comparator();
            initFromPriorityQueue(pq);
        } else {
            this.comparator = null;
            initFromCollection(c);
        }
    }

    /**
     * A queue of the elements of {@code c}, in the same order.
     *
     * @throws NullPointerException if {@code c} or any element is null
     */
    @SuppressWarnings("unchecked")
    public TrackedPriorityQueue(PriorityQueue<? extends E> c) {
        super(1);
        this.comparator = (Comparator<? super E>) c.comparator();
        initFromPriorityQueue(c);
    }

    /**
     * A queue of the elements of {@code c}, in the same order.
     *
     * @throws NullPointerException if {@code c} or any element is null
     */
    @SuppressWarnings("unchecked")
    public TrackedPriorityQueue(SortedSet<? extends E> c) {
        super(1);
        this.comparator = (Comparator<? super E>) c.comparator();
        initElementsFromCollection(c);
    }

    private static Object[] ensureNonEmpty(Object[] es) {
        return es.length > 0 ? es : new Object[1];
    }

    private void initFromPriorityQueue(PriorityQueue<? extends E> c) {
        Class<?> type = c.getClass();
        if (type == PriorityQueue.class || type == TrackedPriorityQueue.class) {
            // Already a heap in array order (its toArray is a fresh copy): keep that order.
            Object[] es = c.toArray();
            this.queue = ensureNonEmpty(es);
            this.size = es.length;
        } else {
            initFromCollection(c);   // a subclass may return anything: re-establish the heap
        }
    }

    private void initElementsFromCollection(Collection<? extends E> c) {
        Object[] es = c.toArray();
        int len = es.length;
        if (c.getClass() != ArrayList.class) {
            es = Arrays.copyOf(es, len, Object[].class);   // a foreign collection may keep its array
        }
        if (len == 1 || this.comparator != null) {
            for (Object e : es) {
                if (e == null) {
                    throw new NullPointerException();
                }
            }
        }
        this.queue = ensureNonEmpty(es);
        this.size = len;
    }

    private void initFromCollection(Collection<? extends E> c) {
        initElementsFromCollection(c);
        heapify();
    }

    private void grow(int minCapacity) {
        int oldCapacity = queue.length;
        int minGrowth = minCapacity - oldCapacity;
        int preferred = oldCapacity + Math.max(minGrowth, oldCapacity < 64 ? oldCapacity + 2 : oldCapacity >> 1);
        int newCapacity;
        if (0 < preferred && preferred <= SOFT_MAX_ARRAY_LENGTH) {
            newCapacity = preferred;
        } else {
            int needed = oldCapacity + minGrowth;
            if (needed < 0) {
                throw new OutOfMemoryError("Required array length " + oldCapacity + " + " + minGrowth + " is too large");
            }
            newCapacity = Math.max(needed, SOFT_MAX_ARRAY_LENGTH);
        }
        queue = Arrays.copyOf(queue, newCapacity);
    }

    /**
     * Inserts {@code e}.
     *
     * @throws NullPointerException if {@code e} is null
     * @throws ClassCastException if {@code e} cannot be compared with the elements
     */
    @Override
    public boolean add(E e) {
        return offer(e);
    }

    /**
     * Inserts {@code e}.
     *
     * @throws NullPointerException if {@code e} is null
     * @throws ClassCastException if {@code e} cannot be compared with the elements
     */
    @Override
    public boolean offer(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        modCount++;
        int i = size;
        if (i >= queue.length) {
            grow(i + 1);
        }
        siftUp(i, e);
        size = i + 1;
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E peek() {
        return (E) queue[0];
    }

    @Override
    public E element() {
        E x = peek();
        if (x == null) {
            throw new NoSuchElementException();
        }
        return x;
    }

    private int indexOf(Object o) {
        if (o != null) {
            final Object[] es = queue;
            for (int i = 0, n = size; i < n; i++) {
                if (o.equals(es[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i == -1) {
            return false;
        }
        removeAt(i);
        return true;
    }

    @Override
    public E remove() {
        E x = poll();
        if (x == null) {
            throw new NoSuchElementException();
        }
        return x;
    }

    /** Removes the element that is {@code o} (identity), for the iterator's forgotten elements. */
    void removeEq(Object o) {
        final Object[] es = queue;
        for (int i = 0, n = size; i < n; i++) {
            if (o == es[i]) {
                removeAt(i);
                break;
            }
        }
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
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
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public int size() {
        return size;
    }

    /** The elements in heap (iteration) order. */
    @Override
    public Object[] toArray() {
        return Arrays.copyOf(queue, size);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        final int size = this.size;
        if (a.length < size) {
            return (T[]) Arrays.copyOf(queue, size, a.getClass());
        }
        System.arraycopy(queue, 0, a, 0, size);
        if (a.length > size) {
            a[size] = null;
        }
        return a;
    }

    @Override
    public <T> T[] toArray(IntFunction<T[]> generator) {
        return toArray(generator.apply(0));
    }

    /**
     * Adds every element of {@code c}.
     *
     * @throws IllegalArgumentException if {@code c} is this queue
     */
    @Override
    public boolean addAll(Collection<? extends E> c) {
        if (c == null) {
            throw new NullPointerException();
        }
        if (c == this) {
            throw new IllegalArgumentException();
        }
        boolean modified = false;
        for (E e : c) {
            if (add(e)) {
                modified = true;
            }
        }
        return modified;
    }

    @Override
    public void clear() {
        modCount++;
        Arrays.fill(queue, 0, size, null);
        size = 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E poll() {
        final Object[] es = queue;
        final E result = (E) es[0];
        if (result != null) {
            modCount++;
            final int n = --size;
            final E x = (E) es[n];
            es[n] = null;
            if (n > 0) {
                final Comparator<? super E> cmp = comparator;
                if (cmp == null) {
                    siftDownComparable(0, x, es, n);
                } else {
                    siftDownUsingComparator(0, x, es, n, cmp);
                }
            }
        }
        return result;
    }

    /**
     * Removes the element at index {@code i}. Returns null normally; returns the former last
     * element when it moved to a place before {@code i} (the iterator must still visit it).
     */
    @SuppressWarnings("unchecked")
    E removeAt(int i) {
        final Object[] es = queue;
        modCount++;
        int s = --size;
        if (s == i) {
            es[i] = null;
        } else {
            E moved = (E) es[s];
            es[s] = null;
            siftDown(i, moved);
            if (es[i] == moved) {
                siftUp(i, moved);
                if (es[i] != moved) {
                    return moved;
                }
            }
        }
        return null;
    }

    private void siftUp(int k, E x) {
        if (comparator != null) {
            siftUpUsingComparator(k, x, queue, comparator);
        } else {
            siftUpComparable(k, x, queue);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void siftUpComparable(int k, T x, Object[] es) {
        Comparable<? super T> key = (Comparable<? super T>) x;
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            Object e = es[parent];
            if (key.compareTo((T) e) >= 0) {
                break;
            }
            es[k] = e;
            k = parent;
        }
        es[k] = key;
    }

    @SuppressWarnings("unchecked")
    private static <T> void siftUpUsingComparator(int k, T x, Object[] es, Comparator<? super T> cmp) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            Object e = es[parent];
            if (cmp.compare(x, (T) e) >= 0) {
                break;
            }
            es[k] = e;
            k = parent;
        }
        es[k] = x;
    }

    private void siftDown(int k, E x) {
        if (comparator != null) {
            siftDownUsingComparator(k, x, queue, size, comparator);
        } else {
            siftDownComparable(k, x, queue, size);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void siftDownComparable(int k, T x, Object[] es, int n) {
        Comparable<? super T> key = (Comparable<? super T>) x;
        int half = n >>> 1;   // the first leaf
        while (k < half) {
            int child = (k << 1) + 1;   // the left child, unless the right one is smaller
            Object c = es[child];
            int right = child + 1;
            if (right < n && ((Comparable<? super T>) c).compareTo((T) es[right]) > 0) {
                c = es[child = right];
            }
            if (key.compareTo((T) c) <= 0) {
                break;
            }
            es[k] = c;
            k = child;
        }
        es[k] = key;
    }

    @SuppressWarnings("unchecked")
    private static <T> void siftDownUsingComparator(int k, T x, Object[] es, int n, Comparator<? super T> cmp) {
        int half = n >>> 1;
        while (k < half) {
            int child = (k << 1) + 1;
            Object c = es[child];
            int right = child + 1;
            if (right < n && cmp.compare((T) c, (T) es[right]) > 0) {
                c = es[child = right];
            }
            if (cmp.compare(x, (T) c) <= 0) {
                break;
            }
            es[k] = c;
            k = child;
        }
        es[k] = x;
    }

    @SuppressWarnings("unchecked")
    private void heapify() {
        final Object[] es = queue;
        int n = size;
        int i = (n >>> 1) - 1;
        final Comparator<? super E> cmp = comparator;
        if (cmp == null) {
            for (; i >= 0; i--) {
                siftDownComparable(i, (E) es[i], es, n);
            }
        } else {
            for (; i >= 0; i--) {
                siftDownUsingComparator(i, (E) es[i], es, n, cmp);
            }
        }
    }

    @Override
    public Comparator<? super E> comparator() {
        return comparator;
    }

    /** Iterates in array (heap) order, like {@code PriorityQueue}'s iterator. */
    @Override
    public Iterator<E> iterator() {
        return new Itr();
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        final int expectedModCount = modCount;
        final Object[] es = queue;
        for (int i = 0, n = size; i < n; i++) {
            @SuppressWarnings("unchecked")
            E e = (E) es[i];
            action.accept(e);
        }
        if (expectedModCount != modCount) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        return bulkRemove(filter);
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(e -> c.contains(e));
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(e -> !c.contains(e));
    }

    /**
     * Removes the elements {@code filter} accepts: one pass to test (so a predicate may read
     * this queue), a second to compact, then re-heapify; as the JDK, it counts as a
     * modification even when nothing is removed.
     */
    @SuppressWarnings("unchecked")
    private boolean bulkRemove(Predicate<? super E> filter) {
        final int expectedModCount = ++modCount;
        final Object[] es = queue;
        final int end = size;
        int i = 0;
        while (i < end && !filter.test((E) es[i])) {
            i++;
        }
        if (i >= end) {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            return false;
        }
        final int beg = i;
        final long[] deathRow = new long[((end - beg - 1) >> 6) + 1];
        deathRow[0] = 1L;
        for (i = beg + 1; i < end; i++) {
            if (filter.test((E) es[i])) {
                deathRow[(i - beg) >> 6] |= 1L << (i - beg);
            }
        }
        if (modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
        int w = beg;
        for (i = beg; i < end; i++) {
            if ((deathRow[(i - beg) >> 6] & (1L << (i - beg))) == 0) {
                es[w++] = es[i];
            }
        }
        Arrays.fill(es, w, end, null);
        size = w;
        heapify();
        return true;
    }

    /** A stream over this queue's own heap ({@code spliterator()} is final in the JDK: see the class doc). */
    @Override
    public Stream<E> stream() {
        return StreamSupport.stream(new Spl(0, -1, 0), false);
    }

    /** A parallel stream over this queue's own heap; sequential while the calling thread has a world open (see Spl.trySplit). */
    @Override
    public Stream<E> parallelStream() {
        return StreamSupport.stream(new Spl(0, -1, 0), true);
    }

    /**
     * What {@code iterable.spliterator()} in woven code calls instead: the weaver redirects every
     * {@code spliterator()} call whose receiver may be a priority queue here, since the JDK's is
     * final and would read the superclass's empty heap.
     */
    public static <T> Spliterator<T> spliteratorOf(Iterable<T> iterable) {
        return iterable instanceof TrackedPriorityQueue<T> queue ? queue.trackedSpliterator() : iterable.spliterator();
    }

    /**
     * The spliterator {@code spliterator()} would return if it were not final in the JDK:
     * late-binding, fail-fast, {@code SIZED | SUBSIZED | NONNULL}, over this queue's own heap.
     */
    Spliterator<E> trackedSpliterator() {
        return new Spl(0, -1, 0);
    }

    @Override
    public String toString() {
        final int n = size;
        if (n == 0) {
            return "[]";
        }
        final Object[] es = queue;
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; ; ) {
            Object e = es[i];
            sb.append(e == this ? "(this Collection)" : e);
            if (++i == n) {
                return sb.append(']').toString();
            }
            sb.append(',').append(' ');
        }
    }

    /** Serialization writes a plain {@code java.util.PriorityQueue} with this comparator and these elements. */
    private Object writeReplace() {
        return new PriorityQueue<>(this);   // copies toArray() and re-heapifies: a heap stays as it is
    }

    /** The iterator: array order; removal may move the last element before the cursor (see remove). */
    private final class Itr implements Iterator<E> {
        /** Index of the next element to return. */
        @Untracked private int cursor;

        /** Index of the element last returned, -1 if none or if it came from forgetMeNot. */
        @Untracked private int lastRet = -1;

        /**
         * Elements a removal moved from the unvisited end to before the cursor: returned after
         * the array is exhausted. A small FIFO of its own (the JDK uses an ArrayDeque, whose
         * state would not roll back). Null until first needed.
         */
        @Untracked private Object[] forgetMeNot;
        @Untracked private int forgetHead;
        @Untracked private int forgetCount;

        /** The element last returned from forgetMeNot, removed by identity. */
        @Untracked private E lastRetElt;

        @Untracked private int expectedModCount = modCount;

        Itr() {
        }

        @Override
        public boolean hasNext() {
            return cursor < size || forgetCount > 0;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
            if (cursor < size) {
                return (E) queue[lastRet = cursor++];
            }
            if (forgetCount > 0) {
                lastRet = -1;
                E e = (E) forgetMeNot[forgetHead];
                forgetMeNot[forgetHead] = null;
                forgetHead++;
                forgetCount--;
                lastRetElt = e;
                return e;
            }
            throw new NoSuchElementException();
        }

        @Override
        public void remove() {
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
            if (lastRet != -1) {
                E moved = TrackedPriorityQueue.this.removeAt(lastRet);
                lastRet = -1;
                if (moved == null) {
                    cursor--;
                } else {
                    forget(moved);
                }
            } else if (lastRetElt != null) {
                TrackedPriorityQueue.this.removeEq(lastRetElt);
                lastRetElt = null;
            } else {
                throw new IllegalStateException();
            }
            expectedModCount = modCount;
        }

        /** Appends to the FIFO, compacting or growing its array as needed. */
        private void forget(E moved) {
            Object[] f = forgetMeNot;
            if (f == null) {
                f = forgetMeNot = new Object[4];
            } else if (forgetHead + forgetCount == f.length) {
                if (forgetCount < f.length >> 1) {
                    System.arraycopy(f, forgetHead, f, 0, forgetCount);
                    Arrays.fill(f, forgetCount, f.length, null);
                } else {
                    f = forgetMeNot = Arrays.copyOfRange(f, forgetHead, forgetHead + 2 * f.length);
                }
                forgetHead = 0;
            }
            f[forgetHead + forgetCount++] = moved;
        }
    }

    /** The JDK's late-binding spliterator, over this queue's own heap. */
    private final class Spl implements Spliterator<E> {
        @Untracked private int index;
        @Untracked private int fence;             // -1 until first use
        @Untracked private int expectedModCount;  // set when fence is

        Spl(int origin, int fence, int expectedModCount) {
            this.index = origin;
            this.fence = fence;
            this.expectedModCount = expectedModCount;
        }

        private int getFence() {
            int hi = fence;
            if (hi < 0) {
                expectedModCount = modCount;
                hi = fence = size;
            }
            return hi;
        }

        /**
         * Splits like the JDK's, except while the calling thread has a world open (see
         * {@link SequenceSpliterators}).
         */
        @Override
        public Spl trySplit() {
            if (Worlds.depth() > 0) {
                return null;
            }
            int hi = getFence();
            int lo = index;
            int mid = (lo + hi) >>> 1;
            return lo >= mid ? null : new Spl(lo, index = mid, expectedModCount);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void forEachRemaining(Consumer<? super E> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            if (fence < 0) {
                fence = size;
                expectedModCount = modCount;
            }
            final Object[] es = queue;
            int hi = fence;
            int i = index;
            index = hi;
            for (; i < hi; i++) {
                E e = (E) es[i];
                if (e == null) {
                    break;   // the queue shrank under us: a concurrent modification
                }
                action.accept(e);
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public boolean tryAdvance(Consumer<? super E> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            if (fence < 0) {
                fence = size;
                expectedModCount = modCount;
            }
            int i = index;
            if (i < fence) {
                index = i + 1;
                E e = (E) queue[i];
                if (e == null || modCount != expectedModCount) {
                    throw new ConcurrentModificationException();
                }
                action.accept(e);
                return true;
            }
            return false;
        }

        @Override
        public long estimateSize() {
            return getFence() - index;
        }

        @Override
        public int characteristics() {
            return Spliterator.SIZED | Spliterator.SUBSIZED | Spliterator.NONNULL;
        }
    }
}
