package dev.worlds.collections;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds the public and protected instance methods of a JDK collection class that a tracked
 * subclass does not override. A tracked collection keeps its state in fields of its own, so any
 * JDK method it inherits would read or write the JDK class's unused (empty) state: on a newer JDK
 * that adds methods (Java 21's sequenced ones), such a method must make a test fail rather than
 * quietly answer from the wrong state.
 *
 * <p>The check is the JVM's: a call resolves by name and full descriptor, so the tracked class
 * (or an abstract class of this package between it and the JDK class) must declare a method with
 * the same name, parameter types <em>and</em> return type. Methods the JDK class leaves to
 * {@link Object} touch no collection state and are not required; {@code finalize} is never
 * overridden (that would make every collection finalizable).
 */
final class JdkMethodCoverage {
    private JdkMethodCoverage() {
    }

    /** The methods of {@code jdk} (as {@code name(params)return}) that {@code tracked} does not override. */
    static List<String> notOverridden(Class<?> tracked, Class<?> jdk) {
        if (!jdk.isAssignableFrom(tracked)) {
            throw new IllegalArgumentException(tracked.getName() + " does not extend " + jdk.getName());
        }
        List<String> missing = new ArrayList<>();
        for (Method method : requiredMethods(jdk).values()) {
            if (!declaredBelow(tracked, jdk, method)) {
                missing.add(describe(method));
            }
        }
        return missing;
    }

    /** Fails with the list of methods {@code tracked} does not override. */
    static void assertOverridesEveryMethod(Class<?> tracked, Class<?> jdk) {
        List<String> missing = notOverridden(tracked, jdk);
        if (!missing.isEmpty()) {
            throw new AssertionError(tracked.getSimpleName() + " does not override " + missing.size()
                    + " public or protected method(s) of " + jdk.getName() + " on Java "
                    + Runtime.version().feature() + "; inherited, they would use the JDK class's empty"
                    + " state:\n  " + String.join("\n  ", missing));
        }
    }

    /** Every public or protected, overridable instance method a call on {@code jdk} can reach, by descriptor. */
    static Map<String, Method> requiredMethods(Class<?> jdk) {
        Map<String, Method> methods = new LinkedHashMap<>();
        for (Class<?> type = jdk; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                consider(methods, method);
            }
        }
        for (Method method : jdk.getMethods()) {   // interface defaults and public inherited ones
            if (method.getDeclaringClass() != Object.class) {
                consider(methods, method);
            }
        }
        return methods;
    }

    private static void consider(Map<String, Method> methods, Method method) {
        int modifiers = method.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers) || method.isSynthetic()
                || !(Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers))
                || method.getName().equals("finalize")) {
            return;
        }
        methods.putIfAbsent(descriptor(method), method);
    }

    private static boolean declaredBelow(Class<?> tracked, Class<?> jdk, Method method) {
        for (Class<?> type = tracked; type != jdk; type = type.getSuperclass()) {
            try {
                Method own = type.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (own.getReturnType() == method.getReturnType()) {
                    return true;
                }
            } catch (NoSuchMethodException notHere) {
                // look further up
            }
            for (Method own : type.getDeclaredMethods()) {   // a bridge for a covariant return
                if (own.getName().equals(method.getName())
                        && Arrays.equals(own.getParameterTypes(), method.getParameterTypes())
                        && own.getReturnType() == method.getReturnType()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String descriptor(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getName)
                .collect(Collectors.joining(",", "(", ")")) + method.getReturnType().getName();
    }

    private static String describe(Method method) {
        return method.getReturnType().getSimpleName() + " " + method.getName()
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                        .collect(Collectors.joining(", ", "(", ")"))
                + "  (declared by " + method.getDeclaringClass().getName() + ")";
    }
}
