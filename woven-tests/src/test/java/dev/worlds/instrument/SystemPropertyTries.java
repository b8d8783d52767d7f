package dev.worlds.instrument;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * jqwik's tries are an annotation constant; a subclass (jqwik makes hooks with a no-argument
 * constructor) names the system property that sets them and their default.
 */
abstract class SystemPropertyTries implements AroundPropertyHook {
    private final String property;
    private final int defaultTries;

    SystemPropertyTries(String property, int defaultTries) {
        this.property = property;
        this.defaultTries = defaultTries;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor execution) {
        context.attributes().setTries(Integer.getInteger(property, defaultTries));
        return execution.execute();
    }

    /** Outermost, so that the tries are set before jqwik starts generating. */
    @Override
    public int aroundPropertyProximity() {
        return -100;
    }
}
