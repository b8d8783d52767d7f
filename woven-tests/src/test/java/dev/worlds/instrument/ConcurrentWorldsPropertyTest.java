package dev.worlds.instrument;

import dev.worlds.instrument.fixtures.property.ConcurrentRunner;
import dev.worlds.instrument.model.ConcurrentArbitraries;
import dev.worlds.instrument.model.ConcurrentScenario;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The thread contract as a property: 2 to 4 threads, started together, each run a random program
 * (the steps of {@link WorldsModelPropertyTest}) over objects and arrays of their own, checked
 * against a model of their own after every step, while they take turns owning a world over shared
 * objects, the statics of one class and two shared arrays (a small one, saved whole, and one of
 * five chunks, saved by chunk), possibly creating a shared object in its world (nested or not).
 * Between the owner's saves and the end of its world every other thread writes every tracked
 * field of what it saved or created, from its own worlds (at any depth) or from none, and every
 * shared array it saved (stores at both ends and at a chunk edge, and an {@code Arrays.fill}):
 * each write must throw {@code WorldConflictException} naming both threads and the class or array
 * type, and must not land. Once the owner rolls back or commits, the shared objects and arrays
 * hold exactly the rolled-back or committed values, and other threads' writes work again. Nothing
 * is lost: every thread's own state matches its model to the end.
 *
 * <p>The order between the threads' shared steps comes from a {@code Phaser} (happens-before),
 * never from timing; their own programs run at the same time. Tries come from the system property
 * {@value #TRIES_PROPERTY} (default {@value #DEFAULT_TRIES}), e.g.
 * {@code mvn -pl instrumenter -am test -Dtest=ConcurrentWorldsPropertyTest -Dworlds.concurrent.tries=5000}.
 */
class ConcurrentWorldsPropertyTest {
    static final String TRIES_PROPERTY = "worlds.concurrent.tries";
    static final int DEFAULT_TRIES = 300;

    /**
     * Up to 4 segments of up to 40 steps per thread: 300 tries take about 4 s on 2 cores (JDK 17
     * and 25), within the time the single-thread property leaves for the build.
     */
    private static final int MAX_SEGMENT_STEPS = 40;
    private static final int MAX_BODY_STEPS = 8;
    private static final int MAX_NESTING = 2;

    private final WovenLoader loader = new WovenLoader();
    private final Function<ConcurrentScenario, String> runner = wovenRunner();

    @Property(edgeCases = EdgeCasesMode.NONE)
    @AddLifecycleHook(TriesFromSystemProperty.class)
    void threadsKeepTheirWorldsAndConflictOnSharedObjects(@ForAll("scenarios") ConcurrentScenario scenario) {
        String failure = runner.apply(scenario);
        if (failure != null) {
            throw new AssertionError(failure + "\nin " + scenario);
        }
    }

    @Provide
    Arbitrary<ConcurrentScenario> scenarios() {
        return ConcurrentArbitraries.scenarios(MAX_SEGMENT_STEPS, MAX_BODY_STEPS, MAX_NESTING);
    }

    @SuppressWarnings("unchecked")
    private Function<ConcurrentScenario, String> wovenRunner() {
        try {
            return (Function<ConcurrentScenario, String>) loader.loadClass(ConcurrentRunner.class.getName())
                    .getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot load the woven concurrent runner", e);
        }
    }

    /** Tries from {@value #TRIES_PROPERTY}, default {@value #DEFAULT_TRIES}. */
    public static final class TriesFromSystemProperty extends SystemPropertyTries {
        public TriesFromSystemProperty() {
            super(TRIES_PROPERTY, DEFAULT_TRIES);
        }
    }
}
