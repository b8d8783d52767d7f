package dev.worlds.collections;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that implements a Java 21 method whose return type is a Java 21 type
 * ({@code SequencedMap}, {@code SequencedSet}, {@code SequencedCollection}), which a class compiled
 * for Java 17 cannot declare. The runtime's build copies the class into the jar's
 * {@code META-INF/versions/21} with a public method {@code name()} of that return type that calls
 * the marked one, so a Java 21+ JVM calls this code instead of the JDK superclass's, which would
 * read the superclass's empty state.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@interface Java21Bridge {
    /** The Java 21 method's name; its parameters are the marked method's. */
    String name();

    /** The Java 21 method's return type, a binary name such as {@code java.util.SequencedMap}. */
    String returns();
}
