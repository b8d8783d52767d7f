/**
 * Tracked versions of the {@code java.util} collections. The weaver substitutes them for the JDK
 * classes that woven code creates ({@code new ArrayList<>()} becomes a {@code TrackedArrayList}),
 * and rebases woven classes that extend a JDK collection onto them, so their contents roll back
 * with the world. Each is a subclass of its JDK class that keeps its state in fields and arrays
 * of its own, woven at build time like user code; {@code getClass()} is the one visible
 * difference, and Java serialization writes the plain JDK class.
 */
package dev.worlds.collections;
