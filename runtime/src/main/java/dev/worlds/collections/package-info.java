/**
 * Tracked versions of the {@code java.util} collections. The weaver substitutes them for the JDK
 * classes that woven code creates ({@code new ArrayList<>()} becomes a {@code TrackedArrayList}),
 * and rebases woven classes that extend a JDK collection onto them, so their contents roll back
 * with the world. Each is a subclass of its JDK class that keeps its state in fields and arrays
 * of its own, woven at build time like user code; {@code getClass()} is the one visible
 * difference, and Java serialization writes the plain JDK class.
 *
 * <p>Iterators and spliterators keep their position in {@link dev.worlds.Untracked} fields: like
 * a loop's index variable, an iterator's position is not part of the world (an iterator advanced
 * inside a world stays advanced after the rollback), and advancing one costs no barrier. What it
 * changes through {@code remove()}, {@code set()} or {@code add()} is the collection's state and
 * rolls back; an iterator that changed the collection inside a rolled-back world then fails fast
 * with {@code ConcurrentModificationException}, as after any change it did not make.
 */
package dev.worlds.collections;
