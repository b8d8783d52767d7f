/**
 * Parallel backtracking search over woven state: {@link dev.worlds.search.ParallelSearch} runs a
 * depth-first search on several threads, each with its own state and its own worlds, and balances
 * the work by stealing paths of alternatives. It ships as {@code dev.worlds:worlds-search} and
 * uses only the public API of {@code dev.worlds:worlds-runtime}.
 */
package dev.worlds.search;
