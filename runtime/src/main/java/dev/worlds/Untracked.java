package dev.worlds;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field whose writes are never saved or restored by a world: counters, caches,
 * statistics, anything that should survive a rollback.
 *
 * <pre>{@code
 * class Search {
 *     int[] board;                 // tracked: rolled back with the world
 *     @Untracked long nodes;       // not tracked: keeps counting across rollbacks
 * }
 * }</pre>
 *
 * <p>The weaver writes such fields directly, with no barrier, so they cost nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Untracked {
}
