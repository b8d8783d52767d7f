package dev.worlds.instrument.model;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generates the array steps of a program: element stores, {@code Arrays.fill} of a range,
 * {@code System.arraycopy} (often within one array, overlapping), row replacement and array
 * creation. Indexes and positions favour the places a chunked save could get wrong: both ends of
 * an array and both sides of every 512-element chunk boundary.
 */
final class ArraySteps {
    /** Most elements a fill or copy usually spans: enough to cross a chunk boundary. */
    private static final int SHORT_SPAN = 40;
    /** How far apart source and destination usually are in a copy within one array. */
    private static final int NEAR = 8;

    private ArraySteps() {
    }

    /** Element stores into every array but the grid (rows are replaced, not stored into). */
    static Arbitrary<Step> writes() {
        return elementArrays().flatMap(slot -> Combinators.combine(indexes(slot.length()), FieldValues.of(slot.kind()))
                .as((index, value) -> new Step.ArrayWrite(slot, index, value)));
    }

    static Arbitrary<Step> fills() {
        return elementArrays().flatMap(slot -> positions(slot.length()).flatMap(from ->
                Combinators.combine(spans(slot.length() - from), FieldValues.of(slot.kind()))
                        .as((span, value) -> new Step.ArrayFill(slot, from, from + span, value))));
    }

    /** Copies into any array, the grid included (rows then alias), from itself or one of its type. */
    @SuppressWarnings("unchecked")
    static Arbitrary<Step> copies() {
        return Arbitraries.of(ArraySlot.values()).flatMap(dest -> Arbitraries.frequencyOf(
                        Tuple.of(2, Arbitraries.just(dest)),
                        Tuple.of(1, Arbitraries.of(dest.copySources())))
                .flatMap(source -> copy(source, dest)));
    }

    static Arbitrary<Step> rowReplacements() {
        return Arbitraries.integers().between(0, ArraySlot.GRID.length() - 1).map(Step.ReplaceRow::new);
    }

    static Arbitrary<Step> creations() {
        return Arbitraries.just(new Step.CreateArray());
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Step> copy(ArraySlot source, ArraySlot dest) {
        return positions(source.length()).flatMap(sourcePos -> {
            Arbitrary<Integer> destPos = source != dest ? positions(dest.length())
                    : Arbitraries.frequencyOf(
                            Tuple.of(3, Arbitraries.integers().between(-NEAR, NEAR)
                                    .map(delta -> Math.max(0, Math.min(dest.length(), sourcePos + delta)))),
                            Tuple.of(1, positions(dest.length())));
            return destPos.flatMap(to -> spans(Math.min(source.length() - sourcePos, dest.length() - to))
                    .map(length -> new Step.ArrayCopy(source, sourcePos, dest, to, length)));
        });
    }

    /** The big array and the fresh one more often than each small one: they are the chunked ones. */
    @SuppressWarnings("unchecked")
    private static Arbitrary<ArraySlot> elementArrays() {
        List<Tuple.Tuple2<Integer, Arbitrary<ArraySlot>>> choices = new ArrayList<>();
        for (ArraySlot slot : ArraySlot.values()) {
            if (slot != ArraySlot.GRID) {
                int weight = slot == ArraySlot.BIG ? 4 : slot == ArraySlot.FRESH ? 2 : 1;
                choices.add(Tuple.of(weight, Arbitraries.just(slot)));
            }
        }
        return Arbitraries.frequencyOf(choices.toArray(new Tuple.Tuple2[0]));
    }

    /** An element index in {@code [0, length)}. */
    private static Arbitrary<Integer> indexes(int length) {
        return edgesOr(length - 1);
    }

    /** A position in {@code [0, length]}: where a range starts (it may be empty at the end). */
    private static Arbitrary<Integer> positions(int length) {
        return edgesOr(length);
    }

    /** How many elements a range spans, at most {@code room}; usually short, sometimes any. */
    @SuppressWarnings("unchecked")
    private static Arbitrary<Integer> spans(int room) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, Math.min(room, SHORT_SPAN))),
                Tuple.of(1, Arbitraries.integers().between(0, room)));
    }

    /** A number in {@code [0, max]}: 0, 1, max, either side of a chunk boundary, or any. */
    @SuppressWarnings("unchecked")
    private static Arbitrary<Integer> edgesOr(int max) {
        List<Integer> edges = new ArrayList<>(List.of(0));
        for (int candidate : new int[] {1, max}) {
            if (candidate <= max && !edges.contains(candidate)) {
                edges.add(candidate);
            }
        }
        for (int boundary = ArraySlot.CHUNK; boundary <= max; boundary += ArraySlot.CHUNK) {
            for (int candidate : new int[] {boundary - 1, boundary}) {
                if (!edges.contains(candidate)) {
                    edges.add(candidate);
                }
            }
        }
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(edges)),
                Tuple.of(1, Arbitraries.integers().between(0, max)));
    }
}
