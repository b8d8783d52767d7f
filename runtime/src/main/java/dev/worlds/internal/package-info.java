/**
 * The engine behind {@link dev.worlds.Worlds}: the per-thread stack of worlds, the save log,
 * and the entry points that woven code calls. Not API: names here may change in any release;
 * only the weaver should refer to them.
 */
package dev.worlds.internal;
