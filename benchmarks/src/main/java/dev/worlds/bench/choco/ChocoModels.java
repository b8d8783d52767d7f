package dev.worlds.bench.choco;

import org.chocosolver.memory.IEnvironment;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.IntVar;

/**
 * The larger instances of worlds-choco's test corpus, built in a given environment. Each
 * {@link #solve} explores the whole search tree (all solutions, or optimisation to the proof).
 */
public final class ChocoModels {
    private ChocoModels() {
    }

    /** Builds {@code name} in {@code environment} and solves it; returns the node count. */
    public static long solve(String name, IEnvironment environment) {
        Model model = switch (name) {
            case "queens11" -> queens(environment, 11);
            case "golomb8" -> golomb(environment, 8);
            case "costas9" -> costas(environment, 9);
            case "magic4" -> magicSquare(environment, 4);
            default -> throw new IllegalArgumentException("unknown model " + name);
        };
        Solver solver = model.getSolver();
        while (solver.solve()) {
            // every solution (or every improving one) until the tree is exhausted
        }
        return solver.getNodeCount();
    }

    /** N queens, all solutions: allDifferent (AC) over the columns and the two diagonals' views, dom/wdeg. */
    static Model queens(IEnvironment env, int n) {
        Model model = new Model(env, "queens");
        IntVar[] q = model.intVarArray("q", n, 1, n, false);
        IntVar[] up = new IntVar[n];
        IntVar[] down = new IntVar[n];
        for (int i = 0; i < n; i++) {
            up[i] = model.intOffsetView(q[i], i);
            down[i] = model.intOffsetView(q[i], -i);
        }
        model.allDifferent(q, "AC").post();
        model.allDifferent(up, "AC").post();
        model.allDifferent(down, "AC").post();
        model.getSolver().setSearch(Search.domOverWDegSearch(q));
        return model;
    }

    /** Golomb ruler of m marks, minimised to the proof of optimality, Choco's default search. */
    static Model golomb(IEnvironment env, int m) {
        Model model = new Model(env, "golomb");
        IntVar[] ticks = model.intVarArray("a", m, 0, m * m, false);
        model.arithm(ticks[0], "=", 0).post();
        for (int i = 0; i < m - 1; i++) {
            model.arithm(ticks[i + 1], ">", ticks[i]).post();
        }
        IntVar[] diffs = model.intVarArray("d", m * (m - 1) / 2, 0, m * m, false);
        for (int k = 0, i = 0; i < m - 1; i++) {
            for (int j = i + 1; j < m; j++, k++) {
                model.scalar(new IntVar[] {ticks[j], ticks[i]}, new int[] {1, -1}, "=", diffs[k]).post();
                model.arithm(diffs[k], ">=", (j - i) * (j - i + 1) / 2).post();
            }
        }
        model.allDifferent(diffs, "BC").post();
        model.arithm(diffs[0], "<", diffs[diffs.length - 1]).post();
        model.setObjective(Model.MINIMIZE, ticks[m - 1]);
        return model;
    }

    /** Costas arrays of order n, all solutions: allDifferent on the permutation and each difference row. */
    static Model costas(IEnvironment env, int n) {
        Model model = new Model(env, "costas");
        IntVar[] x = model.intVarArray("x", n, 0, n - 1, false);
        model.allDifferent(x, "AC").post();
        for (int d = 1; d < n - 1; d++) {
            IntVar[] row = new IntVar[n - d];
            for (int i = 0; i < n - d; i++) {
                row[i] = model.intVar("y" + d + "_" + i, -n + 1, n - 1, false);
                model.arithm(row[i], "=", x[i + d], "-", x[i]).post();
                model.arithm(row[i], "!=", 0).post();
            }
            model.allDifferent(row, "FC").post();
        }
        model.getSolver().setSearch(Search.minDomLBSearch(x));
        return model;
    }

    /** Magic square of order n, the first 200 solutions, dom/wdeg. */
    static Model magicSquare(IEnvironment env, int n) {
        Model model = new Model(env, "magic square");
        int sum = n * (n * n + 1) / 2;
        IntVar[][] cells = model.intVarMatrix("c", n, n, 1, n * n);
        IntVar[] all = new IntVar[n * n];
        IntVar[] diagonal = new IntVar[n];
        IntVar[] antiDiagonal = new IntVar[n];
        for (int i = 0; i < n; i++) {
            IntVar[] column = new IntVar[n];
            for (int j = 0; j < n; j++) {
                all[i * n + j] = cells[i][j];
                column[j] = cells[j][i];
            }
            model.sum(cells[i], "=", sum).post();
            model.sum(column, "=", sum).post();
            diagonal[i] = cells[i][i];
            antiDiagonal[i] = cells[i][n - 1 - i];
        }
        model.sum(diagonal, "=", sum).post();
        model.sum(antiDiagonal, "=", sum).post();
        model.allDifferent(all, "AC").post();
        model.getSolver().setSearch(Search.domOverWDegSearch(all));
        model.getSolver().limitSolution(200);
        return model;
    }
}
