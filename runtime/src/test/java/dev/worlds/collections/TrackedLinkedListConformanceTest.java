package dev.worlds.collections;

import com.google.common.collect.testing.ListTestSuiteBuilder;
import com.google.common.collect.testing.MinimalCollection;
import com.google.common.collect.testing.QueueTestSuiteBuilder;
import com.google.common.collect.testing.TestStringListGenerator;
import com.google.common.collect.testing.TestStringQueueGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.ListFeature;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.function.Function;
import junit.framework.Test;
import junit.framework.TestSuite;

/**
 * Guava testlib's list and queue conformance suites for {@link TrackedLinkedList} (with the
 * derived subList and reserialization suites), and the list suite for its {@code reversed()}
 * view, each built plain and again with each test in a world rolled back after it
 * ({@link RollbackHarness}).
 */
public class TrackedLinkedListConformanceTest {
    public static Test suite() {
        TestSuite suite = new TestSuite("TrackedLinkedList conformance");
        for (boolean rolledBack : new boolean[] {false, true}) {
            suite.addTest(list("TrackedLinkedList", rolledBack,
                    elements -> new TrackedLinkedList<>(MinimalCollection.of(elements))));
            suite.addTest(list("TrackedLinkedList.reversed", rolledBack, elements -> {
                List<String> reversed = Arrays.asList(elements.clone());
                Collections.reverse(reversed);
                return new TrackedLinkedList<>(reversed).reversed();
            }));
            suite.addTest(queue("TrackedLinkedList as a queue", rolledBack,
                    elements -> new TrackedLinkedList<>(MinimalCollection.of(elements))));
            suite.addTest(queue("TrackedLinkedList.reversed as a queue", rolledBack, elements -> {
                TrackedLinkedList<String> list = new TrackedLinkedList<>();
                for (String e : elements) {
                    list.addFirst(e);
                }
                return list.reversed();
            }));
        }
        return ConformanceSuites.select(suite);
    }

    static Test list(String name, boolean rolledBack, Function<String[], List<String>> factory) {
        ListTestSuiteBuilder<String> builder = ListTestSuiteBuilder.using(new TestStringListGenerator() {
            @Override
            protected List<String> create(String[] elements) {
                List<String> list = factory.apply(elements);
                return rolledBack ? RollbackHarness.created(list) : list;
            }
        });
        builder.withFeatures(ListFeature.GENERAL_PURPOSE, CollectionFeature.ALLOWS_NULL_VALUES,
                CollectionFeature.SERIALIZABLE, CollectionFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
                CollectionSize.ANY);
        if (rolledBack) {
            builder.withSetUp(RollbackHarness.SET_UP).withTearDown(RollbackHarness.TEAR_DOWN);
            return FlatSuites.flat(builder.named(name + " in a rolled-back world").createTestSuite());
        }
        return FlatSuites.flat(builder.named(name).createTestSuite());
    }

    static Test queue(String name, boolean rolledBack, Function<String[], Queue<String>> factory) {
        QueueTestSuiteBuilder<String> builder = QueueTestSuiteBuilder.using(new TestStringQueueGenerator() {
            @Override
            protected Queue<String> create(String[] elements) {
                Queue<String> queue = factory.apply(elements);
                return rolledBack ? RollbackHarness.created(queue) : queue;
            }
        });
        builder.withFeatures(CollectionFeature.GENERAL_PURPOSE, CollectionFeature.ALLOWS_NULL_VALUES,
                CollectionFeature.KNOWN_ORDER, CollectionFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
                CollectionSize.ANY);
        if (rolledBack) {
            builder.withSetUp(RollbackHarness.SET_UP).withTearDown(RollbackHarness.TEAR_DOWN);
            return FlatSuites.flat(builder.named(name + " in a rolled-back world").createTestSuite());
        }
        return FlatSuites.flat(builder.named(name).createTestSuite());
    }
}
