package dev.worlds.collections;

/**
 * The values of a {@link TrackedLinkedHashMap} in either direction; on Java 21 a
 * {@code SequencedCollection}, as the JDK's linked values are (adding throws, as in the JDK).
 */
@Java21Interfaces("java.util.SequencedCollection")
final class SequencedValueView<K, V> extends HashCore<K, V>.ValueView {
    SequencedValueView(HashCore<K, V> core, boolean reverse) {
        core.super(reverse);
    }

    @Java21Bridge(name = "reversed", returns = "java.util.SequencedCollection")
    SequencedValueView<K, V> reversedView() {
        return new SequencedValueView<>(core(), !reverse);
    }
}
