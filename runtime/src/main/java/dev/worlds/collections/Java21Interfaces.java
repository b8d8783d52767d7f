package dev.worlds.collections;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Java 21 interfaces a view implements on a Java 21+ JVM (the JDK's own view of the same kind
 * does): the runtime's build adds them to the class's copy in the jar's {@code META-INF/versions/21}.
 * The class declares public methods for every abstract method of those interfaces, the ones with
 * Java 21 return types marked {@link Java21Bridge}.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface Java21Interfaces {
    /** Binary names, such as {@code java.util.SequencedSet}. */
    String[] value();
}
