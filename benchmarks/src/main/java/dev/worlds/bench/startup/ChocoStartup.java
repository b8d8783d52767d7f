package dev.worlds.bench.startup;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.variables.IntVar;

/**
 * A real application's start-up, for measuring the agent's cost: counts the 8-queens solutions
 * with Choco (on its own trailing environment: no world is opened, so the woven barriers only
 * check). With argument {@code all} it first loads every class of the Choco jar without
 * initializing it, so that the agent weaves the whole library (its verbose summary then gives
 * the mean time per class). Run by {@code benchmarks/agent-startup}.
 */
public final class ChocoStartup {
    private ChocoStartup() {
    }

    public static void main(String[] args) throws IOException, URISyntaxException {
        if (args.length > 0 && args[0].equals("all")) {
            System.out.println("loaded " + loadEveryClass() + " Choco classes");
        }
        int n = 8;
        Model model = new Model("queens");
        IntVar[] queens = model.intVarArray("q", n, 1, n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                model.arithm(queens[i], "!=", queens[j]).post();
                model.arithm(queens[i], "-", queens[j], "!=", j - i).post();
                model.arithm(queens[i], "-", queens[j], "!=", i - j).post();
            }
        }
        Solver solver = model.getSolver();
        int solutions = 0;
        while (solver.solve()) {
            solutions++;
        }
        System.out.println(solutions + " solutions");
        if (solutions != 92) {
            throw new AssertionError("8 queens have 92 solutions, found " + solutions);
        }
    }

    private static int loadEveryClass() throws IOException, URISyntaxException {
        Path jar = Path.of(Model.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        int loaded = 0;
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                String name = entry.getName();
                if (name.startsWith("org/chocosolver/") && name.endsWith(".class")) {
                    try {
                        Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
                                ChocoStartup.class.getClassLoader());
                        loaded++;
                    } catch (LinkageError | ClassNotFoundException e) {
                        // A class needing an optional library that is not there: not Choco's core.
                    }
                }
            }
        }
        return loaded;
    }
}
