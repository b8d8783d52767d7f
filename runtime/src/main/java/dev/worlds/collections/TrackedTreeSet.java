package dev.worlds.collections;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A {@link TreeSet} whose state lives in a {@link TrackedTreeMap} of its own (elements are its
 * keys), so that a world's rollback restores it exactly. Sub-sets, head-, tail- and descending
 * sets are TrackedTreeSets over views of that map, and write through to it, as the JDK's do.
 *
 * <p>The weaver substitutes this class for {@code java.util.TreeSet} in woven code ({@code new
 * TreeSet<>()} becomes {@code new TrackedTreeSet<>()}, and woven subclasses of {@code TreeSet} are
 * rebased onto it). It is a {@code TreeSet}, so {@code instanceof}, casts, fields and parameters
 * of type {@code TreeSet} keep working; {@link #getClass()} is the visible difference. The JDK
 * superclass's own map stays empty and is never used (its constructor allocates one empty
 * {@code TreeMap}: no cheaper super constructor is accessible): every method is overridden.
 * Serialization writes a plain {@code java.util.TreeSet} with the same comparator and elements.
 *
 * @param <E> the type of elements
 */
public class TrackedTreeSet<E> extends TreeSet<E> {
    private static final long serialVersionUID = 1L;

    /** The value of every key of the backing map. Immutable, so it is not mutable static state. */
    private static final Object PRESENT = new Object();

    /**
     * A TrackedTreeMap, or one of its views for sub-sets (replaced in clones). Transient: this
     * class serializes as a TreeSet (writeReplace), a subclass through writeObject/readObject.
     */
    private transient NavigableMap<E, Object> m;

    /** A set over {@code m}'s keys (views of other sets). */
    TrackedTreeSet(NavigableMap<E, Object> m) {
        super(); // the JDK state stays empty and unused
        this.m = m;
    }

    /** The backing map (for tests). */
    NavigableMap<E, Object> backingMap() {
        return m;
    }

    /** An empty set ordered by the elements' natural ordering. */
    public TrackedTreeSet() {
        this(new TrackedTreeMap<>());
    }

    /** An empty set ordered by {@code comparator} (natural ordering if null). */
    public TrackedTreeSet(Comparator<? super E> comparator) {
        this(new TrackedTreeMap<>(comparator));
    }

    /** A set of {@code c}'s elements, ordered by their natural ordering. */
    public TrackedTreeSet(Collection<? extends E> c) {
        this();
        addAll(c);
    }

    /** A set of {@code s}'s elements with {@code s}'s ordering, built in linear time. */
    public TrackedTreeSet(SortedSet<E> s) {
        this(s.comparator());
        addAll(s);
    }

    // ------------------------------------------------------------------ queries

    @Override
    @SuppressWarnings("unchecked")
    public Iterator<E> iterator() {
        NavigableMap<E, Object> map = m;
        return map instanceof TrackedTreeMap ? ((TrackedTreeMap<E, Object>) map).keyIterator()
                : map.navigableKeySet().iterator();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterator<E> descendingIterator() {
        NavigableMap<E, Object> map = m;
        return map instanceof TrackedTreeMap ? ((TrackedTreeMap<E, Object>) map).descendingKeyIterator()
                : map.descendingKeySet().iterator();
    }

    @Override
    public int size() {
        return m.size();
    }

    @Override
    public boolean isEmpty() {
        return m.isEmpty();
    }

    @Override
    public boolean contains(Object o) {
        return m.containsKey(o);
    }

    @Override
    public Comparator<? super E> comparator() {
        return m.comparator();
    }

    @Override
    public E first() {
        return m.firstKey();
    }

    @Override
    public E last() {
        return m.lastKey();
    }

    @Override
    public E lower(E e) {
        return m.lowerKey(e);
    }

    @Override
    public E floor(E e) {
        return m.floorKey(e);
    }

    @Override
    public E ceiling(E e) {
        return m.ceilingKey(e);
    }

    @Override
    public E higher(E e) {
        return m.higherKey(e);
    }

    /** Java 21's {@code getFirst()}: {@link #first()}. */
    public E getFirst() {
        return m.firstKey();
    }

    /** Java 21's {@code getLast()}: {@link #last()}. */
    public E getLast() {
        return m.lastKey();
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        for (Object o : c) {
            if (!contains(o)) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ updates

    @Override
    public boolean add(E e) {
        return m.put(e, PRESENT) == null;
    }

    @Override
    public boolean remove(Object o) {
        return m.remove(o) == PRESENT;
    }

    @Override
    public void clear() {
        m.clear();
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean addAll(Collection<? extends E> c) {
        // An empty set filled from a set sorted the same way is built in linear time, as the JDK does.
        if (m.size() == 0 && c.size() > 0 && c instanceof SortedSet && m instanceof TrackedTreeMap) {
            SortedSet<? extends E> set = (SortedSet<? extends E>) c;
            TrackedTreeMap<E, Object> map = (TrackedTreeMap<E, Object>) m;
            if (Objects.equals(set.comparator(), map.comparator())) {
                map.addAllSorted(set, PRESENT);
                return true;
            }
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
    public E pollFirst() {
        Map.Entry<E, ?> e = m.pollFirstEntry();
        return e == null ? null : e.getKey();
    }

    @Override
    public E pollLast() {
        Map.Entry<E, ?> e = m.pollLastEntry();
        return e == null ? null : e.getKey();
    }

    /** Java 21's {@code removeFirst()}: {@link #pollFirst()}, but NoSuchElementException when empty. */
    public E removeFirst() {
        Map.Entry<E, ?> e = m.pollFirstEntry();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e.getKey();
    }

    /** Java 21's {@code removeLast()}: {@link #pollLast()}, but NoSuchElementException when empty. */
    public E removeLast() {
        Map.Entry<E, ?> e = m.pollLastEntry();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e.getKey();
    }

    /** Always throws, as the JDK's (Java 21): the ordering places every element. */
    public void addFirst(E e) {
        throw new UnsupportedOperationException();
    }

    /** Always throws, as the JDK's (Java 21): the ordering places every element. */
    public void addLast(E e) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        boolean modified = false;
        if (size() > c.size()) {
            for (Object e : c) {
                if (remove(e)) {
                    modified = true;
                }
            }
        } else {
            for (Iterator<E> it = iterator(); it.hasNext();) {
                if (c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
        }
        return modified;
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        boolean modified = false;
        for (Iterator<E> it = iterator(); it.hasNext();) {
            if (!c.contains(it.next())) {
                it.remove();
                modified = true;
            }
        }
        return modified;
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        boolean removed = false;
        for (Iterator<E> it = iterator(); it.hasNext();) {
            if (filter.test(it.next())) {
                it.remove();
                removed = true;
            }
        }
        return removed;
    }

    // ------------------------------------------------------------------ views

    @Override
    public NavigableSet<E> descendingSet() {
        return new TrackedTreeSet<>(m.descendingMap());
    }

    /** Java 21's {@code reversed()}: the descending view. */
    public NavigableSet<E> reversed() {
        return descendingSet();
    }

    @Override
    public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
        return new TrackedTreeSet<>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
    }

    @Override
    public NavigableSet<E> headSet(E toElement, boolean inclusive) {
        return new TrackedTreeSet<>(m.headMap(toElement, inclusive));
    }

    @Override
    public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
        return new TrackedTreeSet<>(m.tailMap(fromElement, inclusive));
    }

    @Override
    public SortedSet<E> subSet(E fromElement, E toElement) {
        return subSet(fromElement, true, toElement, false);
    }

    @Override
    public SortedSet<E> headSet(E toElement) {
        return headSet(toElement, false);
    }

    @Override
    public SortedSet<E> tailSet(E fromElement) {
        return tailSet(fromElement, true);
    }

    // ------------------------------------------------------------------ bulk reads

    @Override
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (Iterator<E> it = iterator(); it.hasNext();) {
            action.accept(it.next());
        }
    }

    @Override
    public Spliterator<E> spliterator() {
        return m.navigableKeySet().spliterator();
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
    public Object[] toArray() {
        Object[] r = new Object[size()];
        int i = 0;
        for (Iterator<E> it = iterator(); it.hasNext();) {
            if (i == r.length) {
                throw new ConcurrentModificationException();
            }
            r[i++] = it.next();
        }
        return i == r.length ? r : java.util.Arrays.copyOf(r, i);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        int n = size();
        T[] r = a.length >= n ? a : (T[]) Array.newInstance(a.getClass().getComponentType(), n);
        int i = 0;
        for (Iterator<E> it = iterator(); it.hasNext();) {
            if (i == r.length) {
                throw new ConcurrentModificationException();
            }
            r[i++] = (T) it.next();
        }
        if (i < r.length) {
            r[i] = null; // the JDK's marker after the last element (a caller's larger array)
        }
        return r;
    }

    @Override
    public <T> T[] toArray(IntFunction<T[]> generator) {
        return toArray(generator.apply(0));
    }

    // ------------------------------------------------------------------ Object methods

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Set)) {
            return false;
        }
        Collection<?> c = (Collection<?>) o;
        if (c.size() != size()) {
            return false;
        }
        try {
            return containsAll(c);
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Iterator<E> it = iterator(); it.hasNext();) {
            h += Objects.hashCode(it.next());
        }
        return h;
    }

    @Override
    public String toString() {
        Iterator<E> it = iterator();
        if (!it.hasNext()) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder().append('[');
        for (;;) {
            E e = it.next();
            sb.append(e == this ? "(this Collection)" : e);
            if (!it.hasNext()) {
                return sb.append(']').toString();
            }
            sb.append(',').append(' ');
        }
    }

    /**
     * A shallow copy with a map of its own (a view's copy is a whole set of the view's elements,
     * ordered as the view, as the JDK's). The JDK's clone, called first so that subclasses keep
     * their class, copies only the superclass's empty map.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Object clone() {
        TrackedTreeSet<E> clone = (TrackedTreeSet<E>) super.clone();
        clone.m = m instanceof TrackedTreeMap ? (TrackedTreeMap<E, Object>) ((TrackedTreeMap<E, Object>) m).clone()
                : new TrackedTreeMap<>((SortedMap<E, Object>) m);
        return clone;
    }

    /**
     * Serialization writes a plain {@code java.util.TreeSet} with this set's comparator and
     * elements. (A private writeReplace applies to this class only: subclasses serialize as
     * themselves through {@link #writeObject}.)
     */
    private Object writeReplace() {
        return new TreeSet<>((SortedSet<E>) this);
    }

    /** Writes a subclass's comparator and elements (TreeSet's own writeObject writes its empty map). */
    private void writeObject(ObjectOutputStream s) throws IOException {
        s.defaultWriteObject();
        s.writeObject(m.comparator());
        s.writeInt(m.size());
        for (Iterator<E> it = iterator(); it.hasNext();) {
            s.writeObject(it.next());
        }
    }

    @SuppressWarnings("unchecked")
    private void readObject(ObjectInputStream s) throws IOException, ClassNotFoundException {
        s.defaultReadObject();
        TrackedTreeMap<E, Object> map = new TrackedTreeMap<>((Comparator<? super E>) s.readObject());
        int n = s.readInt();
        if (n < 0) {
            throw new InvalidObjectException("negative size " + n);
        }
        Object[] elements = new Object[n];
        for (int i = 0; i < n; i++) {
            elements[i] = s.readObject();
        }
        map.buildFromSorted(n, java.util.Arrays.asList(elements).iterator(), PRESENT, true);
        m = map;
    }
}
