package dev.worlds.instrument.multirelease;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** A fixture shaped like the runtime's sequenced views: a set that can give its reverse. */
@Java21Interfaces("java.util.SequencedSet")
final class ReversibleKeys extends AbstractSet<String> {
    private final List<String> keys;

    ReversibleKeys(List<String> keys) {
        this.keys = keys;
    }

    @Java21Bridge(name = "reversed", returns = "java.util.SequencedSet")
    ReversibleKeys reversedView() {
        List<String> reversed = new ArrayList<>(keys);
        Collections.reverse(reversed);
        return new ReversibleKeys(reversed);
    }

    @Java21Bridge(name = "firstOf", returns = "java.lang.CharSequence")
    String firstOf(int skip, long unused, String fallback) {
        return keys.size() > skip ? keys.get(skip) : fallback;
    }

    @Override
    public Iterator<String> iterator() {
        return keys.iterator();
    }

    @Override
    public int size() {
        return keys.size();
    }
}
