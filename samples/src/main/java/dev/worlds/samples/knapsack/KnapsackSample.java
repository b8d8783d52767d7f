package dev.worlds.samples.knapsack;

import dev.worlds.samples.Args;
import dev.worlds.samples.Progress;
import java.io.PrintStream;
import java.util.List;

/** The knapsack sample: a random strongly correlated instance solved by branch and bound, checked by dynamic programming. */
public final class KnapsackSample {
    public static final int DEFAULT_ITEMS = 70;
    public static final long DEFAULT_SEED = 1;
    /** Dynamic programming checks instances up to this many item × capacity cells. */
    static final long DP_CHECK_LIMIT = 50_000_000L;

    private KnapsackSample() {
    }

    public static int run(List<String> args, PrintStream out) {
        Args.atMost(args, 2);
        int items = Args.intArg(args, 0, "items", DEFAULT_ITEMS, 1, 10_000);
        long seed = Args.longArg(args, 1, "seed", DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        KnapsackInstance instance = KnapsackInstance.random(items, seed);
        Knapsack knapsack = new Knapsack(instance).withProgress(Progress.onStderr("knapsack: "));
        long start = System.nanoTime();
        Knapsack.Solution best = knapsack.solve();
        long elapsed = System.nanoTime() - start;
        out.printf("knapsack: %d items (seed %d), capacity %,d: best value %,d, %d items weighing %,d; "
                + "%,d nodes in %s%n", items, seed, instance.capacity(), best.value(), best.itemCount(), best.weight(),
                best.nodes(), Args.seconds(elapsed));
        if (items <= 60) {
            StringBuilder chosen = new StringBuilder("  taken (item:weight/value):");
            for (int id = 0; id < items; id++) {
                if (best.takenById()[id]) {
                    int k = indexOf(instance.ids(), id);
                    chosen.append(' ').append(id).append(':').append(instance.weights()[k]).append('/')
                            .append(instance.values()[k]);
                }
            }
            out.println(chosen);
        }
        if ((long) items * instance.capacity() > DP_CHECK_LIMIT) {
            out.println("knapsack: too large to check by dynamic programming");
            return knapsack.isEmpty() ? 0 : 1;
        }
        int optimum = instance.optimumByDynamicProgramming();
        out.printf("knapsack: dynamic programming %s: %,d; state empty again after the search: %s%n",
                optimum == best.value() ? "agrees" : "DISAGREES", optimum, knapsack.isEmpty());
        return optimum == best.value() && knapsack.isEmpty() ? 0 : 1;
    }

    private static int indexOf(int[] ids, int id) {
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] == id) {
                return k;
            }
        }
        throw new IllegalStateException("no item " + id);
    }
}
