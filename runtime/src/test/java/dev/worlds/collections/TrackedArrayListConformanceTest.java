package dev.worlds.collections;

import com.google.common.collect.testing.ListTestSuiteBuilder;
import com.google.common.collect.testing.MinimalCollection;
import com.google.common.collect.testing.TestStringListGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.ListFeature;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import junit.framework.Test;
import junit.framework.TestSuite;

/**
 * Guava testlib's list conformance suite for {@link TrackedArrayList} (with the derived subList
 * and reserialization suites), built plain and again with each test in a world rolled back
 * after it ({@link RollbackHarness}). Lists are made three ways: from a collection, by adding
 * one by one (the growth path), and as the {@code reversed()} view of a list in reverse order.
 */
public class TrackedArrayListConformanceTest {
    public static Test suite() {
        TestSuite suite = new TestSuite("TrackedArrayList conformance");
        for (boolean rolledBack : new boolean[] {false, true}) {
            suite.addTest(build("TrackedArrayList from a collection", rolledBack, true,
                    elements -> new TrackedArrayList<>(MinimalCollection.of(elements))));
            suite.addTest(build("TrackedArrayList filled by add", rolledBack, true, elements -> {
                TrackedArrayList<String> list = new TrackedArrayList<>();
                for (String e : elements) {
                    list.add(e);
                }
                return list;
            }));
            suite.addTest(build("TrackedArrayList.reversed", rolledBack, false, elements -> {
                List<String> reversed = Arrays.asList(elements.clone());
                Collections.reverse(reversed);
                return new TrackedArrayList<>(reversed).reversed();
            }));
        }
        return ConformanceSuites.select(suite);
    }

    static Test build(String name, boolean rolledBack, boolean serializable,
            Function<String[], List<String>> factory) {
        ListTestSuiteBuilder<String> builder = ListTestSuiteBuilder.using(new TestStringListGenerator() {
            @Override
            protected List<String> create(String[] elements) {
                List<String> list = factory.apply(elements);
                return rolledBack ? RollbackHarness.created(list) : list;
            }
        });
        builder.withFeatures(ListFeature.GENERAL_PURPOSE, CollectionFeature.ALLOWS_NULL_VALUES,
                CollectionFeature.FAILS_FAST_ON_CONCURRENT_MODIFICATION, CollectionSize.ANY);
        if (serializable) {
            builder.withFeatures(CollectionFeature.SERIALIZABLE);
        }
        if (rolledBack) {
            builder.withSetUp(RollbackHarness.SET_UP).withTearDown(RollbackHarness.TEAR_DOWN);
            return FlatSuites.flat(builder.named(name + " in a rolled-back world").createTestSuite());
        }
        return FlatSuites.flat(builder.named(name).createTestSuite());
    }
}
