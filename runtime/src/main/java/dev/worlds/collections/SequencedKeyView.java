package dev.worlds.collections;

/**
 * The key set of a {@link TrackedLinkedHashMap} in either direction; on Java 21 a
 * {@code SequencedSet}, as the JDK's linked key set is. The sequenced methods other than
 * {@code reversed()} are the interface's defaults, which iterate this view (adding throws, as in
 * the JDK).
 */
@Java21Interfaces("java.util.SequencedSet")
final class SequencedKeyView<K, V> extends HashCore<K, V>.KeyView {
    SequencedKeyView(HashCore<K, V> core, boolean reverse) {
        core.super(reverse);
    }

    @Java21Bridge(name = "reversed", returns = "java.util.SequencedSet")
    SequencedKeyView<K, V> reversedView() {
        return new SequencedKeyView<>(core(), !reverse);
    }
}
