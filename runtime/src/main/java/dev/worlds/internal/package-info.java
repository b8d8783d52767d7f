/**
 * The engine behind {@link dev.worlds.Worlds}: the per-thread stack of worlds, the save log,
 * and the entry points that woven code calls. Not API: names here may change in any release;
 * only the weaver should refer to them.
 *
 * <p>Where to look:
 * <ul>
 *   <li>What woven code calls: {@link dev.worlds.internal.WorldsRuntime} (field barriers, object
 *       stamps, static initializers), {@link dev.worlds.internal.ArrayWrites} and
 *       {@link dev.worlds.internal.LoopArrayWrites} (array stores), {@link dev.worlds.internal.StaticState}
 *       (static fields), {@link dev.worlds.internal.Speculation} ({@code @Speculative} methods).
 *   <li>Which thread owns the barriers' {@code current}, and its caches: {@code CurrentWorld}.
 *   <li>Where an object is saved: {@code ObjectSaves}; arrays: {@code ArraySaves}; when an array
 *       write is logged rather than copied, and the limits: {@code ElementLogPolicy}.
 *   <li>One thread's worlds: {@link dev.worlds.internal.ThreadWorlds}, its frames
 *       {@link dev.worlds.internal.WorldFrame}, its log {@link dev.worlds.internal.WorldLog}
 *       (stored in {@code LogColumns}), its static initializers {@code ClassInitState}.
 *   <li>Threads: {@code ArrayOwnership} (who may write an array), {@code AbandonedWorlds} (worlds
 *       of threads that ended), {@link dev.worlds.internal.WritesOutsideWorlds} (a test harness's watch).
 * </ul>
 */
package dev.worlds.internal;
