package dev.worlds.junit.scenarios;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A class of tests that the extension's own tests run through the engine test kit and judge by
 * their outcome; several are meant to fail. Run directly (an IDE running a whole package), they
 * are disabled.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Scenario.OnlyFromScenarioRun.class)
public @interface Scenario {
    /** The configuration parameter that scenario runs set. */
    String ENABLED = "dev.worlds.junit.scenario";

    /** Enables a scenario only when the engine test kit runs it with {@link #ENABLED} set. */
    final class OnlyFromScenarioRun implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(ENABLED).isPresent()
                    ? ConditionEvaluationResult.enabled("run as a scenario")
                    : ConditionEvaluationResult.disabled(
                            "a scenario of the extension's tests, judged by the test that runs it");
        }
    }
}
