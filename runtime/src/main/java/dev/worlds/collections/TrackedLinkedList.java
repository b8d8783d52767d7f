package dev.worlds.collections;

import dev.worlds.Untracked;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A {@link java.util.LinkedList} whose state rolls back with the world it was changed in.
 *
 * <p>The weaver substitutes this class for {@code java.util.LinkedList} in woven code ({@code new
 * LinkedList<>()} becomes {@code new TrackedLinkedList<>()}, and woven classes that extend {@code
 * LinkedList} are rebased onto it). It is plain Java: a doubly linked list of nodes of its own,
 * with its own first, last, size and modification count, woven like user code, so every write goes
 * through the world barriers and a rollback restores it exactly. The {@code LinkedList} it extends
 * stays empty and is never used; every method is overridden. It behaves as {@code LinkedList} is
 * specified to (a {@code List} and a {@code Deque}, nulls allowed, fail-fast iterators,
 * write-through views); {@link #getClass()} is the visible difference, and serialization writes a
 * plain {@code java.util.LinkedList} (a woven subclass serializes as itself, its elements after
 * LinkedList's empty state).
 */
public class TrackedLinkedList<E> extends LinkedList<E> {
    private static final long serialVersionUID = 1L;

    // Transient like all own state: this class serializes as a plain LinkedList (writeReplace),
    // a subclass through writeObject.
    transient Node<E> first;
    transient Node<E> last;
    transient int size;
    /**
     * Structural modifications, for fail-fast iterators and views. It hides
     * {@code AbstractList.modCount} on purpose: that field is JDK state that would not roll back,
     * and a woven subclass that bumps {@code modCount} resolves to this one.
     */
    protected transient int modCount;

    /** An empty list. */
    public TrackedLinkedList() {
        super();   // the JDK state stays empty
    }

    /**
     * A list of the elements of {@code c} in its iteration order.
     *
     * @throws NullPointerException if {@code c} is null
     */
    public TrackedLinkedList(Collection<? extends E> c) {
        this();
        addAll(c);
    }

    /** A node of the list; the list writes its fields only through woven code, so they roll back. */
    static final class Node<E> {
        E item;
        Node<E> next;
        Node<E> prev;

        Node(Node<E> prev, E element, Node<E> next) {
            this.item = element;
            this.next = next;
            this.prev = prev;
        }
    }

    // ---------------------------------------------------------------- linking

    private void linkFirst(E e) {
        Node<E> f = first;
        Node<E> newNode = new Node<>(null, e, f);
        first = newNode;
        if (f == null) {
            last = newNode;
        } else {
            f.prev = newNode;
        }
        size++;
        modCount++;
    }

    void linkLast(E e) {
        Node<E> l = last;
        Node<E> newNode = new Node<>(l, e, null);
        last = newNode;
        if (l == null) {
            first = newNode;
        } else {
            l.next = newNode;
        }
        size++;
        modCount++;
    }

    /** Inserts e before the non-null node succ. */
    void linkBefore(E e, Node<E> succ) {
        Node<E> pred = succ.prev;
        Node<E> newNode = new Node<>(pred, e, succ);
        succ.prev = newNode;
        if (pred == null) {
            first = newNode;
        } else {
            pred.next = newNode;
        }
        size++;
        modCount++;
    }

    private E unlinkFirst(Node<E> f) {
        E element = f.item;
        Node<E> next = f.next;
        f.item = null;
        f.next = null;   // help GC
        first = next;
        if (next == null) {
            last = null;
        } else {
            next.prev = null;
        }
        size--;
        modCount++;
        return element;
    }

    private E unlinkLast(Node<E> l) {
        E element = l.item;
        Node<E> prev = l.prev;
        l.item = null;
        l.prev = null;   // help GC
        last = prev;
        if (prev == null) {
            first = null;
        } else {
            prev.next = null;
        }
        size--;
        modCount++;
        return element;
    }

    /** Unlinks the non-null node x. */
    E unlink(Node<E> x) {
        E element = x.item;
        Node<E> next = x.next;
        Node<E> prev = x.prev;
        if (prev == null) {
            first = next;
        } else {
            prev.next = next;
            x.prev = null;
        }
        if (next == null) {
            last = prev;
        } else {
            next.prev = prev;
            x.next = null;
        }
        x.item = null;
        size--;
        modCount++;
        return element;
    }

    /** The node at a valid index, walked to from the nearer end. */
    Node<E> node(int index) {
        if (index < (size >> 1)) {
            Node<E> x = first;
            for (int i = 0; i < index; i++) {
                x = x.next;
            }
            return x;
        }
        Node<E> x = last;
        for (int i = size - 1; i > index; i--) {
            x = x.prev;
        }
        return x;
    }

    private void checkElementIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(outOfBoundsMsg(index));
        }
    }

    private void checkPositionIndex(int index) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException(outOfBoundsMsg(index));
        }
    }

    private String outOfBoundsMsg(int index) {
        return "Index: " + index + ", Size: " + size;
    }

    // ---------------------------------------------------------------- Deque

    @Override
    public E getFirst() {
        Node<E> f = first;
        if (f == null) {
            throw new NoSuchElementException();
        }
        return f.item;
    }

    @Override
    public E getLast() {
        Node<E> l = last;
        if (l == null) {
            throw new NoSuchElementException();
        }
        return l.item;
    }

    @Override
    public E removeFirst() {
        Node<E> f = first;
        if (f == null) {
            throw new NoSuchElementException();
        }
        return unlinkFirst(f);
    }

    @Override
    public E removeLast() {
        Node<E> l = last;
        if (l == null) {
            throw new NoSuchElementException();
        }
        return unlinkLast(l);
    }

    @Override
    public void addFirst(E e) {
        linkFirst(e);
    }

    @Override
    public void addLast(E e) {
        linkLast(e);
    }

    @Override
    public E peek() {
        Node<E> f = first;
        return f == null ? null : f.item;
    }

    @Override
    public E element() {
        return getFirst();
    }

    @Override
    public E poll() {
        Node<E> f = first;
        return f == null ? null : unlinkFirst(f);
    }

    @Override
    public E remove() {
        return removeFirst();
    }

    @Override
    public boolean offer(E e) {
        return add(e);
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
    public E peekFirst() {
        Node<E> f = first;
        return f == null ? null : f.item;
    }

    @Override
    public E peekLast() {
        Node<E> l = last;
        return l == null ? null : l.item;
    }

    @Override
    public E pollFirst() {
        Node<E> f = first;
        return f == null ? null : unlinkFirst(f);
    }

    @Override
    public E pollLast() {
        Node<E> l = last;
        return l == null ? null : unlinkLast(l);
    }

    @Override
    public void push(E e) {
        addFirst(e);
    }

    @Override
    public E pop() {
        return removeFirst();
    }

    @Override
    public boolean removeFirstOccurrence(Object o) {
        return remove(o);
    }

    @Override
    public boolean removeLastOccurrence(Object o) {
        if (o == null) {
            for (Node<E> x = last; x != null; x = x.prev) {
                if (x.item == null) {
                    unlink(x);
                    return true;
                }
            }
        } else {
            for (Node<E> x = last; x != null; x = x.prev) {
                if (o.equals(x.item)) {
                    unlink(x);
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- List

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
    public boolean containsAll(Collection<?> c) {
        for (Object e : c) {
            if (!contains(e)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean add(E e) {
        linkLast(e);
        return true;
    }

    @Override
    public boolean remove(Object o) {
        if (o == null) {
            for (Node<E> x = first; x != null; x = x.next) {
                if (x.item == null) {
                    unlink(x);
                    return true;
                }
            }
        } else {
            for (Node<E> x = first; x != null; x = x.next) {
                if (o.equals(x.item)) {
                    unlink(x);
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        return addAll(size, c);
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        checkPositionIndex(index);
        Object[] a = c.toArray();
        int added = a.length;
        if (added == 0) {
            return false;
        }
        Node<E> pred;
        Node<E> succ;
        if (index == size) {
            succ = null;
            pred = last;
        } else {
            succ = node(index);
            pred = succ.prev;
        }
        for (Object o : a) {
            @SuppressWarnings("unchecked")
            E e = (E) o;
            Node<E> newNode = new Node<>(pred, e, null);
            if (pred == null) {
                first = newNode;
            } else {
                pred.next = newNode;
            }
            pred = newNode;
        }
        if (succ == null) {
            last = pred;
        } else {
            pred.next = succ;
            succ.prev = pred;
        }
        size += added;
        modCount++;
        return true;
    }

    @Override
    public void clear() {
        // Unlinking every node is not needed for the list, but it helps a generational GC when
        // discarded nodes live in different generations, as LinkedList does.
        for (Node<E> x = first; x != null;) {
            Node<E> next = x.next;
            x.item = null;
            x.next = null;
            x.prev = null;
            x = next;
        }
        first = last = null;
        size = 0;
        modCount++;
    }

    @Override
    public E get(int index) {
        checkElementIndex(index);
        return node(index).item;
    }

    @Override
    public E set(int index, E element) {
        checkElementIndex(index);
        Node<E> x = node(index);
        E oldVal = x.item;
        x.item = element;
        return oldVal;
    }

    @Override
    public void add(int index, E element) {
        checkPositionIndex(index);
        if (index == size) {
            linkLast(element);
        } else {
            linkBefore(element, node(index));
        }
    }

    @Override
    public E remove(int index) {
        checkElementIndex(index);
        return unlink(node(index));
    }

    @Override
    protected void removeRange(int fromIndex, int toIndex) {
        if (fromIndex >= toIndex) {
            return;   // AbstractList.removeRange removes nothing then
        }
        checkElementIndex(fromIndex);
        Node<E> x = node(fromIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            Node<E> next = x.next;
            unlink(x);
            x = next;
        }
    }

    @Override
    public int indexOf(Object o) {
        int index = 0;
        if (o == null) {
            for (Node<E> x = first; x != null; x = x.next) {
                if (x.item == null) {
                    return index;
                }
                index++;
            }
        } else {
            for (Node<E> x = first; x != null; x = x.next) {
                if (o.equals(x.item)) {
                    return index;
                }
                index++;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        int index = size;
        if (o == null) {
            for (Node<E> x = last; x != null; x = x.prev) {
                index--;
                if (x.item == null) {
                    return index;
                }
            }
        } else {
            for (Node<E> x = last; x != null; x = x.prev) {
                index--;
                if (o.equals(x.item)) {
                    return index;
                }
            }
        }
        return -1;
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        boolean removed = false;
        int expectedModCount = modCount;
        for (Node<E> x = first; x != null;) {
            Node<E> next = x.next;
            boolean matches = filter.test(x.item);
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (matches) {
                unlink(x);
                expectedModCount++;
                removed = true;
            }
            x = next;
        }
        return removed;
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(c::contains);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(e -> !c.contains(e));
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        Objects.requireNonNull(operator);
        int expectedModCount = modCount;
        for (Node<E> x = first; x != null; x = x.next) {
            x.item = operator.apply(x.item);
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    /** Sorts a copy of the elements (stably) and writes them back, as {@code List.sort} does. */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void sort(Comparator<? super E> c) {
        Object[] a = toArray();
        Arrays.sort(a, (Comparator) c);
        int expectedModCount = modCount;
        int i = 0;
        for (Node<E> x = first; x != null; x = x.next) {
            x.item = (E) a[i++];
        }
        if (modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int expectedModCount = modCount;
        for (Node<E> x = first; x != null && modCount == expectedModCount; x = x.next) {
            action.accept(x.item);
        }
        if (modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public Object[] toArray() {
        Object[] result = new Object[size];
        int i = 0;
        for (Node<E> x = first; x != null; x = x.next) {
            result[i++] = x.item;
        }
        return result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        if (a.length < size) {
            a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), size);
        }
        int i = 0;
        Object[] result = a;
        for (Node<E> x = first; x != null; x = x.next) {
            result[i++] = x.item;
        }
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
        for (Node<E> x = first; x != null; x = x.next) {
            if (!other.hasNext() || !Objects.equals(x.item, other.next())) {
                return false;
            }
        }
        return !other.hasNext();
    }

    @Override
    public int hashCode() {
        int hashCode = 1;
        for (Node<E> x = first; x != null; x = x.next) {
            E e = x.item;
            hashCode = 31 * hashCode + (e == null ? 0 : e.hashCode());
        }
        return hashCode;
    }

    @Override
    public String toString() {
        if (first == null) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (Node<E> x = first; x != null; x = x.next) {
            Object e = x.item;
            sb.append(e == this ? "(this Collection)" : String.valueOf(e));
            if (x.next != null) {
                sb.append(", ");
            }
        }
        return sb.append(']').toString();
    }

    /**
     * A shallow copy (of this object's class) with nodes of its own. The JDK's
     * {@code LinkedList.clone} resets its own (empty) state in the copy and copies no node.
     */
    @Override
    public Object clone() {
        @SuppressWarnings("unchecked")
        TrackedLinkedList<E> copy = (TrackedLinkedList<E>) super.clone();
        copy.first = copy.last = null;
        copy.size = 0;
        copy.modCount = 0;
        for (Node<E> x = first; x != null; x = x.next) {
            copy.linkLast(x.item);
        }
        return copy;
    }

    /** Serialization writes a plain {@code java.util.LinkedList} with the same elements. */
    private Object writeReplace() {
        return new LinkedList<>(this);
    }

    /**
     * Writes a subclass's elements (this class itself is replaced by {@link #writeReplace}, which
     * a subclass does not inherit): LinkedList's own slot, written before, holds its empty state.
     */
    private void writeObject(ObjectOutputStream s) throws IOException {
        s.defaultWriteObject();
        s.writeInt(size);
        for (Node<E> x = first; x != null; x = x.next) {
            s.writeObject(x.item);
        }
    }

    @SuppressWarnings("unchecked")
    private void readObject(ObjectInputStream s) throws IOException, ClassNotFoundException {
        s.defaultReadObject();
        int n = s.readInt();
        if (n < 0) {
            throw new InvalidObjectException("Invalid size: " + n);
        }
        for (int i = 0; i < n; i++) {
            linkLast((E) s.readObject());
        }
    }

    // ---------------------------------------------------------------- iteration and views

    @Override
    public Iterator<E> iterator() {
        return new ListItr(0);
    }

    @Override
    public ListIterator<E> listIterator() {
        return new ListItr(0);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        checkPositionIndex(index);
        return new ListItr(index);
    }

    @Override
    public Iterator<E> descendingIterator() {
        return new DescendingIterator();
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
        TrackedArrayList.subListRangeCheck(fromIndex, toIndex, size);
        return new SubList<>(this, fromIndex, toIndex);
    }

    /**
     * The elements in reverse order, a view that writes through (Java 21's
     * {@code LinkedList.reversed()}). The view must be a {@code LinkedList}, so it is a
     * {@link ReversedLinkedList}: a subclass whose own list state stays empty and whose every
     * method maps to this list's at the other end.
     */
    public LinkedList<E> reversed() {
        return new ReversedLinkedList<>(this);
    }

    private class ListItr implements ListIterator<E> {
        @Untracked private Node<E> lastReturned;
        @Untracked private Node<E> next;
        @Untracked private int nextIndex;
        @Untracked private int expectedModCount = modCount;

        ListItr(int index) {
            next = (index == size) ? null : node(index);
            nextIndex = index;
        }

        @Override
        public boolean hasNext() {
            return nextIndex < size;
        }

        @Override
        public E next() {
            checkForComodification();
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            lastReturned = next;
            next = next.next;
            nextIndex++;
            return lastReturned.item;
        }

        @Override
        public boolean hasPrevious() {
            return nextIndex > 0;
        }

        @Override
        public E previous() {
            checkForComodification();
            if (!hasPrevious()) {
                throw new NoSuchElementException();
            }
            lastReturned = next = (next == null) ? last : next.prev;
            nextIndex--;
            return lastReturned.item;
        }

        @Override
        public int nextIndex() {
            return nextIndex;
        }

        @Override
        public int previousIndex() {
            return nextIndex - 1;
        }

        @Override
        public void remove() {
            checkForComodification();
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            Node<E> lastNext = lastReturned.next;
            unlink(lastReturned);
            if (next == lastReturned) {
                next = lastNext;   // removed after previous()
            } else {
                nextIndex--;
            }
            lastReturned = null;
            expectedModCount++;
        }

        @Override
        public void set(E e) {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            checkForComodification();
            lastReturned.item = e;
        }

        @Override
        public void add(E e) {
            checkForComodification();
            lastReturned = null;
            if (next == null) {
                linkLast(e);
            } else {
                linkBefore(e, next);
            }
            nextIndex++;
            expectedModCount++;
        }

        @Override
        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            while (modCount == expectedModCount && nextIndex < size) {
                action.accept(next.item);
                lastReturned = next;
                next = next.next;
                nextIndex++;
            }
            checkForComodification();
        }

        final void checkForComodification() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    private class DescendingIterator implements Iterator<E> {
        private final ListItr itr = new ListItr(size);

        @Override
        public boolean hasNext() {
            return itr.hasPrevious();
        }

        @Override
        public E next() {
            return itr.previous();
        }

        @Override
        public void remove() {
            itr.remove();
        }
    }

    /**
     * A range of a linked list, as {@code LinkedList.subList} gives ({@code AbstractList}'s
     * sublist): it reads and writes the root list at {@code offset} and fails fast when the root
     * changed other than through it or its parents. {@code AbstractList}'s own {@code modCount}
     * is never used: the methods that read it are overridden.
     */
    private static final class SubList<E> extends AbstractList<E> {
        private final TrackedLinkedList<E> root;
        private final SubList<E> parent;
        private final int offset;
        private int size;
        private int modCount;

        SubList(TrackedLinkedList<E> root, int fromIndex, int toIndex) {
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
            this.modCount = parent.modCount;   // a range of a stale range is stale too
        }

        @Override
        public E set(int index, E element) {
            Objects.checkIndex(index, size);
            checkForComodification();
            return root.set(offset + index, element);
        }

        @Override
        public E get(int index) {
            Objects.checkIndex(index, size);
            checkForComodification();
            return root.get(offset + index);
        }

        @Override
        public int size() {
            checkForComodification();
            return size;
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
        protected void removeRange(int fromIndex, int toIndex) {
            checkForComodification();
            root.removeRange(offset + fromIndex, offset + toIndex);
            updateSizeAndModCount(fromIndex - toIndex);
        }

        @Override
        public void clear() {
            removeRange(0, size());
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
            ListIterator<E> i = root.listIterator(offset + index);
            return new ListIterator<E>() {
                @Override
                public boolean hasNext() {
                    return nextIndex() < size;
                }

                @Override
                public E next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return i.next();
                }

                @Override
                public boolean hasPrevious() {
                    return previousIndex() >= 0;
                }

                @Override
                public E previous() {
                    if (!hasPrevious()) {
                        throw new NoSuchElementException();
                    }
                    return i.previous();
                }

                @Override
                public int nextIndex() {
                    return i.nextIndex() - offset;
                }

                @Override
                public int previousIndex() {
                    return i.previousIndex() - offset;
                }

                @Override
                public void remove() {
                    i.remove();
                    updateSizeAndModCount(-1);
                }

                @Override
                public void set(E e) {
                    i.set(e);
                }

                @Override
                public void add(E e) {
                    i.add(e);
                    updateSizeAndModCount(1);
                }
            };
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            TrackedArrayList.subListRangeCheck(fromIndex, toIndex, size);
            return new SubList<>(this, fromIndex, toIndex);
        }

        /** Java 21's {@code List.reversed()}: a reverse-ordered view of this range. */
        public List<E> reversed() {
            return ReversedListView.of(this);
        }

        @Override
        public Spliterator<E> spliterator() {
            return SequenceSpliterators.of(this, Spliterator.ORDERED);
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
    }
}
