package dev.worlds.collections;

import java.util.ArrayList;
import java.util.List;
import junit.framework.Test;
import junit.framework.TestSuite;

/**
 * What a conformance class's {@code suite()} hands to JUnit: Guava's suites flattened to one level,
 * and in an ordinary build an even sample of them. Surefire rewrites a class's report each time a
 * nested suite ends, which made Guava's thousands of nested suites run for hours; and the
 * navigable suites derive so many sub-suites (sub-maps of sub-maps, each plain and rolled back)
 * that running all of them, on two JDKs, would not fit CI's time. The sample keeps every
 * {@code k}-th test, so every tester and every derived suite is still exercised across sizes.
 *
 * <pre>
 * mvn -pl runtime test -Dworlds.conformance=full     # every generated test (hundreds of thousands)
 * mvn -pl runtime test -Dworlds.conformance=20000    # at most about 20,000 per conformance class
 * </pre>
 */
final class ConformanceSuites {
    static final String PROPERTY = "worlds.conformance";
    /** Tests per conformance class in an ordinary build. */
    static final int DEFAULT_BUDGET = 3000;

    private ConformanceSuites() {
    }

    /** {@code whole}'s tests, flattened, and sampled to the budget the build asks for. */
    static Test select(Test whole) {
        List<Test> leaves = new ArrayList<>();
        addLeaves(leaves, whole);
        int budget = budget();
        int stride = budget <= 0 || leaves.size() <= budget ? 1 : (leaves.size() + budget - 1) / budget;
        TestSuite selected = new TestSuite(whole.toString() + (stride == 1 ? ""
                : " (every " + stride + "th of " + leaves.size() + " tests; -D" + PROPERTY + "=full runs all)"));
        for (int i = 0; i < leaves.size(); i += stride) {
            selected.addTest(leaves.get(i));
        }
        return selected;
    }

    /** The budget from {@value #PROPERTY}: {@code full} (no limit, 0 here) or a number of tests. */
    static int budget() {
        String value = System.getProperty(PROPERTY, "").trim();
        if (value.isEmpty()) {
            return DEFAULT_BUDGET;
        }
        if (value.equals("full")) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + " must be 'full' or a number of tests, not '"
                    + value + "'", e);
        }
    }

    private static void addLeaves(List<Test> leaves, Test test) {
        if (test instanceof TestSuite suite) {
            for (int i = 0; i < suite.testCount(); i++) {
                addLeaves(leaves, suite.testAt(i));
            }
        } else {
            leaves.add(test);
        }
    }
}
