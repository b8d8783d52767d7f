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
        suite.addTest(natural(false));
        suite.addTest(withComparator(false));
        suite.addTest(natural(true));
        suite.addTest(withComparator(true));
        return ConformanceSuites.select(suite);
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
