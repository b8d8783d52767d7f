package dev.worlds.collections;

import dev.worlds.Worlds;
import java.util.Collection;
import java.util.Comparator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * Spliterators for the tracked lists and deques that walk an iterator. While the calling thread
 * has a world open, no spliterator of a tracked collection splits: a parallel stream then runs
 * in the calling thread, so what its actions write is written by the world's thread, saved in
 * the world and rolled back with it. A worker thread's write would not be: a thread's writes
 * belong to its own worlds (or to none). With no world open they split as usual.
 */
final class SequenceSpliterators {
    private SequenceSpliterators() {
    }

    /** {@link Spliterators#spliterator(Collection, int)}, not split while a world is open. */
    static <T> Spliterator<T> of(Collection<? extends T> c, int characteristics) {
        return new NoSplitInWorld<>(Spliterators.spliterator(c, characteristics));
    }

    /** Whether a spliterator may split now: not while the calling thread has a world open. */
    static boolean maySplit() {
        return Worlds.depth() == 0;
    }

    private static final class NoSplitInWorld<T> implements Spliterator<T> {
        private final Spliterator<T> delegate;

        NoSplitInWorld(Spliterator<T> delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            return delegate.tryAdvance(action);
        }

        @Override
        public void forEachRemaining(Consumer<? super T> action) {
            delegate.forEachRemaining(action);
        }

        @Override
        public Spliterator<T> trySplit() {
            return maySplit() ? delegate.trySplit() : null;
        }

        @Override
        public long estimateSize() {
            return delegate.estimateSize();
        }

        @Override
        public long getExactSizeIfKnown() {
            return delegate.getExactSizeIfKnown();
        }

        @Override
        public int characteristics() {
            return delegate.characteristics();
        }

        @Override
        public Comparator<? super T> getComparator() {
            return delegate.getComparator();
        }
    }
}
