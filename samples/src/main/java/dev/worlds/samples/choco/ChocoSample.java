package dev.worlds.samples.choco;

import dev.worlds.Worlds;
import dev.worlds.choco.WorldsEnvironment;
import dev.worlds.samples.Args;
import java.io.PrintStream;
import java.util.List;
import org.chocosolver.memory.IEnvironment;
import org.chocosolver.memory.trailing.EnvironmentTrailing;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.IntVar;

/**
 * The choco sample: the Choco solver, unchanged, on Worlds. N queens as a Choco model
 * (allDifferent over the columns and both diagonals, dom/wdeg search), solved for every solution
 * once with Choco's own trailing environment and once with {@code new WorldsEnvironment()}; prints
 * the first solution and both searches' statistics side by side, which must be the same.
 */
public final class ChocoSample {
    public static final int DEFAULT_N = 10;

    private ChocoSample() {
    }

    /** What one search found. */
    record Outcome(String environment, int[] first, long solutions, long nodes, long fails, long backtracks, long nanos) {
        boolean sameSearchAs(Outcome other) {
            return java.util.Arrays.equals(first, other.first) && solutions == other.solutions && nodes == other.nodes
                    && fails == other.fails && backtracks == other.backtracks;
        }
    }

    public static int run(List<String> args, PrintStream out) {
        Args.atMost(args, 1);
        int n = Args.intArg(args, 0, "n", DEFAULT_N, 4, 13);
        Outcome trailing = solve(n, new EnvironmentTrailing(), "EnvironmentTrailing");
        Outcome worlds = solve(n, new WorldsEnvironment(), "WorldsEnvironment");
        out.printf("choco: %d queens, every solution, the same model and search on two environments%n", n);
        out.print("first solution:\n" + board(worlds.first()));
        out.printf("%-20s %10s %10s %10s %10s %9s%n", "environment", "solutions", "nodes", "fails", "backtracks", "time");
        for (Outcome s : List.of(trailing, worlds)) {
            out.printf("%-20s %,10d %,10d %,10d %,10d %9s%n", s.environment(), s.solutions(), s.nodes(), s.fails(),
                    s.backtracks(), Args.seconds(s.nanos()));
        }
        boolean same = trailing.sameSearchAs(worlds) && Worlds.depth() == 0;
        out.println(same ? "choco: the same search with both environments; every world closed"
                : "choco: WRONG: the environments searched differently");
        return same ? 0 : 1;
    }

    static Outcome solve(int n, IEnvironment environment, String name) {
        long start = System.nanoTime();
        Model model = new Model(environment, n + " queens");
        IntVar[] q = model.intVarArray("q", n, 0, n - 1, false);
        IntVar[] up = new IntVar[n];
        IntVar[] down = new IntVar[n];
        for (int i = 0; i < n; i++) {
            up[i] = model.intOffsetView(q[i], i);
            down[i] = model.intOffsetView(q[i], -i);
        }
        model.allDifferent(q).post();
        model.allDifferent(up).post();
        model.allDifferent(down).post();
        Solver solver = model.getSolver();
        solver.setSearch(Search.domOverWDegSearch(q));
        int[] first = null;
        while (solver.solve()) {
            if (first == null) {
                first = new int[n];
                for (int i = 0; i < n; i++) {
                    first[i] = q[i].getValue();
                }
            }
        }
        environment.worldPopUntil(0);
        return new Outcome(name, first, solver.getSolutionCount(), solver.getNodeCount(), solver.getFailCount(),
                solver.getBackTrackCount(), System.nanoTime() - start);
    }

    static String board(int[] queens) {
        StringBuilder b = new StringBuilder();
        for (int row = 0; row < queens.length; row++) {
            for (int col = 0; col < queens.length; col++) {
                b.append(queens[row] == col ? "Q " : ". ");
            }
            b.setLength(b.length() - 1);
            b.append('\n');
        }
        return b.toString();
    }
}
