package dev.worlds.choco;

import dev.worlds.Worlds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.chocosolver.memory.IEnvironment;
import org.chocosolver.memory.trailing.EnvironmentTrailing;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.variables.GraphVar;
import org.chocosolver.solver.variables.IntVar;
import org.chocosolver.solver.variables.SetVar;
import org.chocosolver.solver.variables.Variable;
import org.chocosolver.util.objects.graphs.IGraph;

/**
 * What a search did, everything that must not depend on the environment: the solutions in the
 * order found, and the search statistics.
 */
record Outcome(List<String> solutions, long solutionCount, long nodes, long fails, long backtracks, long restarts) {

    /** A model built in a given environment, with the variables a solution is shown by. */
    record Problem(Model model, Variable... shown) {
    }

    /** Builds the problem with {@code environment}, solves it to the end, and pops every world. */
    static Outcome solve(Function<IEnvironment, Problem> build, IEnvironment environment) {
        Problem problem = build.apply(environment);
        Solver solver = problem.model().getSolver();
        List<String> solutions = new ArrayList<>();
        while (solver.solve()) {
            solutions.add(show(problem.shown()));
        }
        Outcome outcome = new Outcome(solutions, solver.getSolutionCount(), solver.getNodeCount(),
                solver.getFailCount(), solver.getBackTrackCount(), solver.getRestartCount());
        environment.worldPopUntil(0);
        return outcome;
    }

    static Outcome trailing(Function<IEnvironment, Problem> build) {
        return solve(build, new EnvironmentTrailing());
    }

    /** Solved with a {@link WorldsEnvironment}; checks that the search leaves no world open. */
    static Outcome worlds(Function<IEnvironment, Problem> build) {
        int depth = Worlds.depth();
        Outcome outcome = solve(build, new WorldsEnvironment());
        if (Worlds.depth() != depth) {
            throw new AssertionError("the search left " + (Worlds.depth() - depth) + " worlds open");
        }
        return outcome;
    }

    private static String show(Variable[] shown) {
        StringBuilder b = new StringBuilder();
        for (Variable v : shown) {
            if (b.length() > 0) {
                b.append(' ');
            }
            if (v instanceof IntVar) {
                b.append(((IntVar) v).getValue());
            } else if (v instanceof SetVar) {
                b.append(((SetVar) v).getValue());
            } else if (v instanceof GraphVar) {
                b.append(showGraph((GraphVar<?>) v));
            } else {
                b.append(v);
            }
        }
        return b.toString();
    }

    /**
     * The nodes and edges of an instantiated graph variable, sorted: a stored set's iteration order
     * is an implementation detail, the graph is the answer.
     */
    static String showGraph(GraphVar<?> g) {
        IGraph value = g.getValue();
        int[] nodes = value.getNodes().toArray();
        Arrays.sort(nodes);
        List<String> edges = new ArrayList<>();
        for (int i : nodes) {
            int[] successors = value.getSuccessorsOf(i).toArray();
            Arrays.sort(successors);
            for (int j : successors) {
                if (g.isDirected()) {
                    edges.add(i + ">" + j);
                } else if (i <= j) {
                    edges.add(i + "-" + j);
                }
            }
        }
        return "nodes " + Arrays.toString(nodes) + " edges " + edges;
    }

    @Override
    public String toString() {
        return solutionCount + " solutions, " + nodes + " nodes, " + fails + " fails, " + backtracks
                + " backtracks, " + restarts + " restarts" + (solutions.isEmpty() ? "" : ", last " + solutions.get(solutions.size() - 1));
    }
}
