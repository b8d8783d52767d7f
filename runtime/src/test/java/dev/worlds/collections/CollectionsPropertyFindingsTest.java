package dev.worlds.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.BitSet;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Differences from the JDK that {@link CollectionsPropertyTest} found, each reduced to a minimal
 * reproduction. They are disabled until the owner of the class fixes them (and the property then
 * takes the step back: see the comment at the step it leaves out).
 */
class CollectionsPropertyFindingsTest {
    private static void serialize(Object o) throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(o);
        }
    }

    /**
     * java.util.BitSet.writeObject calls trimToSize() unless the size is sticky (set by the
     * BitSet(int) constructor), so size() shrinks when a set is serialized; TrackedBitSet writes a
     * plain copy through writeReplace and keeps its words array: plain 0, tracked 128.
     */
    @Test
    @Disabled("TrackedBitSet: serializing does not trim the words array as java.util.BitSet does")
    void serializingTrimsTheWordsArrayLikeBitSet() throws IOException {
        BitSet plain = new BitSet();
        BitSet tracked = new TrackedBitSet();
        for (BitSet set : new BitSet[] {plain, tracked}) {
            set.set(100);
            set.clear(100);
            serialize(set);
        }
        assertEquals(plain.size(), tracked.size());
    }
}
