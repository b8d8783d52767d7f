package dev.worlds.instrument;

import dev.worlds.instrument.fixtures.property.ProgramRunner;
import dev.worlds.instrument.model.Program;
import dev.worlds.instrument.model.ProgramArbitraries;
import dev.worlds.instrument.model.ProgramProfile;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCollector;

/**
 * Random programs of world operations (push, commit, pop, popUntil, close, speculate, attempt)
 * and field writes of every kind, run woven against a model that snapshots the whole state per
 * world. After every step the real fields, the depth and the current world must match the model.
 *
 * <p>Tries come from the system property {@value #TRIES_PROPERTY} (default 10000), e.g.
 * {@code mvn -pl instrumenter -am test -Dtest=WorldsModelPropertyTest -Dworlds.property.tries=1000000}.
 */
class WorldsModelPropertyTest {
    static final String TRIES_PROPERTY = "worlds.property.tries";
    static final int DEFAULT_TRIES = 10_000;

    /**
     * Program size: long enough to nest worlds a few deep, short enough that 10,000 tries take
     * seconds (measured 5-15 s on 2 cores) and a failure shrinks quickly.
     */
    private static final int MAX_STEPS = 100;
    private static final int MAX_BODY_STEPS = 12;
    private static final int MAX_NESTING = 3;

    private final WovenLoader loader = new WovenLoader();
    private final Function<Program, String> runner = wovenRunner();

    @Property(shrinking = ShrinkingMode.FULL)
    @AddLifecycleHook(TriesFromSystemProperty.class)
    void worldsFollowTheModel(@ForAll("programs") Program program) {
        recordDepth(program);
        String failure = runner.apply(program);
        if (failure != null) {
            // The listing is repeated here because jqwik prints short samples on one line.
            throw new AssertionError(failure + "\nin " + program);
        }
    }

    /**
     * Reports how deep programs nest worlds. With enough tries for percentages to mean something,
     * at least a fifth of the programs must reach depth 3 (most do).
     */
    private static void recordDepth(Program program) {
        int deepest = ProgramProfile.deepestWorld(program);
        StatisticsCollector depths = Statistics.label("deepest world");
        depths.collect(deepest >= 3 ? "3 or more" : Integer.toString(deepest));
        if (Integer.getInteger(TRIES_PROPERTY, DEFAULT_TRIES) >= 1000) {
            depths.coverage(coverage -> coverage.check("3 or more").percentage(percent -> percent >= 20));
        }
    }

    @Provide
    Arbitrary<Program> programs() {
        return ProgramArbitraries.programs(MAX_STEPS, MAX_BODY_STEPS, MAX_NESTING);
    }

    @SuppressWarnings("unchecked")
    private Function<Program, String> wovenRunner() {
        try {
            return (Function<Program, String>) loader.loadClass(ProgramRunner.class.getName())
                    .getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot load the woven program runner", e);
        }
    }

    /** jqwik's tries are an annotation constant; this sets them from the system property. */
    public static final class TriesFromSystemProperty implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            context.attributes().setTries(Integer.getInteger(TRIES_PROPERTY, DEFAULT_TRIES));
            return property.execute();
        }

        /** Outermost, so that the tries are set before jqwik starts generating. */
        @Override
        public int aroundPropertyProximity() {
            return -100;
        }
    }
}
