package dev.worlds.collections;

import com.google.common.collect.testing.MinimalCollection;
import com.google.common.collect.testing.QueueTestSuiteBuilder;
import com.google.common.collect.testing.TestStringQueueGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.testers.CollectionSpliteratorTester;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.function.Function;
import junit.framework.Test;
import junit.framework.TestSuite;

/**
 * Guava testlib's queue suite for {@link TrackedPriorityQueue}: natural ordering and a
 * comparator, each plain and in a rolled-back world, and the same suite against
 * {@code java.util.PriorityQueue} to show the feature set is the JDK class's.
 *
 * <p>One tester is suppressed for the tracked queue: {@code testSpliteratorUnknownOrder} calls
 * {@code spliterator()}, which is {@code final} in {@code java.util.PriorityQueue} and so runs
 * over the superclass's empty heap (see {@link TrackedPriorityQueue}'s class doc;
 * {@code TrackedPriorityQueueTest} tests the spliterator the streams use instead).
 */
public class TrackedPriorityQueueConformanceTest {
    private static final CollectionFeature[] FEATURES = {
        CollectionFeature.GENERAL_PURPOSE,
        CollectionFeature.ALLOWS_NULL_QUERIES,
        CollectionFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
        CollectionFeature.SERIALIZABLE,   // Guava compares a queue's reserialized contents, not equals
    };

    private static final List<Method> FINAL_SPLITERATOR = List.of(spliteratorUnknownOrder());

    public static Test suite() {
        TestSuite suite = new TestSuite("TrackedPriorityQueue");
        suite.addTest(queueSuite("java.util.PriorityQueue as the reference", PriorityQueue::new,
                Collections.emptyList(), false));
        suite.addTest(queueSuite("TrackedPriorityQueue", TrackedPriorityQueue::new, FINAL_SPLITERATOR, false));
        suite.addTest(queueSuite("TrackedPriorityQueue in a rolled-back world", TrackedPriorityQueue::new,
                FINAL_SPLITERATOR, true));
        Comparator<String> reverse = Comparator.reverseOrder();
        suite.addTest(queueSuite("TrackedPriorityQueue with a comparator",
                c -> comparing(new TrackedPriorityQueue<>(reverse), c), FINAL_SPLITERATOR, false));
        suite.addTest(queueSuite("TrackedPriorityQueue with a comparator in a rolled-back world",
                c -> comparing(new TrackedPriorityQueue<>(reverse), c), FINAL_SPLITERATOR, true));
        return ConformanceSuites.select(suite);
    }

    private static Queue<String> comparing(Queue<String> queue, MinimalCollection<String> contents) {
        queue.addAll(contents);
        return queue;
    }

    private static Test queueSuite(String name, Function<MinimalCollection<String>, Queue<String>> factory,
            List<Method> suppressed, boolean rolledBack) {
        QueueTestSuiteBuilder<String> builder = QueueTestSuiteBuilder.using(new TestStringQueueGenerator() {
            @Override
            protected Queue<String> create(String[] elements) {
                Queue<String> queue = factory.apply(MinimalCollection.of(elements));
                return rolledBack ? RollbackHarness.created(queue) : queue;
            }
        });
        builder.named(name).withFeatures(FEATURES).withFeatures(CollectionSize.ANY).suppressing(suppressed);
        if (rolledBack) {
            builder.withSetUp(RollbackHarness.SET_UP).withTearDown(RollbackHarness.TEAR_DOWN);
        }
        return builder.createTestSuite();
    }

    private static Method spliteratorUnknownOrder() {
        try {
            return CollectionSpliteratorTester.class.getMethod("testSpliteratorUnknownOrder");
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
