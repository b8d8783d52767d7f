package dev.worlds.bench.search.knapsack;

import org.chocosolver.memory.EnvironmentBuilder;
import org.chocosolver.memory.IEnvironment;
import org.chocosolver.memory.IStateBool;
import org.chocosolver.memory.IStateInt;

/**
 * Node state in Choco {@link IStateInt}s (room, value) and {@link IStateBool}s (taken flags) of
 * one trailing environment, {@code worldPush()/worldPop()} around the take branch.
 */
public final class ChocoKnapsack extends BranchAndBoundSearch {
    private IEnvironment environment;
    private IStateInt room;
    private IStateInt value;
    private IStateBool[] taken;

    @Override
    protected void start(int items, int capacity) {
        // A fresh environment per solve: empty trail, world 0.
        environment = new EnvironmentBuilder().fromFlat().build();
        room = environment.makeInt(capacity);
        value = environment.makeInt(0);
        taken = new IStateBool[items];
        for (int item = 0; item < items; item++) {
            taken[item] = environment.makeBool(false);
        }
    }

    @Override
    protected int room() {
        return room.get();
    }

    @Override
    protected int value() {
        return value.get();
    }

    @Override
    protected boolean taken(int item) {
        return taken[item].get();
    }

    @Override
    protected void take(int item, int weight, int itemValue) {
        room.add(-weight);
        value.add(itemValue);
        taken[item].set(true);
    }

    @Override
    protected void choicePoint() {
        environment.worldPush();
    }

    @Override
    protected void backtrack() {
        environment.worldPop();
    }
}
