package dev.worlds.samples.sat;

import dev.worlds.World;
import dev.worlds.Worlds;
import org.sat4j.core.VecInt;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.TimeoutException;

/**
 * n queens as clauses in SAT4J's solver, an unchanged library from Maven Central whose state lives
 * in plain fields and arrays (its own vectors, not collections). The build weaves it into this
 * project's classes ({@code weaveDependencies} in the pom), so a world rolls the live solver back:
 * learnt clauses, added clauses, heuristics, trail and all.
 *
 * <pre>{@code
 * QueensSat queens = new QueensSat(8);
 * queens.countSolutions();        // 92: each solution found is excluded by a new clause, in a world
 * queens.clauses();               // 736 again: the world and its 92 clauses are rolled back
 * }</pre>
 */
public final class QueensSat {
    private final int n;
    private final ISolver solver = SolverFactory.newDefault();
    private final int clauses;

    public QueensSat(int n) {
        this.n = n;
        // A time-based timeout starts a timer thread per solve whose task writes the solver when it
        // fires; conflicts count on the solving thread instead.
        solver.setTimeoutOnConflicts(Integer.MAX_VALUE);
        solver.newVar(n * n);
        try {
            for (int row = 0; row < n; row++) {
                int[] somewhere = new int[n];
                for (int column = 0; column < n; column++) {
                    somewhere[column] = variable(row, column);
                }
                solver.addClause(new VecInt(somewhere));
            }
            for (int a = 0; a < n * n; a++) {
                for (int b = a + 1; b < n * n; b++) {
                    if (attack(a / n, a % n, b / n, b % n)) {
                        solver.addClause(new VecInt(new int[] {-(a + 1), -(b + 1)}));
                    }
                }
            }
        } catch (ContradictionException e) {
            throw new IllegalStateException("n queens has no contradiction among its clauses", e);
        }
        clauses = solver.nConstraints();
    }

    private static boolean attack(int row1, int column1, int row2, int column2) {
        return row1 == row2 || column1 == column2 || Math.abs(row1 - row2) == Math.abs(column1 - column2);
    }

    /** The variable "a queen on this square", numbered from 1 as in DIMACS. */
    private int variable(int row, int column) {
        return row * n + column + 1;
    }

    /** Clauses in the solver now. */
    public int clauses() {
        return solver.nConstraints();
    }

    /** Clauses of the problem, before any world added one. */
    public int problemClauses() {
        return clauses;
    }

    /**
     * Counts the solutions: in a world, each solution found is excluded by a clause and the solver
     * asked again, until it finds none; then the world, with every clause it added and everything
     * the solver learnt, is rolled back.
     */
    public int countSolutions() {
        try (World world = Worlds.push()) {
            return countInThisWorld();
        }
    }

    /** What if the queen of the first row stands in this column: its solutions, then rolled back. */
    public int countWithFirstQueenIn(int column) {
        try (World world = Worlds.push()) {
            solver.addClause(new VecInt(new int[] {variable(0, column)}));
            return countInThisWorld();
        } catch (ContradictionException e) {
            return 0;
        }
    }

    private int countInThisWorld() {
        int found = 0;
        try {
            while (solver.isSatisfiable()) {
                found++;
                int[] model = solver.model();
                VecInt notThisOne = new VecInt();
                for (int literal : model) {
                    if (literal > 0) {
                        notThisOne.push(-literal);
                    }
                }
                solver.addClause(notThisOne);
            }
        } catch (ContradictionException e) {
            // The clause excluding the last solution left nothing: that was the last one.
        } catch (TimeoutException e) {
            throw new IllegalStateException("SAT4J gave up, which it does not do without a timeout", e);
        }
        return found;
    }
}
