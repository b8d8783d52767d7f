package dev.worlds.instrument.model;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generates {@link ConcurrentScenario}s: 2 to 4 threads, 1 to 3 shared rounds. */
public final class ConcurrentArbitraries {
    /**
     * The shared objects, the statics, and the object an owner last created in its world (writes
     * to it are skipped while it does not exist); Tally is left out, its fields are mostly untracked.
     */
    private static final List<Slot> SHARED = List.of(Slot.NODE, Slot.LEAF_A, Slot.LEAF_B, Slot.STATICS, Slot.FRESH);
    private static final List<ArraySlot> SHARED_ARRAYS = List.of(ArraySlot.INTS, ArraySlot.BIG);

    private ConcurrentArbitraries() {
    }

    /** Segments of at most {@code maxSegmentSteps} top-level steps, bodies and nesting as in {@link ProgramArbitraries}. */
    public static Arbitrary<ConcurrentScenario> scenarios(int maxSegmentSteps, int maxBody, int maxNesting) {
        Arbitrary<Program> segment = ProgramArbitraries.programs(maxSegmentSteps, maxBody, maxNesting);
        return Arbitraries.integers().between(2, 4).flatMap(threads -> rounds().list().ofMinSize(1).ofMaxSize(3)
                .flatMap(rounds -> segment.list().ofSize(rounds.size() + 1).list().ofSize(threads)
                        .map(segments -> new ConcurrentScenario(segments, rounds))));
    }

    private static Arbitrary<SharedRound> rounds() {
        Arbitrary<Boolean> flag = Arbitraries.of(false, true);
        Arbitrary<SharedRound> fieldRounds = Combinators.combine(Arbitraries.integers().between(0, 3),
                sharedWrites().list().ofMinSize(1).ofMaxSize(6), flag, flag, flag, flag,
                sharedWrites().list().ofMaxSize(4), flag).as(SharedRound::new);
        Arbitrary<ArrayRound> arrayRounds = Combinators.combine(elementWrites().list().ofMaxSize(6),
                elementWrites().list().ofMaxSize(3)).as(ArrayRound::new);
        return Combinators.combine(fieldRounds, arrayRounds).as(SharedRound::withArrays);
    }

    /** The arrays the threads share: a small one (saved whole) and a large one (saved by chunk). */
    public static List<ArraySlot> sharedArrays() {
        return SHARED_ARRAYS;
    }

    /**
     * Writes into the shared arrays: mostly one element, at chunk edges of the large array or
     * anywhere, sometimes a short {@code Arrays.fill}. Two writes in a row into one array make the
     * second a copy (whole or the chunk), so the owner's world saves arrays every way there is.
     */
    @SuppressWarnings("unchecked")
    private static Arbitrary<ElementWrite> elementWrites() {
        return Arbitraries.of(SHARED_ARRAYS).flatMap(array -> {
            Arbitrary<Integer> index = array.length() <= ArraySlot.CHUNK
                    ? Arbitraries.integers().between(0, array.length() - 1)
                    : Arbitraries.oneOf(Arbitraries.of(0, ArraySlot.CHUNK - 1, ArraySlot.CHUNK, 2 * ArraySlot.CHUNK,
                            array.length() - 1), Arbitraries.integers().between(0, array.length() - 1));
            Arbitrary<Integer> count = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(1)),
                    Tuple.of(1, Arbitraries.integers().between(2, 3)));
            return Combinators.combine(index, count, FieldValues.of(array.kind()))
                    .as((at, n, value) -> new ElementWrite(array, at, n, value));
        });
    }

    /** Writes of tracked primitive fields: the conflict checks flip a field's bits, which a reference has not. */
    public static List<FixtureField> sharedFields(Slot target) {
        List<FixtureField> fields = new ArrayList<>();
        for (FixtureField field : target.shape().fields()) {
            if (!field.untracked() && !field.kind().isRef()) {
                fields.add(field);
            }
        }
        return fields;
    }

    public static List<Slot> sharedSlots() {
        return SHARED;
    }

    private static Arbitrary<PoolWrite> sharedWrites() {
        List<net.jqwik.api.Tuple.Tuple2<Slot, FixtureField>> targets = new ArrayList<>();
        for (Slot slot : SHARED) {
            for (FixtureField field : sharedFields(slot)) {
                targets.add(net.jqwik.api.Tuple.of(slot, field));
            }
        }
        return Arbitraries.of(targets).flatMap(target -> FieldValues.of(target.get2().kind())
                .map(value -> new PoolWrite(target.get1(), target.get2(), value)));
    }
}
