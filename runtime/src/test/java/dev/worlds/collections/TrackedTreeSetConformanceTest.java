package dev.worlds.collections;

import com.google.common.collect.testing.MinimalCollection;
import com.google.common.collect.testing.NavigableSetTestSuiteBuilder;
import com.google.common.collect.testing.TestStringSortedSetGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.SetFeature;
import java.util.Collections;
import java.util.SortedSet;
import junit.framework.Test;
import junit.framework.TestSuite;

/**
 * Guava testlib's NavigableSet suites (with every derived suite: sub-sets, head- and tail-sets,
 * descending sets) on {@link TrackedTreeSet}, as Guava tests {@code java.util.TreeSet}: natural
 * ordering, and a comparator that allows null. Each is run plain and in a world rolled back
 * after every test.
 */
public class TrackedTreeSetConformanceTest {

    public static Test suite() {
        TestSuite suite = new TestSuite("TrackedTreeSet");
        suite.addTest(natural(false));
        suite.addTest(withComparator(false));
        suite.addTest(natural(true));
        suite.addTest(withComparator(true));
        return ConformanceSuites.select(suite);
    }


    private static Test natural(boolean rolledBack) {
        NavigableSetTestSuiteBuilder<String> builder = NavigableSetTestSuiteBuilder.using(
                new TestStringSortedSetGenerator() {
                    @Override
                    public SortedSet<String> create(String[] elements) {
                        TrackedTreeSet<String> set = new TrackedTreeSet<>(MinimalCollection.of(elements));
                        return rolledBack ? RollbackHarness.created(set) : set;
                    }
                });
        builder.named("TrackedTreeSet, natural" + (rolledBack ? " in a rolled-back world" : ""))
                .withFeatures(
                        SetFeature.GENERAL_PURPOSE,
                        CollectionFeature.SERIALIZABLE,
                        CollectionFeature.KNOWN_ORDER,
                        CollectionFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
                        CollectionSize.ANY);
        if (rolledBack) {
            builder.withSetUp(RollbackHarness.SET_UP).withTearDown(RollbackHarness.TEAR_DOWN);
        }
        return builder.createTestSuite();
    }

    private static Test withComparator(boolean rolledBack) {
        NavigableSetTestSuiteBuilder<String> builder = NavigableSetTestSuiteBuilder.using(
                new TestStringSortedSetGenerator() {
                    @Override
                    public SortedSet<String> create(String[] elements) {
                        TrackedTreeSet<String> set =
                                new TrackedTreeSet<>(new TrackedTreeMapConformanceTest.NullFriendlyComparator<String>());
                        Collections.addAll(set, elements);
                        return rolledBack ? RollbackHarness.created(set) : set;
                    }
                });
        builder.named("TrackedTreeSet, with comparator" + (rolledBack ? " in a rolled-back world" : ""))
                .withFeatures(
                        SetFeature.GENERAL_PURPOSE,
                        CollectionFeature.SERIALIZABLE,
                        CollectionFeature.ALLOWS_NULL_VALUES,
                        CollectionFeature.KNOWN_ORDER,
                        CollectionFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
                        CollectionSize.ANY);
        if (rolledBack) {
            builder.withSetUp(RollbackHarness.SET_UP).withTearDown(RollbackHarness.TEAR_DOWN);
        }
        return builder.createTestSuite();
    }
}
