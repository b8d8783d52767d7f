package dev.worlds.collections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One kind of collection in {@link CollectionsPropertyTest}: how to make the tracked instance and
 * its {@code java.util} model, the steps a program may apply to it, and how to compare the two.
 *
 * <p>A step is written once against the JDK type: a tracked collection <em>is</em> a
 * {@code java.util} collection, so the runner applies the same {@link Action} to the model and
 * then to the tracked instance, with the same raw arguments, and compares what both returned (or
 * threw). An action must return plain values (numbers, booleans, lists it built, {@link Ctx#ref}
 * of a collection), never a view or an iterator, and must take every choice from its {@link Args}
 * or from the state of its target, so that replaying it on the model gives the same result (the
 * runner restores the model after a rolled-back world by replaying the steps that survived).
 *
 * <p>Adding a kind is one entry in {@link CollectionKinds#all()}:
 * {@code CollectionKind.of("TreeSet", TrackedTreeSet::new, TreeSet::new).steps(...).compare(...)}.
 */
final class CollectionKind<C> {
    /** What a step does to one side (model or tracked); its result is compared between the sides. */
    @FunctionalInterface
    interface Action<C> {
        Object apply(C target, Args args, Ctx ctx) throws Exception;
    }

    /** A named action, picked with probability proportional to its weight. */
    record Step<C>(String name, int weight, Action<C> action) {
    }

    /** Compares a tracked instance with its model: null when they agree, else what differs. */
    @FunctionalInterface
    interface Comparison<C> {
        String diff(C tracked, C model, Ctx ctx);
    }

    /**
     * What an action may ask of the program: which side it runs on, new collections (each becomes
     * a slot of the program, compared with its model after every step), and the program's other
     * collections.
     */
    interface Ctx {
        /** Whether this side is the tracked one (the other is the model). */
        boolean tracked();

        /** Whether the program may still add slots (a program holds at most a few dozen). */
        boolean canCreate();

        /** A new empty collection of {@code kind} on this side, registered as a new slot. */
        <T> T create(CollectionKind<T> kind);

        /** Registers {@code collection}, made by the step (a clone, a copy), as a slot of the target's kind. */
        <T> T adopt(T collection);

        /** The kinds a nested map may hold as values (collections of integers with content equality). */
        List<CollectionKind<?>> innerKinds();

        /** This side's collection of an existing slot of an inner kind, chosen by {@code raw}; null if none. */
        Object innerAt(int raw);

        /** This side's collection of an existing slot whose kind {@code which} accepts, chosen by {@code raw}; null if none. */
        Object slotWhere(java.util.function.Predicate<CollectionKind<?>> which, int raw);

        /** This side's collection of an existing slot of {@code kind}, chosen by {@code raw}; null if none. */
        default Object slotOf(CollectionKind<?> kind, int raw) {
            return slotWhere(k -> k == kind, raw);
        }

        /** Names a collection by its slot ({@code #3}), so both sides can compare what they returned. */
        String ref(Object collection);
    }

    final String name;
    private final Supplier<? extends C> tracked;
    private final Supplier<? extends C> model;
    private final List<Step<C>> steps = new ArrayList<>();
    private int[] byWeight = new int[0];
    private Comparison<C> comparison;
    private boolean inner;
    private boolean nested;
    private Class<?> modelType;

    private CollectionKind(String name, Supplier<? extends C> tracked, Supplier<? extends C> model) {
        this.name = name;
        this.tracked = tracked;
        this.model = model;
    }

    static <C> CollectionKind<C> of(String name, Supplier<? extends C> tracked, Supplier<? extends C> model) {
        return new CollectionKind<>(name, tracked, model);
    }

    @SafeVarargs
    final CollectionKind<C> steps(List<? extends Step<? super C>>... lists) {
        for (List<? extends Step<? super C>> list : lists) {
            for (Step<? super C> step : list) {
                @SuppressWarnings("unchecked")
                Step<C> s = (Step<C>) step;
                steps.add(s);
            }
        }
        return weigh();
    }

    /**
     * Leaves out the step named {@code name} (a known difference from the JDK, named by
     * {@code because}, that would otherwise fail every run).
     */
    CollectionKind<C> without(String name, String because) {
        if (!steps.removeIf(step -> step.name().equals(name))) {
            throw new IllegalArgumentException(this.name + " has no step " + name + " (" + because + ")");
        }
        return weigh();
    }

    /** {@link #without}, only when the tests run on JDK {@code feature} or newer. */
    CollectionKind<C> withoutFromJdk(int feature, String name, String because) {
        return Runtime.version().feature() >= feature ? without(name, because) : this;
    }

    private CollectionKind<C> weigh() {
        int total = steps.stream().mapToInt(Step::weight).sum();
        byWeight = new int[total];
        int at = 0;
        for (int i = 0; i < steps.size(); i++) {
            Arrays.fill(byWeight, at, at + steps.get(i).weight(), i);
            at += steps.get(i).weight();
        }
        return this;
    }

    CollectionKind<C> compare(Comparison<C> comparison) {
        this.comparison = comparison;
        return this;
    }

    /** May be a value of the nested map (and hold the values a nested step adds). */
    CollectionKind<C> inner() {
        this.inner = true;
        return this;
    }

    boolean isInner() {
        return inner;
    }

    /** Its values are slots of the program (a map of collections). */
    CollectionKind<C> nested() {
        this.nested = true;
        return this;
    }

    boolean isNested() {
        return nested;
    }

    /** The model's class (java.util.HashMap, ...): which other slots a step may use as an argument. */
    Class<?> modelType() {
        if (modelType == null) {
            modelType = model.get().getClass();
        }
        return modelType;
    }

    /** A map of integers to integers (not a map of collections). */
    static boolean isIntMap(CollectionKind<?> kind) {
        return java.util.Map.class.isAssignableFrom(kind.modelType()) && !kind.isNested();
    }

    /** A collection of integers. */
    static boolean isIntCollection(CollectionKind<?> kind) {
        return java.util.Collection.class.isAssignableFrom(kind.modelType());
    }

    C newTracked() {
        return tracked.get();
    }

    C newModel() {
        return model.get();
    }

    Step<C> step(int raw) {
        return steps.get(byWeight[Math.floorMod(raw, byWeight.length)]);
    }

    List<Step<C>> allSteps() {
        return steps;
    }

    String diff(C trackedInstance, C modelInstance, Ctx ctx) {
        return Objects.requireNonNull(comparison, name + " has no comparison").diff(trackedInstance, modelInstance, ctx);
    }

    @Override
    public String toString() {
        return name;
    }

    static <C> Step<C> step(String name, Action<C> action) {
        return new Step<>(name, 1, action);
    }

    static <C> Step<C> step(String name, int weight, Action<C> action) {
        return new Step<>(name, weight, action);
    }
}
