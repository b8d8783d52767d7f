package dev.worlds.collections;

import com.google.common.collect.testing.MapTestSuiteBuilder;
import com.google.common.collect.testing.TestStringMapGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.MapFeature;
import java.util.Map;
import junit.framework.Test;
import junit.framework.TestSuite;

/**
 * Guava testlib's map suite (with its derived key set, values and entry set suites) against
 * {@link TrackedHashMap}, with every feature {@code java.util.HashMap} has: once plain, once with each
 * test inside a world rolled back after it ({@link RollbackHarness}).
 */
public class TrackedHashMapConformanceTest {
    public static Test suite() {
        TestSuite suite = new TestSuite("TrackedHashMap");
        suite.addTest(builder(false).named("TrackedHashMap").createTestSuite());
        suite.addTest(builder(true).named("TrackedHashMap in a rolled-back world")
                .withSetUp(RollbackHarness.SET_UP).withTearDown(RollbackHarness.TEAR_DOWN)
                .createTestSuite());
        return ConformanceSuites.select(suite);
    }

    private static MapTestSuiteBuilder<String, String> builder(boolean rolledBack) {
        return MapTestSuiteBuilder.using(new TestStringMapGenerator() {
                    @Override
                    protected Map<String, String> create(Map.Entry<String, String>[] entries) {
                        Map<String, String> map = new TrackedHashMap<>();
                        for (Map.Entry<String, String> entry : entries) {
                            map.put(entry.getKey(), entry.getValue());
                        }
                        return rolledBack ? RollbackHarness.created(map) : map;
                    }
                })
                .withFeatures(
                        MapFeature.GENERAL_PURPOSE,
                        MapFeature.ALLOWS_NULL_KEYS,
                        MapFeature.ALLOWS_NULL_VALUES,
                        MapFeature.ALLOWS_ANY_NULL_QUERIES,
                        MapFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
                        CollectionFeature.SUPPORTS_ITERATOR_REMOVE,
                        CollectionFeature.SERIALIZABLE,
                        CollectionSize.ANY);
    }
}
