package dev.worlds.bench.report;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The goal a benchmark method's woven/plain ratio is held to; {@link RatioTable} reads it from
 * the method named in the JMH results and says whether the run met it. Kept on the benchmark
 * so that the goal and the code that measures it are read together.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RatioGoal {
    /** Highest acceptable woven/plain ratio of the scores (time per operation). */
    double wovenOverPlain();

    /**
     * For goals of equality ("woven/plain = 1.00x"): met when the ratio's error bar reaches the
     * goal, since a run cannot show two scores equal more precisely than its error.
     */
    boolean withinError() default false;
}
