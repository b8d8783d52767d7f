package dev.worlds.search;

import java.time.Duration;

/**
 * What a {@link ParallelSearch#solve()} did.
 *
 * @param solutions solutions reported to the solution callback (at most the solution limit)
 * @param nodes     alternatives applied, each in a world of its own, dead ends included; neither
 *                  the alternatives {@link Branching#canApply} skipped nor the replays of stolen
 *                  paths: for a complete search the same number whatever the thread count
 * @param steals    tasks workers took from each other
 * @param threads   worker threads the search ran on
 * @param elapsed   wall-clock time of the search, threads started and joined included
 * @param complete  true if the whole tree was explored; false if the search stopped at the
 *                  solution limit (more solutions may exist) or because the calling thread was
 *                  interrupted
 */
public record SearchResult(long solutions, long nodes, long steals, int threads, Duration elapsed, boolean complete) {
}
