package dev.worlds.collections;

import dev.worlds.Worlds;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs a conformance suite's tests each inside a world that is rolled back after it. Wrap the
 * suite's generator so that every container it creates goes through {@link #created}, and give
 * the suite builder {@link #SET_UP} and {@link #TEAR_DOWN}
 * ({@code withSetUp(RollbackHarness.SET_UP).withTearDown(RollbackHarness.TEAR_DOWN)}).
 *
 * <p>A container created while no world is open is snapshotted and then a world is pushed, so
 * everything the test does to it happens inside that world. After the test, every world is
 * rolled back and each such container must equal its snapshot again: the same elements in the
 * same iteration order (and the same {@code equals}, {@code hashCode} and {@code toString}).
 * Containers created later in the same test are created inside the world and need no rollback;
 * they are not checked.
 */
final class RollbackHarness {
    private static final ThreadLocal<List<Runnable>> CHECKS = ThreadLocal.withInitial(ArrayList::new);
    /**
     * Whether a test is running on this thread: suite builders also call generators while they
     * build the suite (test discovery), where no world must be opened, since nothing would close it.
     */
    private static final ThreadLocal<Boolean> IN_TEST = ThreadLocal.withInitial(() -> false);

    static final Runnable SET_UP = () -> {
        Worlds.popUntil(0);
        CHECKS.get().clear();
        IN_TEST.set(true);
    };

    static final Runnable TEAR_DOWN = RollbackHarness::rollBackAndCheck;

    private RollbackHarness() {
    }

    /**
     * Registers {@code container}, just created, for the check after the test, and opens the
     * world the test runs in; {@code state} gives what must come back: by default the elements or
     * entries in iteration order ({@link #iterationOrder}).
     */
    static <C> C created(C container, Function<? super C, ?> state) {
        if (!IN_TEST.get() || Worlds.depth() > 0) {
            return container;
        }
        Object before = state.apply(container);
        String text = String.valueOf(container);
        int hash = container.hashCode();
        CHECKS.get().add(() -> {
            Object after = state.apply(container);
            if (!Objects.equals(before, after)) {
                throw new AssertionError("after rollback " + container.getClass().getSimpleName()
                        + " holds " + after + " instead of " + before);
            }
            if (!text.equals(String.valueOf(container)) || hash != container.hashCode()) {
                throw new AssertionError("after rollback " + container.getClass().getSimpleName()
                        + " prints " + container + " (hash " + container.hashCode() + ") instead of "
                        + text + " (hash " + hash + ")");
            }
        });
        Worlds.push();
        return container;
    }

    /** {@link #created} checking the iteration order of a collection or the entry order of a map. */
    static <C> C created(C container) {
        return created(container, RollbackHarness::iterationOrder);
    }

    /** A collection's elements, or a map's entries as key=value pairs, in iteration order. */
    static List<Object> iterationOrder(Object container) {
        List<Object> order = new ArrayList<>();
        if (container instanceof java.util.Map) {
            for (java.util.Map.Entry<?, ?> entry : ((java.util.Map<?, ?>) container).entrySet()) {
                order.add(java.util.Map.entry(String.valueOf(entry.getKey()), String.valueOf(entry.getValue())));
            }
        } else if (container instanceof Iterable) {
            ((Iterable<?>) container).forEach(order::add);
        } else {
            order.add(String.valueOf(container));
        }
        return order;
    }

    private static void rollBackAndCheck() {
        IN_TEST.set(false);
        Worlds.popUntil(0);
        List<Runnable> checks = CHECKS.get();
        try {
            for (Runnable check : checks) {
                check.run();
            }
        } finally {
            checks.clear();
        }
    }
}
