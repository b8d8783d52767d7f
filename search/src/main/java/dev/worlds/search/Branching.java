package dev.worlds.search;

import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * How a search branches: the alternatives at a node, and how to take one of them.
 *
 * <p>A node is the state reached from the root by a path of alternatives. {@link ParallelSearch}
 * sends such paths to other threads, which replay them into their own copy of the state, so both
 * methods must be <em>deterministic</em>: given equal states they must return equal answers (no
 * randomness, no dependence on which thread runs them or on earlier, rolled-back nodes).
 *
 * <pre>{@code
 * Branching<Board> queens = new Branching<>() {
 *     public int alternatives(Board b) { return b.isFull() ? 0 : b.size(); } // a column for the next row
 *     public boolean canApply(Board b, int column) { return !b.attacked(column); }
 *     public boolean apply(Board b, int column) { b.place(column); return true; }
 * };
 * }</pre>
 *
 * @param <S> the search state
 */
public interface Branching<S> {
    /** Number of alternatives at the node {@code state} is in; 0 for a leaf. */
    int alternatives(S state);

    /**
     * Takes alternative {@code alternative} (0-based, below {@link #alternatives}) by writing the
     * state. The search has pushed a world before the call and rolls it back afterwards, so this
     * never needs to undo anything, not even when it fails half-way.
     *
     * @return false if the alternative is a dead end (the node is then not explored)
     */
    boolean apply(S state, int alternative);

    /**
     * A read-only test made before the world for {@code alternative} is opened: false skips it as
     * a dead end, without the cost of opening and rolling back a world for it (a few tens of
     * nanoseconds, more than the test itself in searches such as N-Queens, where most alternatives
     * fail at once). It must not write the state. Skipped alternatives are not counted as
     * {@linkplain SearchResult#nodes() nodes}. Default: true, every alternative is applied.
     *
     * <pre>{@code
     * public boolean canApply(Board b, int column) { return !b.attacked(column); }
     * }</pre>
     */
    default boolean canApply(S state, int alternative) {
        return true;
    }

    /**
     * Branching over a list of choices: at each node {@code choices} lists them (its list must be
     * the same for equal states), and {@code apply} takes one, returning false for a dead end.
     * The list is computed again for each alternative taken; prefer the indexed form in hot code.
     *
     * <pre>{@code
     * Branching<Tour> tours = Branching.overChoices(Tour::unvisitedCities, Tour::visit);
     * }</pre>
     */
    static <S, C> Branching<S> overChoices(Function<? super S, ? extends List<? extends C>> choices,
            BiPredicate<? super S, ? super C> apply) {
        Objects.requireNonNull(choices, "overChoices(choices, apply): choices is null");
        Objects.requireNonNull(apply, "overChoices(choices, apply): apply is null");
        return new Branching<>() {
            @Override
            public int alternatives(S state) {
                return choices.apply(state).size();
            }

            @Override
            public boolean apply(S state, int alternative) {
                return apply.test(state, choices.apply(state).get(alternative));
            }
        };
    }
}
