package dev.worlds.collections;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A {@link LinkedHashSet} whose state rolls back with Worlds. The weaver substitutes it for
 * {@code java.util.LinkedHashSet} in woven code ({@code new LinkedHashSet<>()} becomes
 * {@code new TrackedLinkedHashSet<>()}, and woven classes extending {@code LinkedHashSet} extend
 * this class instead), so {@code instanceof LinkedHashSet} (and {@code HashSet}), casts, fields and
 * parameters keep working; {@link #getClass()} is the visible difference.
 *
 * <p>The elements are the keys of a linked {@link HashCore} of this package (woven, so tracked) and
 * iterate in insertion order; the map the JDK superclass holds stays empty. Every public method of
 * {@code LinkedHashSet} is overridden, and Java 21's {@code SequencedSet} methods whose signatures
 * exist on Java 17 are declared ({@code addFirst}, {@code addLast}, {@code getFirst},
 * {@code getLast}, {@code removeFirst}, {@code removeLast}); {@code reversed()}, whose return type is
 * a Java 21 type, is a {@link Java21Bridge}, present in the jar's Java 21 copy of this class.
 *
 * <p>Serialization writes a plain {@code java.util.LinkedHashSet} with the same elements in the same order.
 *
 * @param <E> the type of elements
 */
public class TrackedLinkedHashSet<E> extends LinkedHashSet<E> {
    private static final long serialVersionUID = 1L;

    static {
        Java21Bridges.require(TrackedLinkedHashSet.class, "reversed");
    }

    /** The value of every key of the core. */
    static final Object PRESENT = new Object();

    /** The elements, as keys; replaced by {@link #clone()} in the copy. */
    transient HashCore<E, Object> core;

    /** An empty set (capacity 16, load factor 0.75), as {@link LinkedHashSet#LinkedHashSet()}. */
    public TrackedLinkedHashSet() {
        super();
        core = new HashCore<>(true, false, null);
    }

    /**
     * A set with the elements of {@code c} in their iteration order, sized as {@code LinkedHashSet(Collection)} sizes it.
     *
     * @throws NullPointerException if {@code c} is null
     */
    public TrackedLinkedHashSet(Collection<? extends E> c) {
        super();
        core = HashCore.of(HashCore.capacityForCopy(c.size(), true), HashCore.DEFAULT_LOAD_FACTOR, true, false, null);
        addAll(c);
    }

    /** @throws IllegalArgumentException if {@code initialCapacity} is negative or {@code loadFactor} not positive */
    public TrackedLinkedHashSet(int initialCapacity, float loadFactor) {
        super();
        core = HashCore.of(initialCapacity, loadFactor, true, false, null);
    }

    /** @throws IllegalArgumentException if {@code initialCapacity} is negative */
    public TrackedLinkedHashSet(int initialCapacity) {
        this(initialCapacity, HashCore.DEFAULT_LOAD_FACTOR);
    }

    /**
     * What Java 19's {@code LinkedHashSet.newLinkedHashSet(n)} returns, tracked: the weaver redirects woven code's
     * calls of it here. An empty LinkedHashSet sized for {@code numElements} elements.
     *
     * @throws IllegalArgumentException if {@code numElements} is negative
     */
    public static <T> LinkedHashSet<T> newLinkedHashSet(int numElements) {
        return new TrackedLinkedHashSet<>(HashCore.capacityFor(numElements, "elements"));
    }

    @Override
    public Iterator<E> iterator() {
        return core.new NodeIterator<>(HashCore.KEYS, false);
    }

    @Override
    public int size() {
        return core.size;
    }

    @Override
    public boolean isEmpty() {
        return core.size == 0;
    }

    @Override
    public boolean contains(Object o) {
        return core.getNode(o) != null;
    }

    @Override
    public boolean add(E e) {
        return core.putVal(HashCore.hash(e), e, PRESENT, false, true) == null;
    }

    @Override
    public boolean remove(Object o) {
        return core.removeNode(HashCore.hash(o), o, null, false) != null;
    }

    @Override
    public void clear() {
        core.clear();
    }

    /** A shallow copy of the same class with its own table (HashSet.clone only clones the empty JDK map). */
    @SuppressWarnings("unchecked")
    @Override
    public Object clone() {
        TrackedLinkedHashSet<E> result = (TrackedLinkedHashSet<E>) super.clone();
        result.core = core.copy(null);
        return result;
    }

    @Override
    public Spliterator<E> spliterator() {
        return HashCore.spliterator(this, Spliterator.DISTINCT | Spliterator.ORDERED);
    }

    @Override
    public Object[] toArray() {
        return core.keysToArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return core.keysToArray(a);
    }

    @Override
    public <T> T[] toArray(IntFunction<T[]> generator) {
        return toArray(generator.apply(0));
    }

    @Override
    public boolean equals(Object o) {
        return SetOps.equals(this, o);
    }

    @Override
    public int hashCode() {
        return SetOps.hashCode(this);
    }

    @Override
    public String toString() {
        return SetOps.toString(this);
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        return SetOps.removeAll(this, c);
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        return SetOps.containsAll(this, c);
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        return SetOps.addAll(this, c);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        return SetOps.retainAll(this, c);
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        return HashCore.removeMatching(iterator(), filter);
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        core.forEachOf(HashCore.KEYS, action);
    }

    @Override
    public Stream<E> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    @Override
    public Stream<E> parallelStream() {
        return StreamSupport.stream(spliterator(), true);
    }

    // ------------------------------------------------------------------ Java 21 SequencedSet

    /** Adds {@code e} as the first element, or moves it there if present (LinkedHashSet.addFirst). */
    public void addFirst(E e) {
        core.putAtEnd(e, PRESENT, true);
    }

    /** Adds {@code e} as the last element, or moves it there if present (LinkedHashSet.addLast). */
    public void addLast(E e) {
        core.putAtEnd(e, PRESENT, false);
    }

    /** @throws NoSuchElementException if the set is empty */
    public E getFirst() {
        LinkedNode<E, Object> e = core.head;
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e.key;
    }

    /** @throws NoSuchElementException if the set is empty */
    public E getLast() {
        LinkedNode<E, Object> e = core.tail;
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e.key;
    }

    /** @throws NoSuchElementException if the set is empty */
    public E removeFirst() {
        LinkedNode<E, Object> e = core.head;
        if (e == null) {
            throw new NoSuchElementException();
        }
        core.removeNode(e.hash, e.key, null, false);
        return e.key;
    }

    /** @throws NoSuchElementException if the set is empty */
    public E removeLast() {
        LinkedNode<E, Object> e = core.tail;
        if (e == null) {
            throw new NoSuchElementException();
        }
        core.removeNode(e.hash, e.key, null, false);
        return e.key;
    }

    /**
     * {@code reversed()} on Java 21: a view of this set iterating from the last element to the
     * first; writes go to this set (see {@link ReversedLinkedSet}).
     */
    @Java21Bridge(name = "reversed", returns = "java.util.SequencedSet")
    ReversedLinkedSet<E> reversedSet() {
        return new ReversedLinkedSet<>(this);
    }

    /** Serialization writes a plain {@code java.util.LinkedHashSet} with the same elements in the same order. */
    private Object writeReplace() {
        LinkedHashSet<E> copy = new LinkedHashSet<>(Math.max(2 * core.size, 11), core.loadFactor);
        for (Iterator<E> it = iterator(); it.hasNext(); ) {
            copy.add(it.next());
        }
        return copy;
    }

    /**
     * Serialization of a subclass (this class itself is written as the plain JDK class, see
     * {@code writeReplace}): the JDK superclass writes its own, empty state; this writes the
     * entries, which {@link #readObject} reads back.
     */
    private void writeObject(java.io.ObjectOutputStream s) throws java.io.IOException {
        s.defaultWriteObject();
        core.writeTo(s, false);
    }

    private void readObject(java.io.ObjectInputStream s) throws java.io.IOException, ClassNotFoundException {
        s.defaultReadObject();
        core = HashCore.<E, Object>readFrom(s, false, PRESENT, true, null);
    }

}
