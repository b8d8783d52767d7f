package dev.worlds.collections;

import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code AbstractCollection}/{@code AbstractSet} algorithms, for the tracked sets that extend a
 * JDK set class but cannot inherit these methods (they must override every JDK method). Like the
 * JDK's, they go through the set's own public methods ({@code add}, {@code remove},
 * {@code contains}, {@code iterator}), so a subclass that overrides those sees the same calls.
 */
final class SetOps {
    private SetOps() {
    }

    static boolean containsAll(Collection<?> self, Collection<?> c) {
        for (Object e : c) {
            if (!self.contains(e)) {
                return false;
            }
        }
        return true;
    }

    static <E> boolean addAll(Collection<E> self, Collection<? extends E> c) {
        boolean modified = false;
        for (E e : c) {
            if (self.add(e)) {
                modified = true;
            }
        }
        return modified;
    }

    /** AbstractSet.removeAll: removes each of {@code c}'s elements if {@code c} is the smaller one. */
    static boolean removeAll(Set<?> self, Collection<?> c) {
        Objects.requireNonNull(c);
        boolean modified = false;
        if (self.size() > c.size()) {
            for (Object e : c) {
                modified |= self.remove(e);
            }
        } else {
            for (Iterator<?> i = self.iterator(); i.hasNext(); ) {
                if (c.contains(i.next())) {
                    i.remove();
                    modified = true;
                }
            }
        }
        return modified;
    }

    static boolean retainAll(Collection<?> self, Collection<?> c) {
        Objects.requireNonNull(c);
        boolean modified = false;
        for (Iterator<?> it = self.iterator(); it.hasNext(); ) {
            if (!c.contains(it.next())) {
                it.remove();
                modified = true;
            }
        }
        return modified;
    }

    static boolean equals(Set<?> self, Object o) {
        if (o == self) {
            return true;
        }
        if (!(o instanceof Set<?> other) || other.size() != self.size()) {
            return false;
        }
        try {
            return self.containsAll(other);
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
    }

    static int hashCode(Set<?> self) {
        int h = 0;
        for (Object obj : self) {
            if (obj != null) {
                h += obj.hashCode();
            }
        }
        return h;
    }

    static String toString(Collection<?> self) {
        Iterator<?> it = self.iterator();
        if (!it.hasNext()) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder().append('[');
        for (;;) {
            Object e = it.next();
            sb.append(e == self ? "(this Collection)" : e);
            if (!it.hasNext()) {
                return sb.append(']').toString();
            }
            sb.append(',').append(' ');
        }
    }
}
