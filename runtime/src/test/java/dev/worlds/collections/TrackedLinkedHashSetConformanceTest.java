package dev.worlds.collections;

import com.google.common.collect.testing.SetTestSuiteBuilder;
import com.google.common.collect.testing.TestStringSetGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.SetFeature;
import java.util.Set;
import junit.framework.Test;
import junit.framework.TestSuite;

/**
 * Guava testlib's set suite against {@link TrackedLinkedHashSet}, with every feature
 * {@code java.util.LinkedHashSet} has: once plain, once with each test inside a world rolled back after it
 * ({@link RollbackHarness}).
 */
public class TrackedLinkedHashSetConformanceTest {
    public static Test suite() {
        TestSuite suite = new TestSuite("TrackedLinkedHashSet");
        suite.addTest(builder(false).named("TrackedLinkedHashSet").createTestSuite());
        suite.addTest(builder(true).named("TrackedLinkedHashSet in a rolled-back world")
                .withSetUp(RollbackHarness.SET_UP).withTearDown(RollbackHarness.TEAR_DOWN)
                .createTestSuite());
        suite.addTest(reversed(false).named("TrackedLinkedHashSet.reversedSet").createTestSuite());
        suite.addTest(reversed(true).named("TrackedLinkedHashSet.reversedSet in a rolled-back world")
                .withSetUp(RollbackHarness.SET_UP).withTearDown(RollbackHarness.TEAR_DOWN)
                .createTestSuite());
        return ConformanceSuites.select(suite);
    }

    /** The view Java 21's reversed() returns (through the lead's bridge): the same set, iterated backwards. */
    private static SetTestSuiteBuilder<String> reversed(boolean rolledBack) {
        return SetTestSuiteBuilder.using(new TestStringSetGenerator() {
                    @Override
                    protected Set<String> create(String[] elements) {
                        TrackedLinkedHashSet<String> set = new TrackedLinkedHashSet<>();
                        for (int i = elements.length - 1; i >= 0; i--) {
                            set.add(elements[i]);
                        }
                        Set<String> view = set.reversedSet();
                        return rolledBack ? RollbackHarness.created(view) : view;
                    }
                })
                .withFeatures(
                        SetFeature.GENERAL_PURPOSE,
                        CollectionFeature.ALLOWS_NULL_VALUES,
                        CollectionFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
                        CollectionFeature.KNOWN_ORDER,
                        CollectionSize.ANY);
    }

    private static SetTestSuiteBuilder<String> builder(boolean rolledBack) {
        return SetTestSuiteBuilder.using(new TestStringSetGenerator() {
                    @Override
                    protected Set<String> create(String[] elements) {
                        Set<String> set = new TrackedLinkedHashSet<>();
                        for (String element : elements) {
                            set.add(element);
                        }
                        return rolledBack ? RollbackHarness.created(set) : set;
                    }
                })
                .withFeatures(
                        SetFeature.GENERAL_PURPOSE,
                        CollectionFeature.ALLOWS_NULL_VALUES,
                        CollectionFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
                        CollectionFeature.KNOWN_ORDER,
                        CollectionFeature.SERIALIZABLE,
                        CollectionSize.ANY);
    }
}
