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
 * {@link TrackedLinkedHashMap}, with every feature {@code java.util.LinkedHashMap} has: once plain, once with each
 * test inside a world rolled back after it ({@link RollbackHarness}).
 */
public class TrackedLinkedHashMapConformanceTest {
    public static Test suite() {
        TestSuite suite = new TestSuite("TrackedLinkedHashMap");
        suite.addTest(builder(false).named("TrackedLinkedHashMap").createTestSuite());
        suite.addTest(builder(true).named("TrackedLinkedHashMap in a rolled-back world")
                .withSetUp(RollbackHarness.SET_UP).withTearDown(RollbackHarness.TEAR_DOWN)
                .createTestSuite());
        suite.addTest(reversed(false).named("TrackedLinkedHashMap.reversedMap").createTestSuite());
        suite.addTest(reversed(true).named("TrackedLinkedHashMap.reversedMap in a rolled-back world")
                .withSetUp(RollbackHarness.SET_UP).withTearDown(RollbackHarness.TEAR_DOWN)
                .createTestSuite());
        return ConformanceSuites.select(suite);
    }

    /** The view Java 21's reversed() returns (through the lead's bridge): the same map, iterated backwards. */
    private static MapTestSuiteBuilder<String, String> reversed(boolean rolledBack) {
        return MapTestSuiteBuilder.using(new TestStringMapGenerator() {
                    @Override
                    protected Map<String, String> create(Map.Entry<String, String>[] entries) {
                        Map<String, String> order = new java.util.LinkedHashMap<>();
                        for (Map.Entry<String, String> entry : entries) {
                            order.put(entry.getKey(), entry.getValue());   // a repeated key keeps its first place
                        }
                        java.util.List<Map.Entry<String, String>> list = new java.util.ArrayList<>(order.entrySet());
                        TrackedLinkedHashMap<String, String> map = new TrackedLinkedHashMap<>();
                        for (int i = list.size() - 1; i >= 0; i--) {
                            map.put(list.get(i).getKey(), list.get(i).getValue());
                        }
                        Map<String, String> view = map.reversedMap();
                        return rolledBack ? RollbackHarness.created(view) : view;
                    }
                })
                .withFeatures(
                        MapFeature.GENERAL_PURPOSE,
                        MapFeature.ALLOWS_NULL_KEYS,
                        MapFeature.ALLOWS_NULL_VALUES,
                        MapFeature.ALLOWS_ANY_NULL_QUERIES,
                        MapFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION,
                        CollectionFeature.SUPPORTS_ITERATOR_REMOVE,
                        CollectionFeature.KNOWN_ORDER,
                        CollectionSize.ANY);
    }

    private static MapTestSuiteBuilder<String, String> builder(boolean rolledBack) {
        return MapTestSuiteBuilder.using(new TestStringMapGenerator() {
                    @Override
                    protected Map<String, String> create(Map.Entry<String, String>[] entries) {
                        Map<String, String> map = new TrackedLinkedHashMap<>();
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
                        CollectionFeature.KNOWN_ORDER,
                        CollectionFeature.SERIALIZABLE,
                        CollectionSize.ANY);
    }
}
