package dev.worlds.collections;

import junit.framework.Test;
import junit.framework.TestSuite;

/**
 * Guava's suites nested one level deep. Surefire rewrites a class's report after each nested
 * suite ends, which for Guava's thousands of nested suites costs minutes; flat, the same tests
 * run in seconds.
 */
final class FlatSuites {
    private FlatSuites() {
    }

    /** The leaf tests of {@code test} in one suite named like it. */
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
}
