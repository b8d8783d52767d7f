package dev.worlds.instrument.model;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Generates programs: mostly field writes and array steps ({@link ArraySteps}), with enough pushes to get a few worlds deep, and
 * speculate/attempt steps whose bodies are programs themselves (nested up to a limit).
 */
public final class ProgramArbitraries {
    /** Every (slot, field) pair a write can target. */
    private static final List<Tuple.Tuple2<Slot, FixtureField>> TARGETS = targets();

    private ProgramArbitraries() {
    }

    /**
     * @param maxSteps   most top-level steps
     * @param maxBody    most steps in one speculate or attempt body
     * @param maxNesting how deep speculate and attempt steps nest
     */
    public static Arbitrary<Program> programs(int maxSteps, int maxBody, int maxNesting) {
        // Uniform sizes: jqwik's default favours short lists, and depth needs length.
        return steps(maxBody, maxNesting).list().ofMaxSize(maxSteps)
                .withSizeDistribution(RandomDistribution.uniform())
                .map(ProgramShaper::shape);
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Step> steps(int maxBody, int nesting) {
        // Nothing first: shrinking turns steps into it, which deletes them (see Step.Nothing).
        List<Tuple.Tuple2<Integer, Arbitrary<? extends Step>>> choices = new ArrayList<>(List.of(
                Tuple.of(1, Arbitraries.just(new Step.Nothing())),
                Tuple.of(8, writes()),
                Tuple.of(6, ArraySteps.writes()),
                Tuple.of(2, ArraySteps.fills()),
                Tuple.of(2, ArraySteps.copies()),
                Tuple.of(1, ArraySteps.rowReplacements()),
                Tuple.of(1, ArraySteps.creations()),
                Tuple.of(5, Arbitraries.just(new Step.Push())),
                Tuple.of(2, Arbitraries.of(false, true).map(Step.Commit::new)),
                Tuple.of(2, Arbitraries.of(false, true).map(Step.Pop::new)),
                Tuple.of(1, Arbitraries.integers().between(-2, 4).map(Step.PopUntil::new)),
                Tuple.of(1, Arbitraries.integers().between(0, 3).map(Step.Close::new)),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(false, true))
                        .as(Step.EndOuter::new)),
                Tuple.of(1, Arbitraries.just(new Step.Create()))));
        if (nesting > 0) {
            Arbitrary<List<Step>> bodies = steps(maxBody, nesting - 1).list().ofMaxSize(maxBody);
            Arbitrary<Boolean> flags = Arbitraries.of(false, true);
            choices.add(Tuple.of(2, Combinators.combine(bodies, flags, flags)
                    .as(Step.Speculate::new)));
            choices.add(Tuple.of(2, Combinators.combine(bodies,
                    Arbitraries.of(Step.AttemptEnd.class)).as(Step.Attempt::new)));
        }
        return Arbitraries.frequencyOf(choices.toArray(new Tuple.Tuple2[0]));
    }

    private static Arbitrary<Step> writes() {
        return Arbitraries.of(TARGETS).flatMap(target -> FieldValues.of(target.get2().kind())
                .map(value -> new Step.Write(target.get1(), target.get2(), value)));
    }

    private static List<Tuple.Tuple2<Slot, FixtureField>> targets() {
        List<Tuple.Tuple2<Slot, FixtureField>> targets = new ArrayList<>();
        for (Slot slot : Slot.values()) {
            for (FixtureField field : slot.shape().fields()) {
                targets.add(Tuple.of(slot, field));
            }
        }
        return List.copyOf(targets);
    }
}
