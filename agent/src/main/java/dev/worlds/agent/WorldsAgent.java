package dev.worlds.agent;

import java.lang.instrument.Instrumentation;

/**
 * The java agent: weaves classes as they are loaded, with the same weaver as the Maven plugin.
 *
 * <pre>
 * java -javaagent:worlds-agent.jar=includes=com.acme.**:org.lib.**,excludes=com.acme.cache.** -jar app.jar
 * </pre>
 *
 * <p>Options ({@link AgentOptions}): {@code includes} (required), {@code excludes},
 * {@code failOnError=true} (the first {@code Worlds.push()} fails while a class could not be
 * woven), {@code verbose=true} (a summary at exit). worlds-runtime must be on the application's
 * class path. Wrong options stop the JVM before the application starts, with a message that
 * names the option and lists the valid ones (exit status 1).
 */
public final class WorldsAgent {
    private WorldsAgent() {
    }

    public static void premain(String arguments, Instrumentation instrumentation) {
        AgentOptions options;
        try {
            options = AgentOptions.parse(arguments);
        } catch (IllegalArgumentException e) {
            // Thrown on, the exception would abort the JVM with a native crash report around this
            // line; a program must not run with options its user did not mean, so stop it plainly.
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        WeavingLog log = new WeavingLog(System.err);
        AgentStatus.start(options, log);
        String version = WorldsAgent.class.getPackage().getImplementationVersion();
        instrumentation.addTransformer(new WeavingTransformer(options, log, version), false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> log.printAtExit(options.verbose()), "worlds-agent summary"));
    }
}
