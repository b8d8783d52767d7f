package dev.worlds.collections;

/**
 * The entries of a {@link TrackedLinkedHashMap} in either direction; on Java 21 a
 * {@code SequencedSet}, as the JDK's linked entry set is (adding throws, as in the JDK).
 */
@Java21Interfaces("java.util.SequencedSet")
final class SequencedEntryView<K, V> extends HashCore<K, V>.EntryView {
    SequencedEntryView(HashCore<K, V> core, boolean reverse) {
        core.super(reverse);
    }

    @Java21Bridge(name = "reversed", returns = "java.util.SequencedSet")
    SequencedEntryView<K, V> reversedView() {
        return new SequencedEntryView<>(core(), !reverse);
    }
}
