package dev.worlds.collections;

import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A {@link HashSet} whose state rolls back with Worlds. The weaver substitutes it for
 * {@code java.util.HashSet} in woven code ({@code new HashSet<>()} becomes
 * {@code new TrackedHashSet<>()}, and woven classes extending {@code HashSet} extend this class
 * instead), so {@code instanceof HashSet}, casts, fields and parameters of type {@code HashSet} keep
 * working; {@link #getClass()} is the visible difference.
 *
 * <p>The elements are the keys of a {@link HashCore} of this package (woven, so tracked), the same
 * table {@code TrackedHashMap} uses, with one shared value; the {@code HashMap} the JDK superclass
 * holds stays empty. Iteration order is the order a {@code HashSet} has for the same operations
 * (see {@link HashCore} for the exception). Every public method of {@code HashSet} is overridden.
 *
 * <p>Serialization writes a plain {@code java.util.HashSet} with the same elements.
 *
 * @param <E> the type of elements
 */
public class TrackedHashSet<E> extends HashSet<E> {
    private static final long serialVersionUID = 1L;

    /** The value of every key of the core. */
    static final Object PRESENT = new Object();

    /** The elements, as keys; replaced by {@link #clone()} in the copy. */
    transient HashCore<E, Object> core;

    /** An empty set (capacity 16, load factor 0.75), as {@link HashSet#HashSet()}. */
    public TrackedHashSet() {
        super();
        core = new HashCore<>(false, false, null);
    }

    /**
     * A set with the elements of {@code c}, sized as {@code HashSet(Collection)} sizes it.
     *
     * @throws NullPointerException if {@code c} is null
     */
    public TrackedHashSet(Collection<? extends E> c) {
        super();
        core = HashCore.of(HashCore.capacityForCopy(c.size(), false), HashCore.DEFAULT_LOAD_FACTOR, false, false, null);
        addAll(c);
    }

    /** @throws IllegalArgumentException if {@code initialCapacity} is negative or {@code loadFactor} not positive */
    public TrackedHashSet(int initialCapacity, float loadFactor) {
        super();
        core = HashCore.of(initialCapacity, loadFactor, false, false, null);
    }

    /** @throws IllegalArgumentException if {@code initialCapacity} is negative */
    public TrackedHashSet(int initialCapacity) {
        this(initialCapacity, HashCore.DEFAULT_LOAD_FACTOR);
    }

    /**
     * What Java 19's {@code HashSet.newHashSet(n)} returns, tracked: the weaver redirects woven code's
     * calls of it here. An empty HashSet sized for {@code numElements} elements.
     *
     * @throws IllegalArgumentException if {@code numElements} is negative
     */
    public static <T> HashSet<T> newHashSet(int numElements) {
        return new TrackedHashSet<>(HashCore.capacityFor(numElements, "elements"));
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
        TrackedHashSet<E> result = (TrackedHashSet<E>) super.clone();
        result.core = core.copy(null);
        return result;
    }

    @Override
    public Spliterator<E> spliterator() {
        return HashCore.spliterator(this, Spliterator.DISTINCT);
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

    /** Serialization writes a plain {@code java.util.HashSet} with the same elements and load factor. */
    private Object writeReplace() {
        // Same table length, filled in this set's order: the copy iterates, and so serializes, like this set.
        HashSet<E> copy = new HashSet<>(core.tableLengthOrDefault(), core.loadFactor);
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
        core = HashCore.<E, Object>readFrom(s, false, PRESENT, false, null);
    }

}
