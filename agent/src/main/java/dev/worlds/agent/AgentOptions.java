package dev.worlds.agent;

import dev.worlds.instrument.ClassFilter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agent's options, in JaCoCo's syntax: {@code key=value} pairs separated by commas, patterns
 * within a value separated by colons.
 *
 * <pre>{@code
 * AgentOptions options = AgentOptions.parse("includes=com.acme.**:org.lib.**,excludes=com.acme.cache.**");
 * options.filter().matches("com.acme.Board");          // true
 * options.filter().matches("com.acme.cache.Entry");    // false
 * }</pre>
 *
 * <p>Patterns follow the Maven plugin's rules: {@code *} within one name segment, {@code **} any
 * number of segments, an exclude wins over an include. {@code includes} is required: weaving every
 * class outside the JDK (libraries, test runners, build tools) is rarely what anyone wants, and
 * {@code includes=**} says so when it is.
 *
 * @param filter      which classes to weave
 * @param failOnError whether the first {@code Worlds.push()} fails when a class could not be woven
 * @param verbose     whether a summary is printed when the JVM exits
 * @param text        the options as given, for messages
 */
record AgentOptions(ClassFilter filter, boolean failOnError, boolean verbose, String text) {
    static final List<String> KEYS = List.of("includes", "excludes", "failOnError", "verbose");
    private static final String EXAMPLE = "-javaagent:worlds-agent.jar=includes=com.acme.**:org.lib.**,"
            + "excludes=com.acme.cache.**,failOnError=true,verbose=true";

    /**
     * @param arguments what follows {@code =} after the agent jar on the command line; may be null
     * @throws IllegalArgumentException naming the option that is wrong, the valid ones and an example
     */
    static AgentOptions parse(String arguments) {
        String text = arguments == null ? "" : arguments.strip();
        Map<String, String> values = new LinkedHashMap<>();
        for (String option : text.isEmpty() ? new String[0] : text.split(",", -1)) {
            int equals = option.indexOf('=');
            String key = (equals < 0 ? option : option.substring(0, equals)).strip();
            if (!KEYS.contains(key)) {
                throw invalid(key.isEmpty() ? "an empty option" : "unknown option '" + key + "'", text);
            }
            if (equals < 0) {
                throw invalid("option '" + key + "' has no value (write " + key + "=...)", text);
            }
            if (values.put(key, option.substring(equals + 1).strip()) != null) {
                throw invalid("option '" + key + "' is given twice", text);
            }
        }
        if (!values.containsKey("includes")) {
            throw invalid("no includes: name the classes to weave, e.g. includes=com.acme.**"
                    + " (includes=** weaves every class outside the JDK, libraries and test runners too)", text);
        }
        ClassFilter filter;
        try {
            filter = ClassFilter.of(patterns(values.get("includes")), patterns(values.get("excludes")));
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage(), text);
        }
        return new AgentOptions(filter, bool(values, "failOnError", text), bool(values, "verbose", text), text);
    }

    private static List<String> patterns(String value) {
        return value == null ? List.of() : Arrays.asList(value.split(":", -1));
    }

    private static boolean bool(Map<String, String> values, String key, String text) {
        String value = values.getOrDefault(key, "false");
        if (!value.equals("true") && !value.equals("false")) {
            throw invalid("option " + key + " is '" + value + "'; it takes true or false", text);
        }
        return Boolean.parseBoolean(value);
    }

    private static IllegalArgumentException invalid(String problem, String text) {
        return new IllegalArgumentException("worlds-agent: " + problem + ", in options '" + text + "'. The options are "
                + String.join(", ", KEYS) + ", for example " + EXAMPLE + ".");
    }
}
