package dev.worlds.collections;

import com.google.common.collect.testing.MapTestSuiteBuilder;
import com.google.common.collect.testing.NavigableMapTestSuiteBuilder;
import com.google.common.collect.testing.TestStringSortedMapGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.MapFeature;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import junit.framework.Test;
import junit.framework.TestSuite;

/**
 * Guava testlib's NavigableMap suites (with every derived suite: key sets, values, entry sets,
 * sub-maps, descending maps) on {@link TrackedTreeMap}, as Guava tests {@code java.util.TreeMap}:
 * natural ordering, and a comparator that allows null keys. Each is run plain and in a world
 * rolled back after every test.
 */
public class TrackedTreeMapConformanceTest {

    /** Orders by {@code String.valueOf}, so null keys are allowed; serializable like Guava's. */
    static final class NullFriendlyComparator<T> implements Comparator<T>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(T left, T right) {
            return String.valueOf(left).compareTo(String.valueOf(right));
        }
    }

    public static Test suite() {
        TestSuite suite = new TestSuite("TrackedTreeMap");
        suite.addTest(flat(natural(false)));
        suite.addTest(flat(withComparator(false)));
        suite.addTest(flat(natural(true)));
        suite.addTest(flat(withComparator(true)));
        return suite;
    }

    /**
     * The suite's tests in one level (each test's name still says which derived suite it is in).
     * Surefire rewrites a class's report each time a nested suite ends, which made Guava's
     * thousands of nested suites run for hours instead of seconds.
     */
    static TestSuite flat(Test test) {
        TestSuite flat = new TestSuite(test.toString());
        addLeaves(flat, test);
        return flat;
    }

    private static void addLeaves(TestSuite flat, Test test) {
        if (test instanceof TestSuite) {
            TestSuite suite = (TestSuite) test;
            for (int i = 0; i < suite.testCount(); i++) {
                addLeaves(flat, suite.testAt(i));
            }
        } else {
            flat.addTest(test);
        }
    }

    private static SortedMap<String, String> populate(TrackedTreeMap<String, String> map,
            Map.Entry<String, String>[] entries, boolean rolledBack) {
        for (Map.Entry<String, String> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return rolledBack ? RollbackHarness.created(map) : map;
    }

    private static Test natural(boolean rolledBack) {
        MapTestSuiteBuilder<String, String> builder = NavigableMapTestSuiteBuilder.using(
                new TestStringSortedMapGenerator() {
                    @Override
                    protected SortedMap<String, String> create(Map.Entry<String, String>[] entries) {
                        return populate(new TrackedTreeMap<>(), entries, rolledBack);
                    }
                })
                .named("TrackedTreeMap, natural" + (rolledBack ? " in a rolled-back world" : ""))
                .withFeatures(
                        MapFeature.GENERAL_PURPOSE,
                        MapFeature.ALLOWS_NULL_VALUES,
                        MapFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
                        CollectionFeature.SUPPORTS_ITERATOR_REMOVE,
                        CollectionFeature.KNOWN_ORDER,
                        CollectionFeature.SERIALIZABLE,
                        CollectionSize.ANY);
        if (rolledBack) {
            builder.withSetUp(RollbackHarness.SET_UP).withTearDown(RollbackHarness.TEAR_DOWN);
        }
        return builder.createTestSuite();
    }

    private static Test withComparator(boolean rolledBack) {
        MapTestSuiteBuilder<String, String> builder = NavigableMapTestSuiteBuilder.using(
                new TestStringSortedMapGenerator() {
                    @Override
                    protected SortedMap<String, String> create(Map.Entry<String, String>[] entries) {
                        return populate(new TrackedTreeMap<>(new NullFriendlyComparator<String>()), entries,
                                rolledBack);
                    }
                })
                .named("TrackedTreeMap, with comparator" + (rolledBack ? " in a rolled-back world" : ""))
                .withFeatures(
                        MapFeature.GENERAL_PURPOSE,
                        MapFeature.ALLOWS_NULL_KEYS,
                        MapFeature.ALLOWS_NULL_VALUES,
                        MapFeature.ALLOWS_ANY_NULL_QUERIES,
                        MapFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
                        CollectionFeature.SUPPORTS_ITERATOR_REMOVE,
                        CollectionFeature.KNOWN_ORDER,
                        CollectionFeature.SERIALIZABLE,
                        CollectionSize.ANY);
        if (rolledBack) {
            builder.withSetUp(RollbackHarness.SET_UP).withTearDown(RollbackHarness.TEAR_DOWN);
        }
        return builder.createTestSuite();
    }
}
