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
 * Guava testlib's set suite against {@link TrackedHashSet}, with every feature
 * {@code java.util.HashSet} has: once plain, once with each test inside a world rolled back after it
 * ({@link RollbackHarness}).
 */
public class TrackedHashSetConformanceTest {
    public static Test suite() {
        TestSuite suite = new TestSuite("TrackedHashSet");
        suite.addTest(builder(false).named("TrackedHashSet").createTestSuite());
        suite.addTest(builder(true).named("TrackedHashSet in a rolled-back world")
                .withSetUp(RollbackHarness.SET_UP).withTearDown(RollbackHarness.TEAR_DOWN)
                .createTestSuite());
        return ConformanceSuites.select(suite);
    }

    private static SetTestSuiteBuilder<String> builder(boolean rolledBack) {
        return SetTestSuiteBuilder.using(new TestStringSetGenerator() {
                    @Override
                    protected Set<String> create(String[] elements) {
                        Set<String> set = new TrackedHashSet<>();
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
                        CollectionFeature.SERIALIZABLE,
                        CollectionSize.ANY);
    }
}
