package dev.worlds.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.worlds.junit.scenarios.Scenario;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs a scenario class on the Jupiter engine, in this JVM and thread, and reads its outcome. */
final class ScenarioRun {
    private final EngineExecutionResults results;

    private ScenarioRun(EngineExecutionResults results) {
        this.results = results;
    }

    /** Runs {@code scenario} with the configuration parameters given as {@code "key=value"} strings. */
    static ScenarioRun of(Class<?> scenario, String... configuration) {
        EngineTestKit.Builder engine = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(scenario))
                .configurationParameter(Scenario.ENABLED, "true");
        for (String parameter : configuration) {
            int equals = parameter.indexOf('=');
            engine.configurationParameter(parameter.substring(0, equals), parameter.substring(equals + 1));
        }
        return new ScenarioRun(engine.execute());
    }

    /** Fails, listing every failure of a test or a class, unless all of them succeeded. */
    ScenarioRun assertAllSucceeded(int tests) {
        List<String> failures = results.allEvents().finished().stream()
                .filter(event -> status(event) != TestExecutionResult.Status.SUCCESSFUL)
                .map(event -> event.getTestDescriptor().getDisplayName() + ": "
                        + result(event).getThrowable().map(Throwable::toString).orElse("aborted"))
                .collect(Collectors.toList());
        if (!failures.isEmpty()) {
            fail("failed in the scenario:\n" + String.join("\n", failures));
        }
        assertEquals(tests, results.testEvents().succeeded().count(), "tests that succeeded");
        return this;
    }

    /** What failed the one test named {@code displayName} ({@code "adds()"}); fails if it succeeded. */
    Throwable failureOf(String displayName) {
        return failure(only(results.testEvents().finished().stream()
                .filter(event -> event.getTestDescriptor().getDisplayName().equals(displayName))
                .collect(Collectors.toList()), "test " + displayName));
    }

    /** What failed the class {@code container} itself (a @BeforeAll or @AfterAll, or an extension there). */
    Throwable failureOf(Class<?> container) {
        return failure(only(results.containerEvents().finished().stream()
                .filter(event -> event.getTestDescriptor().getSource()
                        .filter(source -> source instanceof ClassSource
                                && ((ClassSource) source).getJavaClass() == container)
                        .isPresent())
                .collect(Collectors.toList()), "class " + container.getName()));
    }

    /** The display names of the tests that succeeded, in the order they finished. */
    List<String> succeeded() {
        return results.testEvents().succeeded().stream()
                .map(event -> event.getTestDescriptor().getDisplayName())
                .collect(Collectors.toList());
    }

    private static Event only(List<Event> events, String what) {
        if (events.size() != 1) {
            fail("expected one finished " + what + ", found " + events.size());
        }
        return events.get(0);
    }

    private static Throwable failure(Event event) {
        TestExecutionResult result = result(event);
        if (result.getStatus() != TestExecutionResult.Status.FAILED) {
            fail(event.getTestDescriptor().getDisplayName() + " did not fail: " + result);
        }
        return result.getThrowable().orElseThrow();
    }

    private static TestExecutionResult.Status status(Event event) {
        return result(event).getStatus();
    }

    private static TestExecutionResult result(Event event) {
        return event.getPayload(TestExecutionResult.class).orElseThrow();
    }
}
