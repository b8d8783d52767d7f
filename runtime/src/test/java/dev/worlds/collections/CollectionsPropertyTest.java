package dev.worlds.collections;

import dev.worlds.World;
import dev.worlds.Worlds;
import dev.worlds.collections.CollectionKind.Ctx;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCollector;

/**
 * Random programs over every tracked collection kind ({@link CollectionKinds#all()}), interleaved
 * with {@code Worlds.push()}, {@code commit()}, {@code pop()}, {@code popUntil} and steps in a world
 * of their own ({@code Worlds.attempt}, {@code try (World w = Worlds.push())}), run against
 * {@code java.util} models. Each program starts with one tracked instance of every kind and its
 * model; steps apply every mutator and write-through view of the kind to both, create further
 * collections (clones, copies, the nested map's values, in worlds or not), and after every step
 * each tracked collection must equal its model: same contents, size and iteration order (the JDK's
 * exact order for hash tables and heaps), same answers and exceptions from the step.
 *
 * <p>The model of an open world is its history: the steps applied since the program started
 * that were not rolled back. Rolling a world back truncates the history to its length at the push
 * and replays it on fresh {@code java.util} collections. A copy of a {@code java.util} collection
 * would not do: a {@code HashMap}'s iteration order depends on its table's capacity, which no copy
 * reproduces (a copy sizes its table for its entries, while the original kept the capacity it
 * grew to), and {@code BitSet.clone} trims the words array that {@code size()} reports; a replay
 * reproduces both exactly, so the tracked collections are held to the JDK's order after every
 * rollback too. Collections created in a world that rolls back leave the program with it.
 *
 * <p>Tries come from the system property {@value #TRIES_PROPERTY} (default {@value #DEFAULT_TRIES}),
 * e.g. {@code mvn -pl runtime test -Dtest=CollectionsPropertyTest -Dworlds.collections.tries=20000}.
 */
class CollectionsPropertyTest {
    static final String TRIES_PROPERTY = "worlds.collections.tries";
    static final int DEFAULT_TRIES = 200;

    private static final int MAX_STEPS = 250;
    private static final int MAX_DEPTH = 6;
    /** Slots a program may hold (created collections beyond it are not made): keeps the comparisons cheap. */
    private static final int MAX_SLOTS = 40;

    @AfterTry
    void closeWorlds() {
        Worlds.popUntil(0);
    }

    // No jqwik edge cases: they are mostly one-step programs, which never open a world.
    @Property(edgeCases = EdgeCasesMode.NONE)
    @AddLifecycleHook(TriesFromSystemProperty.class)
    void trackedCollectionsFollowTheirModels(@ForAll("programs") List<Op> program) {
        Run run = new Run(CollectionKinds.all());
        int deepest = 0;
        for (Op op : program) {
            run.apply(op);
            deepest = Math.max(deepest, Worlds.depth());
        }
        while (Worlds.depth() > 0) {
            run.apply(Op.POP);
        }
        recordCoverage(deepest, run);
    }

    /**
     * Reports how deep programs nest worlds, how many collections they end with and how big they
     * grow. With enough tries for percentages to mean something, at least half of the programs
     * must reach depth 3 and a fifth must grow a collection past 512 elements (measured: about
     * 70 % and 35 %).
     */
    private static void recordCoverage(int deepest, Run run) {
        boolean checked = Integer.getInteger(TRIES_PROPERTY, DEFAULT_TRIES) >= 1000;
        StatisticsCollector depths = Statistics.label("deepest world");
        depths.collect(deepest >= 3 ? "3 or more" : String.valueOf(deepest));
        Statistics.label("slots at the end").collect(run.slots.size() / 10 * 10 + "+");
        int largest = run.largest();
        StatisticsCollector sizes = Statistics.label("largest collection");
        sizes.collect(largest < 20 ? "< 20" : largest < 100 ? "20..99" : largest <= 512 ? "100..512" : "over 512");
        if (checked) {
            depths.coverage(coverage -> coverage.check("3 or more").percentage(percent -> percent >= 50));
            sizes.coverage(coverage -> coverage.check("over 512").percentage(percent -> percent >= 20));
        }
    }

    /** One step of a program: a world operation, or a step of the kind of slot {@code slot % slots}. */
    record Op(Type type, int slot, int step, int a, int b, int c, int d) {
        enum Type { PUSH, COMMIT, POP, POP_UNTIL, STEP, ATTEMPT }

        static final Op PUSH = new Op(Type.PUSH, 0, 0, 0, 0, 0, 0);
        static final Op COMMIT = new Op(Type.COMMIT, 0, 0, 0, 0, 0, 0);
        static final Op POP = new Op(Type.POP, 0, 0, 0, 0, 0, 0);

        @Override
        public String toString() {
            switch (type) {
                case STEP:
                    return "step(" + slot + ", " + step + ", " + a + ", " + b + ", " + c + ", " + d + ")";
                case ATTEMPT:
                    return "attempt(" + slot + ", " + step + ", " + a + ", " + b + ", " + c + ", " + d + ")";
                case POP_UNTIL:
                    return "popUntil(" + slot + ")";
                default:
                    return type.name().toLowerCase();
            }
        }
    }

    @Provide
    Arbitrary<List<Op>> programs() {
        Arbitrary<Integer> raw = Arbitraries.integers().between(0, 9999);
        Arbitrary<Op> steps = Combinators.combine(raw, raw, raw, raw, raw, raw)
                .as((slot, step, a, b, c, d) -> new Op(Op.Type.STEP, slot, step, a, b, c, d));
        Arbitrary<Op> attempts = Combinators.combine(raw, raw, raw, raw, raw, raw)
                .as((slot, step, a, b, c, d) -> new Op(Op.Type.ATTEMPT, slot, step, a, b, c, d));
        Arbitrary<Op> popUntil = Arbitraries.integers().between(0, MAX_DEPTH)
                .map(depth -> new Op(Op.Type.POP_UNTIL, depth, 0, 0, 0, 0, 0));
        Arbitrary<Op> ops = Arbitraries.frequencyOf(
                Tuple.of(77, steps),
                Tuple.of(3, attempts),
                Tuple.of(9, Arbitraries.just(Op.PUSH)),
                Tuple.of(4, Arbitraries.just(Op.COMMIT)),
                Tuple.of(5, Arbitraries.just(Op.POP)),
                Tuple.of(1, popUntil));
        // Uniform lengths: jqwik's default favours short lists, which seldom nest worlds.
        return ops.list().ofMinSize(1).ofMaxSize(MAX_STEPS).withSizeDistribution(RandomDistribution.uniform());
    }

    public static final class TriesFromSystemProperty extends SystemPropertyTries {
        public TriesFromSystemProperty() {
            super(TRIES_PROPERTY, DEFAULT_TRIES);
        }
    }

    /** A collection of the program: the tracked instance and its model. */
    static final class Slot {
        final CollectionKind<Object> kind;
        final Object tracked;
        Object model;

        Slot(CollectionKind<Object> kind, Object tracked, Object model) {
            this.kind = kind;
            this.tracked = tracked;
            this.model = model;
        }
    }

    /** The state of one program: its slots, the model's history and the open worlds. */
    static final class Run {
        final List<Slot> slots = new ArrayList<>();
        private final int initialSlots;
        private final List<CollectionKind<?>> innerKinds = new ArrayList<>();
        /** The steps applied and not rolled back, in order: replaying them rebuilds every model. */
        private final List<Op> history = new ArrayList<>();
        /** Per open world: the history's length and the number of slots when it was pushed. */
        private final List<int[]> worlds = new ArrayList<>();
        private final List<String> transcript = new ArrayList<>();

        @SuppressWarnings("unchecked")
        Run(List<CollectionKind<?>> kinds) {
            for (CollectionKind<?> kind : kinds) {
                CollectionKind<Object> k = (CollectionKind<Object>) kind;
                slots.add(new Slot(k, k.newTracked(), k.newModel()));
                if (kind.isInner()) {
                    innerKinds.add(kind);
                }
            }
            initialSlots = slots.size();
        }

        /** The most elements any collection or map of the program holds. */
        int largest() {
            int largest = 0;
            for (Slot slot : slots) {
                Object m = slot.model;
                int size = m instanceof java.util.Collection ? ((java.util.Collection<?>) m).size()
                        : m instanceof java.util.Map ? ((java.util.Map<?, ?>) m).size() : 0;
                largest = Math.max(largest, size);
            }
            return largest;
        }

        void apply(Op op) {
            switch (op.type()) {
                case PUSH:
                    if (worlds.size() < MAX_DEPTH) {
                        worlds.add(new int[] {history.size(), slots.size()});
                        Worlds.push();
                        record("push -> depth " + Worlds.depth());
                    }
                    break;
                case COMMIT:
                    if (!worlds.isEmpty()) {
                        worlds.remove(worlds.size() - 1);
                        Worlds.commit();
                        record("commit -> depth " + Worlds.depth());
                    }
                    break;
                case POP:
                    if (!worlds.isEmpty()) {
                        Worlds.pop();
                        rollBackModels(worlds.size() - 1);
                        record("pop -> depth " + Worlds.depth());
                    }
                    break;
                case POP_UNTIL:
                    if (op.slot() < worlds.size()) {
                        Worlds.popUntil(op.slot());
                        rollBackModels(op.slot());
                        record("popUntil(" + op.slot() + ") -> depth " + Worlds.depth());
                    }
                    break;
                case ATTEMPT:
                    if (worlds.size() < MAX_DEPTH) {
                        attempt(op);
                    }
                    break;
                default:
                    step(op);
            }
            if (Worlds.depth() != worlds.size()) {
                fail("Worlds.depth() is " + Worlds.depth() + ", expected " + worlds.size());
            }
            compareAll();
        }

        /**
         * One step in a world of its own, kept or rolled back by {@code Worlds.attempt} or by a
         * {@code try (World w = Worlds.push())} block that commits or lets close() roll back.
         */
        private void attempt(Op op) {
            boolean keep = Math.floorMod(op.a() * 31 + op.step(), 3) != 0;
            boolean block = (op.b() & 8) != 0;
            int depth = worlds.size();
            worlds.add(new int[] {history.size(), slots.size()});
            if (block) {
                try (World w = Worlds.push()) {
                    record("try (World w = Worlds.push()) -> depth " + Worlds.depth());
                    step(op);
                    compareAll();
                    if (keep) {
                        w.commit();
                    }
                }
            } else {
                boolean kept = Worlds.attempt(() -> {
                    record("Worlds.attempt -> depth " + Worlds.depth());
                    step(op);
                    compareAll();
                    return keep;
                });
                if (kept != keep) {
                    fail("Worlds.attempt returned " + kept + ", expected " + keep);
                }
            }
            if (keep) {
                worlds.remove(worlds.size() - 1);
            } else {
                rollBackModels(depth);
            }
            record((keep ? "committed" : "rolled back") + " -> depth " + Worlds.depth());
        }

        /** Closes the model's worlds from {@code depth} up: back to the history and slots at that push. */
        private void rollBackModels(int depth) {
            int[] atPush = worlds.get(depth);
            while (worlds.size() > depth) {
                worlds.remove(worlds.size() - 1);
            }
            history.subList(atPush[0], history.size()).clear();
            slots.subList(atPush[1], slots.size()).clear();
            replay();
        }

        /** Rebuilds every model from scratch by replaying the history (the same steps make the same slots). */
        private void replay() {
            for (int i = 0; i < initialSlots; i++) {
                Slot slot = slots.get(i);
                slot.model = slot.kind.newModel();
            }
            int count = initialSlots;
            for (Op op : history) {
                Slot target = slots.get(Math.floorMod(op.slot(), count));
                Side side = new Side(false, count, target.kind);
                try {
                    target.kind.step(op.step()).action().apply(target.model, args(op), side);
                } catch (Exception expected) {
                    // the live step threw the same (the tracked side was compared with it)
                }
                for (int i = 0; i < side.created.size(); i++) {
                    Slot slot = slots.get(count + i);
                    if (slot.kind != side.createdKinds.get(i)) {
                        fail("replay made a " + side.createdKinds.get(i) + " for slot #" + (count + i) + " (a " + slot.kind + ")");
                    }
                    slot.model = side.created.get(i);
                }
                count += side.created.size();
            }
            if (count != slots.size()) {
                fail("replay made " + count + " slots, expected " + slots.size());
            }
        }

        private static Args args(Op op) {
            return new Args(op.a(), op.b(), op.c(), op.d());
        }

        private void step(Op op) {
            int count = slots.size();
            int index = Math.floorMod(op.slot(), count);
            Slot target = slots.get(index);
            CollectionKind.Step<Object> step = target.kind.step(op.step());
            Side modelSide = new Side(false, count, target.kind);
            Args modelArgs = args(op);
            Object expected = outcome(() -> step.action().apply(target.model, modelArgs, modelSide));
            Side trackedSide = new Side(true, count, target.kind);
            Object actual = outcome(() -> step.action().apply(target.tracked, args(op), trackedSide));
            history.add(op);
            record("#" + index + " " + target.kind + "." + step.name() + "(" + modelArgs.describe() + ") -> " + expected);
            trimLastRecord();
            if (!Objects.equals(expected, actual)) {
                fail("#" + index + " " + target.kind + "." + step.name() + " returned " + actual + ", model " + expected);
            }
            if (trackedSide.created.size() != modelSide.created.size()
                    || !trackedSide.createdKinds.equals(modelSide.createdKinds)) {
                fail("the step created " + trackedSide.createdKinds + ", model " + modelSide.createdKinds);
            }
            for (int i = 0; i < modelSide.created.size(); i++) {
                slots.add(new Slot(modelSide.createdKinds.get(i), trackedSide.created.get(i), modelSide.created.get(i)));
            }
        }

        private interface Action {
            Object run() throws Exception;
        }

        /** What a step returned, or the class of what it threw. */
        private static Object outcome(Action action) {
            try {
                return action.run();
            } catch (Exception e) {
                return "threw " + e.getClass().getName();
            }
        }

        private void compareAll() {
            Side both = new Side(false, slots.size(), null);
            for (int i = 0; i < slots.size(); i++) {
                Slot slot = slots.get(i);
                String diff;
                try {
                    diff = slot.kind.diff(slot.tracked, slot.model, both);
                } catch (RuntimeException e) {
                    throw new AssertionError(failure("comparing #" + i + " " + slot.kind + " threw " + e), e);
                }
                if (diff != null) {
                    fail("#" + i + " " + slot.kind + ": " + diff);
                }
            }
        }

        private void record(String line) {
            transcript.add("[" + Worlds.depth() + "] " + line);
        }

        /** Long arguments and results (a bulk step's elements) are cut short in the transcript. */
        private void trimLastRecord() {
            int last = transcript.size() - 1;
            String line = transcript.get(last);
            if (line.length() > 400) {
                transcript.set(last, line.substring(0, 400) + "... (" + line.length() + " characters)");
            }
        }

        private void fail(String what) {
            throw new AssertionError(failure(what));
        }

        private String failure(String what) {
            StringBuilder text = new StringBuilder(what).append("\nafter (depth, step; last 60 of ").append(transcript.size()).append("):");
            for (String line : transcript.subList(Math.max(0, transcript.size() - 60), transcript.size())) {
                text.append("\n  ").append(line);
            }
            return text.toString();
        }

        /** One side of one step: what it may see of the program and what it creates. */
        private final class Side implements Ctx {
            private final boolean tracked;
            /** The slots the step sees (those it creates are added after it). */
            private final int visible;
            final List<Object> created = new ArrayList<>();
            final List<CollectionKind<Object>> createdKinds = new ArrayList<>();
            private final CollectionKind<Object> targetKind;

            Side(boolean tracked, int visible, CollectionKind<Object> targetKind) {
                this.tracked = tracked;
                this.visible = visible;
                this.targetKind = targetKind;
            }

            @Override
            public boolean tracked() {
                return tracked;
            }

            @Override
            public boolean canCreate() {
                return visible + created.size() < MAX_SLOTS;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T create(CollectionKind<T> kind) {
                T collection = tracked ? kind.newTracked() : kind.newModel();
                created.add(collection);
                createdKinds.add((CollectionKind<Object>) kind);
                return collection;
            }

            @Override
            public <T> T adopt(T collection) {
                created.add(collection);
                createdKinds.add(targetKind());
                return collection;
            }

            private CollectionKind<Object> targetKind() {
                return Objects.requireNonNull(targetKind, "adopt outside a step");
            }

            @Override
            public List<CollectionKind<?>> innerKinds() {
                return innerKinds;
            }

            @Override
            public Object innerAt(int raw) {
                List<Slot> inner = new ArrayList<>();
                for (int i = 0; i < visible; i++) {
                    if (slots.get(i).kind.isInner()) {
                        inner.add(slots.get(i));
                    }
                }
                if (inner.isEmpty()) {
                    return null;
                }
                Slot slot = inner.get(Math.floorMod(raw, inner.size()));
                return tracked ? slot.tracked : slot.model;
            }

            @Override
            public Object slotWhere(java.util.function.Predicate<CollectionKind<?>> which, int raw) {
                List<Slot> ofKind = new ArrayList<>();
                for (int i = 0; i < visible; i++) {
                    if (which.test(slots.get(i).kind)) {
                        ofKind.add(slots.get(i));
                    }
                }
                if (ofKind.isEmpty()) {
                    return null;
                }
                Slot slot = ofKind.get(Math.floorMod(raw, ofKind.size()));
                return tracked ? slot.tracked : slot.model;
            }

            @Override
            public String ref(Object collection) {
                if (collection == null) {
                    return "null";
                }
                for (int i = 0; i < visible; i++) {
                    Slot slot = slots.get(i);
                    if (slot.tracked == collection || slot.model == collection) {
                        return "#" + i;
                    }
                }
                for (int i = 0; i < created.size(); i++) {
                    if (created.get(i) == collection) {
                        return "#" + (visible + i);
                    }
                }
                return "a " + collection.getClass().getSimpleName() + " of no slot";
            }
        }
    }
}
