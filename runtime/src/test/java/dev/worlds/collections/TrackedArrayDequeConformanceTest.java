package dev.worlds.collections;

import com.google.common.collect.testing.MinimalCollection;
import com.google.common.collect.testing.QueueTestSuiteBuilder;
import com.google.common.collect.testing.TestStringQueueGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import java.util.Queue;
import java.util.function.Function;
import junit.framework.Test;
import junit.framework.TestSuite;

/**
 * Guava testlib's queue conformance suite for {@link TrackedArrayDeque} with the features Guava
 * gives {@code ArrayDeque} (no null elements; identity equality, so not SERIALIZABLE), built plain
 * and again with each test in a world rolled back after it ({@link RollbackHarness}). Deques are
 * made three ways: from a collection, by {@code addFirst} in reverse (the head wraps around the
 * array), and as the {@code reversed()} view of a deque in reverse order.
 */
public class TrackedArrayDequeConformanceTest {
    public static Test suite() {
        TestSuite suite = new TestSuite("TrackedArrayDeque conformance");
        for (boolean rolledBack : new boolean[] {false, true}) {
            suite.addTest(build("TrackedArrayDeque from a collection", rolledBack,
                    elements -> new TrackedArrayDeque<>(MinimalCollection.of(elements))));
            suite.addTest(build("TrackedArrayDeque filled by addFirst", rolledBack, elements -> {
                TrackedArrayDeque<String> deque = new TrackedArrayDeque<>(2);
                for (int i = elements.length - 1; i >= 0; i--) {
                    deque.addFirst(elements[i]);
                }
                return deque;
            }));
            suite.addTest(build("TrackedArrayDeque.reversed", rolledBack, elements -> {
                TrackedArrayDeque<String> deque = new TrackedArrayDeque<>();
                for (String e : elements) {
                    deque.addFirst(e);
                }
                return deque.reversed();
            }));
        }
        return ConformanceSuites.select(suite);
    }

    static Test build(String name, boolean rolledBack, Function<String[], Queue<String>> factory) {
        QueueTestSuiteBuilder<String> builder = QueueTestSuiteBuilder.using(new TestStringQueueGenerator() {
            @Override
            protected Queue<String> create(String[] elements) {
                Queue<String> queue = factory.apply(elements);
                return rolledBack ? RollbackHarness.created(queue) : queue;
            }
        });
        builder.withFeatures(CollectionFeature.GENERAL_PURPOSE, CollectionFeature.KNOWN_ORDER, CollectionSize.ANY);
        if (rolledBack) {
            builder.withSetUp(RollbackHarness.SET_UP).withTearDown(RollbackHarness.TEAR_DOWN);
            return FlatSuites.flat(builder.named(name + " in a rolled-back world").createTestSuite());
        }
        return FlatSuites.flat(builder.named(name).createTestSuite());
    }
}
