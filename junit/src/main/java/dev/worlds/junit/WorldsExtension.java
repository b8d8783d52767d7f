package dev.worlds.junit;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs each test in a world that is rolled back after it, so that tests sharing mutable state
 * of woven classes (static fields included) no longer depend on the order they run in.
 *
 * <pre>{@code
 * @ExtendWith(WorldsExtension.class)
 * class TimetableTest {
 *     @BeforeAll static void openRooms() { Timetable.SHARED.open("atrium"); }   // undone after the class
 *     @BeforeEach void book() { Timetable.SHARED.book("atrium", ada); }         // undone after each test
 *     @Test void cancels() { Timetable.SHARED.cancel("atrium", ada); ... }       // undone after the test
 * }
 * }</pre>
 *
 * <ul>
 *   <li>A world opens before a class's {@code @BeforeAll} methods and is rolled back after its
 *       {@code @AfterAll} methods; a {@code @Nested} class's world opens inside its enclosing
 *       class's world.</li>
 *   <li>Each test's world opens before its {@code @BeforeEach} methods (the enclosing classes'
 *       included) and is rolled back after its {@code @AfterEach} methods. Each dynamic test of a
 *       {@code @TestFactory} runs in a world of its own inside the factory's.</li>
 *   <li>Worlds the code leaves open are rolled back, then fail the test (or the class) with a
 *       {@link dev.worlds.WorldStateException} that says how many; so does a test that closes the
 *       world the extension opened for it.</li>
 *   <li>Worlds are thread-confined. A test body that JUnit runs on a thread of its own (a
 *       {@code @Timeout} with {@code threadMode = SEPARATE_THREAD}) runs in a world of its own on
 *       that thread; a lifecycle method it would run so is refused, since its writes could not
 *       belong to the test's world. A {@link dev.worlds.WorldConflictException} that fails a test
 *       is explained in test terms (code on other threads, parallel tests). Code on threads without
 *       worlds ({@code assertTimeoutPreemptively}, executors) that writes what existed before the
 *       test fails it, once its world is rolled back: no rollback restores such writes.</li>
 * </ul>
 *
 * <p>Only writes made by woven code are tracked: weave the classes whose state the tests change
 * (and the test classes, if they keep state) with the Maven plugin's {@code weave} and
 * {@code weave-tests} goals. The test class's constructor runs before the test's world opens.
 */
public final class WorldsExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, InvocationInterceptor {
    private static final Namespace NAMESPACE = Namespace.create(WorldsExtension.class);
    private static final String CLASS_WORLD = "class world";
    private static final String TEST_WORLD = "test world";
    private static final String OTHER_THREAD_BODY = "test body on another thread";

    @Override
    public void beforeAll(ExtensionContext context) {
        store(context).put(CLASS_WORLD, OpenWorld.push(scope(context)));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        OpenWorld world = store(context).remove(CLASS_WORLD, OpenWorld.class);
        if (world != null) {
            world.end();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        store(context).put(TEST_WORLD, OpenWorld.push(scope(context)));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        OtherThreadBody body = store(context).remove(OTHER_THREAD_BODY, OtherThreadBody.class);
        OpenWorld world = store(context).remove(TEST_WORLD, OpenWorld.class);
        Throwable failure = null;
        if (body != null) {
            try {
                body.awaitEnd(scope(context));
            } catch (Exception stillRunning) {
                failure = stillRunning;
            }
        }
        if (world != null) {
            failure = world.endAfter(failure);
        }
        if (failure instanceof Exception) {
            throw (Exception) failure;
        }
        if (failure != null) {
            throw (Error) failure;
        }
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        body(invocation, context);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        body(invocation, context);
    }

    @Override
    public <T> T interceptTestFactoryMethod(Invocation<T> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        return body(invocation, context);
    }

    @Override
    public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext dynamicTest,
            ExtensionContext context) throws Throwable {
        String scope = scope(context);
        ScopedInvocation.inOwnWorld(invocation, scope, ScopedInvocation.onThisThread(scope));
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        lifecycleMethod(invocation, "@BeforeAll", method, context, CLASS_WORLD);
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        lifecycleMethod(invocation, "@AfterAll", method, context, CLASS_WORLD);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        lifecycleMethod(invocation, "@BeforeEach", method, context, TEST_WORLD);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        lifecycleMethod(invocation, "@AfterEach", method, context, TEST_WORLD);
    }

    /**
     * A test body runs in the test's world when JUnit runs it on the test's thread, and in a world
     * of its own when JUnit runs it on another (this interceptor runs inside JUnit's timeout
     * interceptor, so on the thread that runs the body).
     */
    private static <T> T body(Invocation<T> invocation, ExtensionContext context) throws Throwable {
        OpenWorld world = store(context).get(TEST_WORLD, OpenWorld.class);
        if (world == null || world.isOnCurrentThread()) {
            return ScopedInvocation.proceed(invocation, ScopedInvocation.onThisThread(scope(context)));
        }
        return OtherThreadBody.run(invocation, scope(context), world,
                body -> store(context).put(OTHER_THREAD_BODY, body));
    }

    private static void lifecycleMethod(Invocation<Void> invocation, String annotation,
            ReflectiveInvocationContext<Method> method, ExtensionContext context, String worldKey) throws Throwable {
        OpenWorld world = store(context).get(worldKey, OpenWorld.class);
        if (world != null && !world.isOnCurrentThread()) {
            invocation.skip();
            throw ExtensionErrors.lifecycleMethodOnOtherThread(annotation, method.getExecutable(), world);
        }
        ScopedInvocation.proceed(invocation, ScopedInvocation.onThisThread(scope(context)));
    }

    private static Store store(ExtensionContext context) {
        return context.getStore(NAMESPACE);
    }

    /**
     * "test 'adds()' of com.acme.BoardTest", "class com.acme.BoardTest" or "dynamic test 'one' of
     * test 'cases()' of com.acme.BoardTest", for messages.
     */
    private static String scope(ExtensionContext context) {
        if (context.getTestClass().isEmpty()) {      // a dynamic test, named after its factory
            return "dynamic test '" + context.getDisplayName() + "' of "
                    + context.getParent().map(WorldsExtension::scope).orElse("a test factory");
        }
        String testClass = context.getRequiredTestClass().getName();
        return context.getTestMethod().isPresent()
                ? "test '" + context.getDisplayName() + "' of " + testClass
                : "class " + testClass;
    }
}
