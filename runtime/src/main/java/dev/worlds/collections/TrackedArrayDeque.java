package dev.worlds.collections;

import dev.worlds.Untracked;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A {@link java.util.ArrayDeque} whose state rolls back with the world it was changed in.
 *
 * <p>The weaver substitutes this class for {@code java.util.ArrayDeque} in woven code
 * ({@code new ArrayDeque<>()} becomes {@code new TrackedArrayDeque<>()}, and woven classes that
 * extend {@code ArrayDeque} are rebased onto it). It is plain Java that keeps its elements in a
 * circular array with a head and a tail index of its own, woven like user code, so every write
 * goes through the world barriers and a rollback restores it exactly. The {@code ArrayDeque} it
 * extends holds a one-slot array and is never used; every method is overridden. It behaves as
 * {@code ArrayDeque} is specified to: null elements are refused with a
 * {@code NullPointerException}, iterators are weakly fail-fast (a {@code ConcurrentModificationException}
 * where a removal is noticed, as {@code ArrayDeque}'s are), and {@code equals}/{@code hashCode}
 * are identity's. {@link #getClass()} is the visible difference, and serialization writes a
 * plain {@code java.util.ArrayDeque} (a woven subclass cannot be serialized: see
 * {@code writeObject}).
 */
public class TrackedArrayDeque<E> extends ArrayDeque<E> {
    private static final long serialVersionUID = 1L;

    private static final int SOFT_MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    /**
     * The elements, at head, head+1, ... (mod length) up to but excluding tail; every other slot
     * is null, and at least one slot is always free (so head == tail means empty).
     */
    transient Object[] elements;
    transient int head;
    transient int tail;

    /** An empty deque with room for 16 elements. */
    public TrackedArrayDeque() {
        super(0);   // the JDK state is a one-slot array, never used
        elements = new Object[16 + 1];
    }

    /** An empty deque with room for {@code numElements} elements (any int is accepted, as ArrayDeque does). */
    public TrackedArrayDeque(int numElements) {
        super(0);
        elements = new Object[numElements < 1 ? 1
                : numElements == Integer.MAX_VALUE ? Integer.MAX_VALUE : numElements + 1];
    }

    /**
     * A deque of the elements of {@code c} in its iteration order.
     *
     * @throws NullPointerException if {@code c} or one of its elements is null
     */
    public TrackedArrayDeque(Collection<? extends E> c) {
        this(c.size());
        for (E e : c) {
            addLast(e);
        }
    }

    // ---------------------------------------------------------------- index arithmetic

    static int inc(int i, int modulus) {
        return ++i >= modulus ? 0 : i;
    }

    static int dec(int i, int modulus) {
        return --i < 0 ? modulus - 1 : i;
    }

    static int inc(int i, int distance, int modulus) {
        return (i += distance) - modulus >= 0 ? i - modulus : i;
    }

    /** i - j mod modulus, for 0 <= i, j < modulus. */
    static int sub(int i, int j, int modulus) {
        return (i -= j) < 0 ? i + modulus : i;
    }

    @SuppressWarnings("unchecked")
    static <E> E elementAt(Object[] es, int i) {
        return (E) es[i];
    }

    /** The element at i, which must be there: a null means the deque changed under an iterator. */
    static <E> E nonNullElementAt(Object[] es, int i) {
        @SuppressWarnings("unchecked")
        E e = (E) es[i];
        if (e == null) {
            throw new ConcurrentModificationException();
        }
        return e;
    }

    /** Grows the array by at least {@code needed} slots: by half, or doubled while small. */
    private void grow(int needed) {
        int oldCapacity = elements.length;
        int jump = oldCapacity < 64 ? oldCapacity + 2 : oldCapacity >> 1;
        int newCapacity;
        if (jump < needed || (newCapacity = oldCapacity + jump) - SOFT_MAX_ARRAY_LENGTH > 0) {
            newCapacity = newCapacity(needed, jump);
        }
        Object[] es = elements = Arrays.copyOf(elements, newCapacity);
        // The wrapped-around front part (head..old end) moves to the new end.
        if (tail < head || (tail == head && es[head] != null)) {
            int newSpace = newCapacity - oldCapacity;
            System.arraycopy(es, head, es, head + newSpace, oldCapacity - head);
            Arrays.fill(es, head, head + newSpace, null);
            head += newSpace;
        }
    }

    private int newCapacity(int needed, int jump) {
        int oldCapacity = elements.length;
        int minCapacity = oldCapacity + needed;
        if (minCapacity - SOFT_MAX_ARRAY_LENGTH > 0) {
            if (minCapacity < 0) {
                throw new IllegalStateException("Sorry, deque too big");
            }
            return Integer.MAX_VALUE;
        }
        if (needed > jump) {
            return minCapacity;
        }
        return oldCapacity + jump - SOFT_MAX_ARRAY_LENGTH < 0 ? oldCapacity + jump : SOFT_MAX_ARRAY_LENGTH;
    }

    // ---------------------------------------------------------------- ends

    @Override
    public void addFirst(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        Object[] es = elements;
        es[head = dec(head, es.length)] = e;
        if (head == tail) {
            grow(1);
        }
    }

    @Override
    public void addLast(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        Object[] es = elements;
        es[tail] = e;
        if (head == (tail = inc(tail, es.length))) {
            grow(1);
        }
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        int s = size();
        int needed = s + c.size() + 1 - elements.length;
        if (needed > 0) {
            grow(needed);
        }
        // c.forEach, as ArrayDeque does: adding a deque to itself then adds each element once and
        // throws ConcurrentModificationException from this deque's forEach, exactly as the JDK's.
        c.forEach(this::addLast);
        return size() > s;
    }

    @Override
    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    @Override
    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    @Override
    public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E pollFirst() {
        Object[] es = elements;
        int h = head;
        E e = elementAt(es, h);
        if (e != null) {
            es[h] = null;
            head = inc(h, es.length);
        }
        return e;
    }

    @Override
    public E pollLast() {
        Object[] es = elements;
        int t = dec(tail, es.length);
        E e = elementAt(es, t);
        if (e != null) {
            es[tail = t] = null;
        }
        return e;
    }

    @Override
    public E getFirst() {
        E e = elementAt(elements, head);
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E getLast() {
        Object[] es = elements;
        E e = elementAt(es, dec(tail, es.length));
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E peekFirst() {
        return elementAt(elements, head);
    }

    @Override
    public E peekLast() {
        Object[] es = elements;
        return elementAt(es, dec(tail, es.length));
    }

    @Override
    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = head, end = tail, to = (i <= end) ? end : es.length;; i = 0, to = end) {
                for (; i < to; i++) {
                    if (o.equals(es[i])) {
                        delete(i);
                        return true;
                    }
                }
                if (to == end) {
                    break;
                }
            }
        }
        return false;
    }

    @Override
    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = tail, end = head, to = (i >= end) ? end : 0;; i = es.length, to = end) {
                for (i--; i > to - 1; i--) {
                    if (o.equals(es[i])) {
                        delete(i);
                        return true;
                    }
                }
                if (to == end) {
                    break;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- Queue and stack

    @Override
    public boolean add(E e) {
        addLast(e);
        return true;
    }

    @Override
    public boolean offer(E e) {
        return offerLast(e);
    }

    @Override
    public E remove() {
        return removeFirst();
    }

    @Override
    public E poll() {
        return pollFirst();
    }

    @Override
    public E element() {
        return getFirst();
    }

    @Override
    public E peek() {
        return peekFirst();
    }

    @Override
    public void push(E e) {
        addFirst(e);
    }

    @Override
    public E pop() {
        return removeFirst();
    }

    /**
     * Removes the element at array index i by moving the shorter side over it. Returns true if
     * the elements after i moved left (towards the head), false if those before it moved right.
     */
    boolean delete(int i) {
        Object[] es = elements;
        int capacity = es.length;
        int h = head;
        int t = tail;
        int front = sub(i, h, capacity);
        int back = sub(t, i, capacity) - 1;
        if (front < back) {
            if (h <= i) {
                System.arraycopy(es, h, es, h + 1, front);
            } else {
                System.arraycopy(es, 0, es, 1, i);
                es[0] = es[capacity - 1];
                System.arraycopy(es, h, es, h + 1, front - (i + 1));
            }
            es[h] = null;
            head = inc(h, capacity);
            return false;
        }
        tail = dec(t, capacity);
        if (i <= tail) {
            System.arraycopy(es, i + 1, es, i, back);
        } else {
            System.arraycopy(es, i + 1, es, i, capacity - (i + 1));
            es[capacity - 1] = es[0];
            System.arraycopy(es, 1, es, 0, t - 1);
        }
        es[tail] = null;
        return true;
    }

    // ---------------------------------------------------------------- collection

    @Override
    public int size() {
        return sub(tail, head, elements.length);
    }

    @Override
    public boolean isEmpty() {
        return head == tail;
    }

    @Override
    public boolean contains(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = head, end = tail, to = (i <= end) ? end : es.length;; i = 0, to = end) {
                for (; i < to; i++) {
                    if (o.equals(es[i])) {
                        return true;
                    }
                }
                if (to == end) {
                    break;
                }
            }
        }
        return false;
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
    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    @Override
    public void clear() {
        Object[] es = elements;
        int h = head;
        int t = tail;
        if (h != t) {
            head = tail = 0;
            if (h < t) {
                Arrays.fill(es, h, t, null);
            } else {
                Arrays.fill(es, h, es.length, null);
                Arrays.fill(es, 0, t, null);
            }
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
        return bulkRemove(c::contains);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(e -> !c.contains(e));
    }

    /**
     * Removes the elements that match. The filter sees every element before any is removed, so
     * a filter that throws leaves the deque as it was.
     */
    private boolean bulkRemove(Predicate<? super E> filter) {
        Object[] es = elements;
        int capacity = es.length;
        int h = head;
        int n = size();
        long[] dead = null;
        int first = -1;
        for (int k = 0; k < n; k++) {
            if (filter.test(nonNullElementAt(es, inc(h, k, capacity)))) {
                if (dead == null) {
                    dead = new long[(n >> 6) + 1];
                    first = k;
                }
                dead[k >> 6] |= 1L << k;
            }
        }
        if (dead == null) {
            return false;
        }
        if (es != elements || h != head || n != size()) {
            throw new ConcurrentModificationException();
        }
        int w = first;
        for (int k = first + 1; k < n; k++) {
            if ((dead[k >> 6] & (1L << k)) == 0) {
                es[inc(h, w++, capacity)] = es[inc(h, k, capacity)];
            }
        }
        int newTail = inc(h, w, capacity);
        for (int k = w; k < n; k++) {
            es[inc(h, k, capacity)] = null;
        }
        tail = newTail;
        return true;
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        Object[] es = elements;
        for (int i = head, end = tail, to = (i <= end) ? end : es.length;; i = 0, to = end) {
            for (; i < to; i++) {
                action.accept(elementAt(es, i));
            }
            if (to == end) {
                if (end != tail) {
                    throw new ConcurrentModificationException();
                }
                break;
            }
        }
    }

    @Override
    public Object[] toArray() {
        return copyElements(Object[].class, size());
    }

    @SuppressWarnings("unchecked")
    private <T> T[] copyElements(Class<? extends Object[]> type, int size) {
        Object[] es = elements;
        int h = head;
        int end = h + size;
        T[] a;
        if (end <= es.length) {
            a = (T[]) Arrays.copyOfRange(es, h, end, type);
        } else {
            a = (T[]) Arrays.copyOfRange(es, 0, size, type);
            int firstLeg = es.length - h;
            System.arraycopy(es, h, a, 0, firstLeg);
            System.arraycopy(es, 0, a, firstLeg, size - firstLeg);
        }
        return a;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        int size = size();
        if (a.length < size) {
            return copyElements(a.getClass(), size);
        }
        Object[] es = elements;
        int h = head;
        int firstLeg = Math.min(size, es.length - h);
        System.arraycopy(es, h, a, 0, firstLeg);
        System.arraycopy(es, 0, a, firstLeg, size - firstLeg);
        if (a.length > size) {
            a[size] = null;
        }
        return a;
    }

    @Override
    public <T> T[] toArray(IntFunction<T[]> generator) {
        return toArray(generator.apply(0));
    }

    @Override
    public String toString() {
        if (head == tail) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        boolean first = true;
        Object[] es = elements;
        for (int i = head, end = tail, to = (i <= end) ? end : es.length;; i = 0, to = end) {
            for (; i < to; i++) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                Object e = es[i];
                sb.append(e == this ? "(this Collection)" : String.valueOf(e));
            }
            if (to == end) {
                break;
            }
        }
        return sb.append(']').toString();
    }

    /**
     * A copy (of this object's class) with its own array. The JDK's {@code ArrayDeque.clone}
     * copies its own one-slot array into the copy first: one tiny allocation, left as is.
     */
    @Override
    public TrackedArrayDeque<E> clone() {
        @SuppressWarnings("unchecked")
        TrackedArrayDeque<E> copy = (TrackedArrayDeque<E>) super.clone();
        copy.elements = Arrays.copyOf(elements, elements.length);
        return copy;
    }

    /** Serialization writes a plain {@code java.util.ArrayDeque} with the same elements. */
    private Object writeReplace() {
        return new ArrayDeque<>(this);
    }

    /**
     * Refuses to serialize a subclass (this class itself is replaced by {@link #writeReplace},
     * which a subclass does not inherit). ArrayDeque's own {@code writeObject}, run before this
     * one, writes {@code size()} (ours) followed by the elements of its own empty array, a
     * stream no reader can take apart; failing here says so instead of writing it.
     */
    private void writeObject(ObjectOutputStream s) throws IOException {
        throw new NotSerializableException(getClass().getName() + ": a subclass of ArrayDeque woven onto "
                + TrackedArrayDeque.class.getName() + " cannot be serialized (ArrayDeque's own writeObject"
                + " would write its empty state with this deque's size); give the subclass a writeReplace"
                + " that returns a plain ArrayDeque copy, or serialize its elements yourself");
    }

    // ---------------------------------------------------------------- iteration

    @Override
    public Iterator<E> iterator() {
        return new DeqIterator();
    }

    @Override
    public Iterator<E> descendingIterator() {
        return new DescendingIterator();
    }

    @Override
    public Spliterator<E> spliterator() {
        return new DeqSpliterator(-1, -1);
    }

    @Override
    public Stream<E> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    @Override
    public Stream<E> parallelStream() {
        return StreamSupport.stream(spliterator(), true);
    }

    /** The elements last to first, a view that writes through (Java 21's {@code Deque.reversed()}). */
    public Deque<E> reversed() {
        return new ReversedDequeView<>(this);
    }

    /**
     * A spliterator over the circular array from {@code cursor} up to {@code fence} (-1 until
     * first used: then head and tail, so it binds late, as ArrayDeque's). A slot found empty
     * means the deque changed under it. It does not split while the calling thread has a world
     * open (see {@link SequenceSpliterators}).
     */
    private final class DeqSpliterator implements Spliterator<E> {
        @Untracked private int cursor;
        @Untracked private int fence;

        DeqSpliterator(int origin, int fence) {
            this.cursor = origin;
            this.fence = fence;
        }

        private int getFence() {
            int t = fence;
            if (t < 0) {
                t = fence = tail;
                cursor = head;
            }
            return t;
        }

        @Override
        public DeqSpliterator trySplit() {
            if (!SequenceSpliterators.maySplit()) {
                return null;
            }
            Object[] es = elements;
            int end = getFence();
            int i = cursor;
            int half = sub(end, i, es.length) >> 1;
            return half <= 0 ? null : new DeqSpliterator(i, cursor = inc(i, half, es.length));
        }

        @Override
        public boolean tryAdvance(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            Object[] es = elements;
            int end = getFence();
            int i = cursor;
            if (i == end) {
                return false;
            }
            E e = nonNullElementAt(es, i);
            cursor = inc(i, es.length);
            action.accept(e);
            return true;
        }

        @Override
        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            int end = getFence();
            int from = cursor;
            Object[] es = elements;
            if (from == end) {
                return;
            }
            cursor = end;
            // Elements are contiguous, so empty slots at either end of the range mean a change.
            if (es[from] == null || es[dec(end, es.length)] == null) {
                throw new ConcurrentModificationException();
            }
            for (int i = from, to = (i <= end) ? end : es.length;; i = 0, to = end) {
                for (; i < to; i++) {
                    action.accept(elementAt(es, i));
                }
                if (to == end) {
                    break;
                }
            }
        }

        @Override
        public long estimateSize() {
            return sub(getFence(), cursor, elements.length);
        }

        @Override
        public int characteristics() {
            return Spliterator.NONNULL | Spliterator.ORDERED | Spliterator.SIZED | Spliterator.SUBSIZED;
        }
    }

    /** Head to tail; a slot found empty means the deque changed under it. */
    private class DeqIterator implements Iterator<E> {
        @Untracked int cursor;
        @Untracked int remaining = size();
        @Untracked int lastRet = -1;

        DeqIterator() {
            cursor = head;
        }

        @Override
        public final boolean hasNext() {
            return remaining > 0;
        }

        @Override
        public E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            Object[] es = elements;
            E e = nonNullElementAt(es, cursor);
            cursor = inc(lastRet = cursor, es.length);
            remaining--;
            return e;
        }

        void postDelete(boolean leftShifted) {
            if (leftShifted) {
                cursor = dec(cursor, elements.length);
            }
        }

        @Override
        public final void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            postDelete(delete(lastRet));
            lastRet = -1;
        }

        @Override
        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            int r = remaining;
            if (r <= 0) {
                return;
            }
            remaining = 0;
            Object[] es = elements;
            if (es[cursor] == null || sub(tail, cursor, es.length) != r) {
                throw new ConcurrentModificationException();
            }
            for (int i = cursor, end = tail, to = (i <= end) ? end : es.length;; i = 0, to = end) {
                for (; i < to; i++) {
                    action.accept(elementAt(es, i));
                }
                if (to == end) {
                    if (end != tail) {
                        throw new ConcurrentModificationException();
                    }
                    lastRet = dec(end, es.length);
                    break;
                }
            }
        }
    }

    private final class DescendingIterator extends DeqIterator {
        DescendingIterator() {
            cursor = dec(tail, elements.length);
        }

        @Override
        public E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            Object[] es = elements;
            E e = nonNullElementAt(es, cursor);
            cursor = dec(lastRet = cursor, es.length);
            remaining--;
            return e;
        }

        @Override
        void postDelete(boolean leftShifted) {
            if (!leftShifted) {
                cursor = inc(cursor, elements.length);
            }
        }

        @Override
        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            while (remaining > 0) {
                action.accept(next());
            }
        }
    }
}
