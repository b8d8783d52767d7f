package dev.worlds.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * Defines the classes of the fixture packages itself, woven in memory where the predicate says
 * so (unwoven ones are defined here too, so that they link to the woven fixtures), after checking
 * each woven class with ASM's {@link CheckClassAdapter} (the surefire JVM runs with
 * {@code -Xverify:all}, so loading also runs the JVM's verifier). Everything else comes from the
 * test class path.
 *
 * <p>With {@code -Dworlds.test.agentWeaves=true} the loader made by {@link #WovenLoader()} defines
 * the fixtures as compiled and leaves weaving them to the java agent the JVM runs with (the agent
 * module runs these tests that way); {@link #result} then knows nothing.
 */
public final class WovenLoader extends ClassLoader {
    /** Package (internal form) whose classes are woven, except its {@code unwoven} subpackage. */
    public static final String FIXTURES = "dev/worlds/instrument/fixtures/";
    /** Set by the agent module's run of these tests, whose JVM weaves the fixtures as they are defined. */
    public static final boolean AGENT_WEAVES = Boolean.getBoolean("worlds.test.agentWeaves");

    private final Weaver weaver;
    private final Predicate<String> woven;
    private final Map<String, byte[]> overrides = new HashMap<>();
    private final Map<String, WeaveResult> results = new HashMap<>();
    private final boolean agentWeaves;

    public WovenLoader() {
        this(List.of(), WovenLoader::isWovenFixture, AGENT_WEAVES);
    }

    public WovenLoader(List<Path> classpath, Predicate<String> woven) {
        this(classpath, woven, false);
    }

    private WovenLoader(List<Path> classpath, Predicate<String> woven, boolean agentWeaves) {
        super(WovenLoader.class.getClassLoader());
        this.woven = woven;
        this.agentWeaves = agentWeaves;
        this.weaver = new Weaver(new ClassHierarchy(new ClassFileLocator(classpath), woven));
    }

    /** A weaver for the fixture packages, resolving classes from the test class path. */
    public static Weaver fixtureWeaver() {
        return new Weaver(new ClassHierarchy(new ClassFileLocator(List.of()), WovenLoader::isWovenFixture));
    }

    /** The woven form of a fixture class, as an ASM tree, to inspect the generated instructions. */
    /** The woven class file of {@code fixture}, with its frames expanded (every local listed). */
    public static ClassNode wovenClassNode(Class<?> fixture) throws ClassNotFoundException {
        byte[] woven = fixtureWeaver().weave(classFile(fixture.getName().replace('.', '/')), null).bytes();
        ClassNode node = new ClassNode();
        new ClassReader(woven).accept(node, ClassReader.EXPAND_FRAMES);
        return node;
    }

    public static boolean isWovenFixture(String internalName) {
        return internalName.startsWith(FIXTURES) && !internalName.startsWith(FIXTURES + "unwoven/");
    }

    /** Defines {@code internalName} from these bytes instead of the test class path (not re-woven if marked). */
    public WovenLoader withClassFile(String internalName, byte[] bytes) {
        overrides.put(internalName, bytes);
        return this;
    }

    /** The weaving result of a loaded class. */
    public WeaveResult result(Class<?> type) {
        return results.get(type.getName().replace('.', '/'));
    }

    public List<String> warnings() {
        List<String> all = new ArrayList<>();
        results.values().forEach(r -> all.addAll(r.warnings()));
        return all;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        String internalName = name.replace('.', '/');
        boolean local = internalName.startsWith(FIXTURES) || overrides.containsKey(internalName);
        if (!local) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                boolean weave = woven.test(internalName) && !agentWeaves;
                byte[] bytes = weave ? wovenBytes(internalName) : read(internalName);
                loaded = defineClass(name, bytes, 0, bytes.length);
                if (weave) {
                    // After defineClass: checking may load subclasses, which link back to this class.
                    check(internalName, bytes);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private byte[] wovenBytes(String internalName) throws ClassNotFoundException {
        byte[] original = read(internalName);
        WeaveResult result = weaver.weave(original, internalName + ".class");
        results.put(internalName, result);
        return result.bytes();
    }

    private void check(String internalName, byte[] bytes) {
        StringWriter problems = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(bytes), this, false, new PrintWriter(problems));
        if (problems.toString().length() > 0) {
            throw new AssertionError("CheckClassAdapter rejects woven " + internalName + ":\n" + problems);
        }
    }

    private byte[] read(String internalName) throws ClassNotFoundException {
        if (overrides.containsKey(internalName)) {
            return overrides.get(internalName);
        }
        return classFile(internalName);
    }

    /** The compiled (unwoven) class file from the test class path. */
    public static byte[] classFile(String internalName) throws ClassNotFoundException {
        try (InputStream in = WovenLoader.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(internalName);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads {@code type}'s woven twin and calls its public static no-argument method {@code method}. */
    public Object run(Class<?> type, String method) {
        try {
            Method target = loadClass(type.getName()).getMethod(method);
            return target.invoke(null);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new AssertionError(cause);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
