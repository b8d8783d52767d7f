package dev.worlds.choco;

import dev.worlds.internal.Tracked;

/**
 * Refuses Choco classes woven by Worlds, which {@link WorldsEnvironment} cannot run on.
 *
 * <p>Choco keeps most of its state outside its {@code IState*} objects, and that state must
 * survive a backtrack: the decision path, the search measures, the propagation queues, the
 * solutions it records in trove maps. Woven, its writes are saved in the environment's worlds and
 * rolled back with them, so the search repeats itself forever or fails on an inconsistent state;
 * and the hand-written {@code Tracked} members of {@link StateInt} and its siblings would disagree
 * with what a weaver gives their Choco superclass. Checked: one class per part of Choco the search
 * always runs through, and the roots of the libraries Choco keeps state in. A woven class
 * implements {@link Tracked}, an unwoven one does not; a library that is absent is skipped.
 */
final class UnwovenChoco {
    private static final String[] CHECKED = {"org.chocosolver.memory.IStateInt", "org.chocosolver.memory.IStateBool",
        "org.chocosolver.memory.IStateLong", "org.chocosolver.memory.IStateDouble", "org.chocosolver.solver.Solver",
        "org.chocosolver.solver.search.strategy.decision.DecisionPath", "org.chocosolver.solver.search.measure.Measures",
        "org.chocosolver.solver.propagation.PropagationEngine", "gnu.trove.impl.hash.THash",
        "gnu.trove.list.array.TIntArrayList", "org.jgrapht.graph.AbstractBaseGraph", "dk.brics.automaton.Automaton"};

    /** Why Choco cannot be used, found once per class loader; null when none of the classes is woven. */
    private static final String REFUSAL = refusal();

    private UnwovenChoco() {
    }

    /** Throws when Choco is woven; costs one static read otherwise. */
    static void require() {
        if (REFUSAL != null) {
            throw new IllegalStateException(REFUSAL);
        }
    }

    private static String refusal() {
        for (String name : CHECKED) {
            Class<?> type;
            try {
                type = Class.forName(name, false, UnwovenChoco.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                continue;
            }
            if (Tracked.class.isAssignableFrom(type)) {
                return "WorldsEnvironment cannot run on Choco woven by Worlds: " + name + " is woven (by"
                        + " -javaagent:worlds-agent.jar with includes that match it, or by weaving its jar), so each"
                        + " world the search pops would also roll back Choco's own search state (its decisions,"
                        + " counters, propagation queues and recorded solutions), and the search would never end or"
                        + " answer wrongly. WorldsEnvironment needs neither Choco nor its libraries woven: name only your"
                        + " own packages in the agent's includes, or add"
                        + " excludes=org.chocosolver.**:gnu.trove.**:org.jgrapht.**:dk.brics.**; do not weave the"
                        + " choco-solver, trove4j, jgrapht-core or automaton jars.";
            }
        }
        return null;
    }
}
