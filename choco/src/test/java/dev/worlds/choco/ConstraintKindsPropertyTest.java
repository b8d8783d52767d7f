package dev.worlds.choco;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.worlds.choco.Outcome.Problem;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.chocosolver.memory.IEnvironment;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.constraints.extension.Tuples;
import org.chocosolver.solver.constraints.nary.automata.FA.CostAutomaton;
import org.chocosolver.solver.constraints.nary.automata.FA.FiniteAutomaton;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.IntVar;
import org.chocosolver.solver.variables.Task;

/**
 * Choco's propagators run on {@link WorldsEnvironment}: for a random small instance of one of many
 * constraint kinds, every solution, in order, and the search statistics are those of Choco's
 * trailing. The instance is drawn from a seed inside the model builder, so both environments get
 * the same one; half the runs use Choco's default search (dom/wdeg, last conflict), half a random
 * search with the same seed.
 */
class ConstraintKindsPropertyTest {
    enum Kind {
        ALL_DIFFERENT_DEFAULT, ALL_DIFFERENT_AC, ALL_DIFFERENT_BC, ALL_DIFFERENT_FC, SUM, SCALAR, ELEMENT,
        TABLE_CT, TABLE_STR2, TABLE_FORBIDDEN, CUMULATIVE, CIRCUIT, REGULAR, COST_REGULAR, COUNT, AMONG, N_VALUES, LEX_LESS,
        ARITHM, TIMES, MOD, MIN, MAX, ABSOLUTE, DISTANCE, INVERSE_CHANNELING, GLOBAL_CARDINALITY, SORT,
        KNAPSACK, BIN_PACKING, SUB_CIRCUIT, AT_MOST_N_VALUES, REIFIED_OR
    }

    @Provide
    Arbitrary<Kind> kinds() {
        return Arbitraries.of(Kind.class);
    }

    @Property(tries = 300)
    void sameSearchInBothEnvironments(@ForAll("kinds") Kind kind, @ForAll @IntRange(min = 3, max = 5) int n,
            @ForAll @IntRange(min = 2, max = 4) int top, @ForAll long seed) {
        Function<IEnvironment, Problem> build = env -> instance(env, kind, n, top, seed);
        Outcome trailing = Outcome.trailing(build);
        Outcome worlds = Outcome.worlds(build);
        assertEquals(trailing.toString(), worlds.toString(), kind + " n=" + n + " top=" + top + " seed=" + seed);
        assertEquals(trailing, worlds);
    }

    static Problem instance(IEnvironment env, Kind kind, int n, int top, long seed) {
        Random random = new Random(seed);
        Model model = new Model(env, kind.name());
        // Kinds over variables of their own: no free x multiplying the solutions.
        switch (kind) {
            case CIRCUIT -> {
                IntVar[] next = model.intVarArray("next", n + 1, 0, n);
                model.circuit(next).post();
                model.arithm(next[0], "!=", random.nextInt(n + 1)).post();
                return searched(model, random, seed, next);
            }
            case INVERSE_CHANNELING -> {
                IntVar[] p = model.intVarArray("p", n, 0, n - 1);
                IntVar[] q = model.intVarArray("q", n, 0, n - 1);
                model.inverseChanneling(p, q).post();
                model.arithm(p[0], "!=", random.nextInt(n)).post();
                return searched(model, random, seed, p);
            }
            case BIN_PACKING -> {
                IntVar[] bins = model.intVarArray("bin", n, 0, 2);
                IntVar[] loads = model.intVarArray("load", 3, 0, 5);
                model.binPacking(bins, random.ints(n, 1, 4).toArray(), loads, 0).post();
                return searched(model, random, seed, bins);
            }
            case SUB_CIRCUIT -> {
                IntVar[] next = model.intVarArray("next", n, 0, n - 1);
                model.subCircuit(next, 0, model.intVar("len", 0, n)).post();
                return searched(model, random, seed, next);
            }
            default -> {
            }
        }
        IntVar[] x = model.intVarArray("x", n, 0, top);
        switch (kind) {
            case ALL_DIFFERENT_DEFAULT -> model.allDifferent(x).post();
            case ALL_DIFFERENT_AC -> model.allDifferent(x, "AC").post();
            case ALL_DIFFERENT_BC -> model.allDifferent(x, "BC").post();
            case ALL_DIFFERENT_FC -> model.allDifferent(x, "FC").post();
            case SUM -> model.sum(x, pick(random, "=", "<=", ">=", "!="), random.nextInt(n * top + 1)).post();
            case SCALAR -> model.scalar(x, coefficients(random, n), pick(random, "=", "<=", ">="), random.nextInt(2 * top + 1) - top).post();
            case ELEMENT -> {
                int[] table = random.ints(n + 2, 0, top + 1).toArray();
                model.element(x[0], table, x[1]).post();
                // Not element(x[2], table, x[2], 1) when n = 3: Choco 4.10.18 then accepts
                // solutions its own checker rejects (value and index the same variable).
                model.element(x[n - 1], table, x[n - 2], 1).post();
            }
            case TABLE_CT, TABLE_STR2, TABLE_FORBIDDEN -> {
                Tuples tuples = new Tuples(kind != Kind.TABLE_FORBIDDEN);
                for (int t = 0; t < 6 + random.nextInt(20); t++) {
                    tuples.add(random.ints(n, 0, top + 1).toArray());
                }
                model.table(x, tuples, kind == Kind.TABLE_CT ? "CT+" : kind == Kind.TABLE_STR2 ? "STR2+" : "GAC3rm").post();
            }
            case CUMULATIVE -> {
                Task[] tasks = new Task[n];
                IntVar[] heights = new IntVar[n];
                for (int i = 0; i < n; i++) {
                    tasks[i] = new Task(x[i], 1 + random.nextInt(2));
                    heights[i] = model.intVar(1 + random.nextInt(2));
                }
                model.cumulative(tasks, heights, model.intVar(2 + random.nextInt(2))).post();
            }
            case REGULAR -> model.regular(x, new FiniteAutomaton(pick(random, "0*1+(2|3)*", "(0|1)*2(0|1|2)*", "(01|2)*[0-4]*", "(0|1|2|3|4)*1"))).post();
            case COST_REGULAR -> {
                int[][] costs = new int[n][top + 1];
                for (int[] row : costs) {
                    Arrays.setAll(row, v -> random.nextInt(4));
                }
                IntVar cost = model.intVar("cost", 0, 3 * n);
                model.costRegular(x, cost, CostAutomaton.makeSingleResource(
                        new FiniteAutomaton("(0|1|2|3|4)*"), costs, 0, 2 * n)).post();
                model.arithm(cost, "<=", random.nextInt(2 * n + 1)).post();
            }
            case COUNT -> model.count(random.nextInt(top + 1), x, model.intVar("c", 0, n)).post();
            case AMONG -> model.among(model.intVar("k", 1, 2), x, new int[] {0, top}).post();
            case N_VALUES -> model.nValues(x, model.intVar("nv", 1, 1 + random.nextInt(n))).post();
            case LEX_LESS -> {
                IntVar[] y = model.intVarArray("y", n, 0, top);
                model.lexLess(x, y).post();
                model.allDifferent(y).post();
            }
            case ARITHM -> {
                model.arithm(x[0], pick(random, "=", "!=", "<", ">", "<=", ">="), x[1], pick(random, "+", "-"), x[2]).post();
                model.arithm(x[n - 1], pick(random, "<", ">", "!="), random.nextInt(top + 1)).post();
            }
            case TIMES -> model.times(x[0], x[1], model.intVar("p", 0, top * top)).post();
            case MOD -> model.mod(x[0], 1 + random.nextInt(top), x[1]).post();
            case MIN -> model.min(x[0], Arrays.copyOfRange(x, 1, n)).post();
            case MAX -> model.max(x[0], Arrays.copyOfRange(x, 1, n)).post();
            case ABSOLUTE -> {
                IntVar signed = model.intVar("s", -top, top);
                model.absolute(x[0], signed).post();
                model.arithm(signed, "<=", x[1]).post();
            }
            case DISTANCE -> model.distance(x[0], x[1], pick(random, "=", "<", ">"), random.nextInt(top + 1)).post();
            case GLOBAL_CARDINALITY -> {
                int[] values = {0, 1};
                IntVar[] occurrences = model.intVarArray("o", 2, 0, 2);
                model.globalCardinality(x, values, occurrences, random.nextBoolean()).post();
            }
            case SORT -> {
                IntVar[] sorted = model.intVarArray("sorted", n, 0, top);
                model.sort(x, sorted).post();
                model.arithm(sorted[n - 1], "<=", sorted[0], "+", random.nextInt(top + 1)).post();
            }
            case KNAPSACK -> {
                int[] weights = random.ints(n, 1, 5).toArray();
                int[] energies = random.ints(n, 1, 6).toArray();
                model.knapsack(x, model.intVar("w", 0, 6 + random.nextInt(6)), model.intVar("e", 4, 40), weights, energies).post();
            }
            case AT_MOST_N_VALUES -> model.atMostNValues(x, model.intVar("nv", 1, 2), random.nextBoolean()).post();
            case REIFIED_OR -> model.or(model.arithm(x[0], "<", x[1]), model.allEqual(Arrays.copyOfRange(x, 1, n)),
                    model.sum(x, "=", random.nextInt(n * top + 1))).post();
            default -> throw new IllegalArgumentException(kind.name());
        }
        return searched(model, random, seed, x);
    }

    private static Problem searched(Model model, Random random, long seed, IntVar... shown) {
        if (random.nextBoolean()) {
            model.getSolver().setSearch(Search.randomSearch(shown, seed));
        }
        return new Problem(model, shown);
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static int[] coefficients(Random random, int n) {
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            c[i] = random.nextInt(5) - 2;
            if (c[i] == 0) {
                c[i] = 1;
            }
        }
        return c;
    }
}
