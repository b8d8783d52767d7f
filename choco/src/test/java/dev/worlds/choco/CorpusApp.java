package dev.worlds.choco;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chocosolver.memory.IEnvironment;

/**
 * A program that solves Choco models on {@link WorldsEnvironment}, for JVMs started with the java
 * agent: {@code queens} prints the number of 8-queens solutions; {@code corpus} solves every model
 * of the {@link Corpus} with Choco's trailing and with Worlds and prints those that differ.
 */
public final class CorpusApp {
    private CorpusApp() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("queens")) {
            System.out.println(Outcome.worlds(env -> Corpus.queensBinary(env, 8)).solutionCount() + " solutions");
        } else if (args.length == 1 && args[0].equals("corpus")) {
            List<String> differing = new ArrayList<>();
            Map<String, Function<IEnvironment, Outcome.Problem>> problems = Corpus.problems();
            problems.forEach((name, build) -> {
                if (!Outcome.trailing(build).equals(Outcome.worlds(build))) {
                    differing.add(name);
                }
            });
            System.out.println(problems.size() + " models, differing: " + differing);
        } else {
            throw new IllegalArgumentException("usage: CorpusApp queens|corpus");
        }
    }
}
