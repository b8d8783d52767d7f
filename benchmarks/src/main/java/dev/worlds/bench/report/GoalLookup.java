package dev.worlds.bench.report;

import java.lang.reflect.Method;

/** Finds the {@link RatioGoal} of a benchmark named as in JMH's results, in this jar. */
final class GoalLookup {
    private GoalLookup() {
    }

    /** The goal on the benchmark method, inherited ones included; null if none. */
    static RatioGoal goal(String benchmark) {
        return find(benchmark, false);
    }

    /**
     * The goal declared on the benchmark's own class, not inherited: the
     * {@code *SaveOutOfLineBenchmark} experiments subclass a goal benchmark only to change JVM
     * flags, and the goal chart is about the goals as measured.
     */
    static RatioGoal declaredGoal(String benchmark) {
        return find(benchmark, true);
    }

    private static RatioGoal find(String benchmark, boolean declaredOnly) {
        int dot = benchmark.lastIndexOf('.');
        try {
            Class<?> type = Class.forName(benchmark.substring(0, dot), false, GoalLookup.class.getClassLoader());
            for (Method method : declaredOnly ? type.getDeclaredMethods() : type.getMethods()) {
                if (method.getName().equals(benchmark.substring(dot + 1))) {
                    return method.getAnnotation(RatioGoal.class);
                }
            }
        } catch (ClassNotFoundException e) {
            // A result from a benchmark this jar no longer has: no goal to judge or draw.
        }
        return null;
    }
}
