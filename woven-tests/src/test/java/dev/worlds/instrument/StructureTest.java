package dev.worlds.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.worlds.instrument.fixtures.Account;
import dev.worlds.instrument.fixtures.Counters;
import dev.worlds.instrument.fixtures.Point;
import dev.worlds.instrument.fixtures.StructureScenarios;
import dev.worlds.instrument.fixtures.Transfers;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every class shape javac emits is woven into a class that verifies, loads and rolls back. */
class StructureTest {
    private final WovenLoader loader = new WovenLoader();

    @ParameterizedTest
    @ValueSource(strings = {"innerAnonymousAndLambdaWrites", "synchronizedMethod", "hierarchyAcrossUnwovenClass",
            "subclassOfJdkClass", "enumState", "recordStaticsAndInterfaceDefaults", "staticsAndUntracked",
            "speculativeMethods", "speculativeInterfaceMethods", "sameExceptionInstance"})
    void scenario(String name) {
        loader.run(StructureScenarios.class, name);
    }

    @Test
    void addedMembersAreSyntheticAndTheStampTransient() throws Exception {
        Class<?> account = loader.loadClass(Account.class.getName());
        Field stamp = account.getDeclaredField("$worlds$stamp");
        assertTrue(stamp.isSynthetic());
        assertTrue(Modifier.isTransient(stamp.getModifiers()));
        for (Field field : account.getDeclaredFields()) {
            assertTrue(!field.getName().startsWith("$worlds$") || field.isSynthetic(), field.getName());
        }
        for (Method method : account.getDeclaredMethods()) {
            assertTrue(!method.getName().startsWith("$worlds$") || method.isSynthetic(), method.getName());
        }
    }

    /** Account has no static initializer (one is generated), Counters has one (it is prepended to). */
    @ParameterizedTest
    @ValueSource(strings = {"dev.worlds.instrument.fixtures.Account", "dev.worlds.instrument.fixtures.Counters"})
    void theStampIsClaimedWithACompareAndSet(String className) throws Exception {
        Class<?> woven = loader.loadClass(className);
        Object instance = newInstance(woven);
        Method claim = woven.getMethod("$worlds$claimStamp", Object.class, Object.class);
        Method stamp = woven.getMethod("$worlds$stamp");
        Object first = new Object();
        Object second = new Object();
        assertEquals(true, claim.invoke(instance, null, first));
        assertEquals(false, claim.invoke(instance, null, second), "the stamp is no longer null");
        assertEquals(first, stamp.invoke(instance));
        assertEquals(true, claim.invoke(instance, first, null));
    }

    private static Object newInstance(Class<?> type) throws Exception {
        for (java.lang.reflect.Constructor<?> constructor : type.getConstructors()) {
            Object[] args = Arrays.stream(constructor.getParameterTypes())
                    .map(p -> p == long.class ? (Object) 0L : p == int.class ? (Object) 0 : p == String.class ? "x" : null)
                    .toArray();
            return constructor.newInstance(args);
        }
        throw new AssertionError(type + " has no public constructor");
    }

    @Test
    void recordsKeepTheirShapeAndGetNoStamp() throws Exception {
        Class<?> point = loader.loadClass(Point.class.getName());
        assertTrue(point.isRecord());
        assertEquals(2, point.getRecordComponents().length);
        assertFalse(Arrays.stream(point.getDeclaredFields()).anyMatch(f -> f.getName().equals("$worlds$stamp")));
        assertEquals(0, point.getInterfaces().length);
    }

    @Test
    void trackedFieldsAreCountedAndUntrackedOnesLeftOut() throws Exception {
        assumeFalse(WovenLoader.AGENT_WEAVES, "weave results stay inside the agent");
        loader.loadClass(Account.class.getName());
        loader.loadClass(Counters.class.getName());
        assertEquals(10, loader.result(loader.loadClass(Account.class.getName())).trackedFields());
        // value, hits, bytes, last: not the @Untracked ones, not the final constant.
        assertEquals(4, loader.result(loader.loadClass(Counters.class.getName())).trackedFields());
    }

    @Test
    void speculativeWrapperKeepsTheMethodsPublicFace() throws Exception {
        Class<?> transfers = loader.loadClass(Transfers.class.getName());
        Method transfer = transfers.getMethod("transfer", loader.loadClass(Account.class.getName()),
                loader.loadClass(Account.class.getName()), long.class);
        assertTrue(transfer.isAnnotationPresent(dev.worlds.Speculative.class));
        assertFalse(transfer.isSynthetic());
        Method checked = Arrays.stream(transfers.getDeclaredMethods())
                .filter(m -> m.getName().equals("checkedFailure")).findFirst().orElseThrow();
        assertTrue(Modifier.isSynchronized(checked.getModifiers()));
        assertEquals(1, checked.getExceptionTypes().length);
    }
}
