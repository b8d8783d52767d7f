package dev.worlds.choco;

import dev.worlds.World;
import dev.worlds.Worlds;
import java.util.Arrays;
import org.chocosolver.memory.IEnvironment;
import org.chocosolver.memory.IStateBitSet;
import org.chocosolver.memory.IStateBool;
import org.chocosolver.memory.IStateDouble;
import org.chocosolver.memory.IStateDoubleVector;
import org.chocosolver.memory.IStateInt;
import org.chocosolver.memory.IStateIntVector;
import org.chocosolver.memory.IStateLong;
import org.chocosolver.memory.structure.BasicIndexedBipartiteSet;
import org.chocosolver.memory.structure.IOperation;

/**
 * Choco's backtrackable memory on Worlds: every Choco world is a Worlds {@link World}, and the
 * values Choco keeps in {@code IStateInt}, {@code IStateBool}, bit sets and vectors are saved by
 * the Worlds save log on their first change in a world and restored by its rollback, instead of
 * Choco's trails. Nothing else in Choco changes:
 *
 * <pre>{@code
 * Model model = new Model(new WorldsEnvironment(), "8 queens");
 * IntVar[] q = model.intVarArray("q", 8, 1, 8);
 * model.allDifferent(q).post();
 * ...
 * model.getSolver().findAllSolutions();
 * }</pre>
 *
 * <ul>
 * <li>{@code worldPush/worldPop/worldPopUntil/worldCommit} push, roll back and commit Worlds
 * worlds; {@link #getWorldIndex()} is the number of worlds this environment has open.</li>
 * <li>{@link #getTimeStamp()} has Choco's meaning: a counter that grows on every push and pop
 * (never on commit), which Choco's delta monitors compare.</li>
 * <li>{@link #save(IOperation)} and {@link #saveAt(IOperation, int)} register the operation's
 * {@code undo} with {@link World#onRollback(Object, java.util.function.Consumer)} on the current or
 * the given world (nothing allocated per operation). At world 0 (no
 * world open) there is nothing to roll back to, so the operation is dropped, as Choco's trail
 * never undoes it either.</li>
 * </ul>
 *
 * <p>The environment's worlds are ordinary worlds of the thread that pushes them: a search runs
 * on one thread, and worlds a program pushes itself must be popped before Choco pops its own.
 * The environment's own bookkeeping is never rolled back (this class is not woven). Choco's classes
 * must not be woven either: the environment refuses them (a java agent run with {@code includes=**}
 * needs {@code excludes=org.chocosolver.**}).
 */
public final class WorldsEnvironment implements IEnvironment {
    /** {@code worlds[i]} is the world at index {@code i}; index 0, no world, holds null. */
    private World[] worlds = new World[64];
    private int currentWorld;
    private int timestamp;
    private BasicIndexedBipartiteSet booleanSet;

    /**
     * An environment with no world open.
     *
     * @throws IllegalStateException if Choco's classes are woven by Worlds (see {@link UnwovenChoco}):
     *     they need not be, and this environment cannot search on them
     */
    public WorldsEnvironment() {
        UnwovenChoco.require();
    }

    @Override
    public int getWorldIndex() {
        return currentWorld;
    }

    @Override
    public int getTimeStamp() {
        return timestamp;
    }

    @Override
    public void worldPush() {
        timestamp++;
        if (currentWorld + 1 == worlds.length) {
            worlds = Arrays.copyOf(worlds, worlds.length * 2);
        }
        World world = Worlds.push();
        worlds[++currentWorld] = world;
    }

    /**
     * Rolls back the current world. If an undo operation throws, the rollback still completes and
     * the world closes (see {@link World#onRollback(Runnable)}); a world used from a thread that
     * does not own it stays open, and so does this environment's index of it.
     */
    @Override
    public void worldPop() {
        timestamp++;
        World world = top("worldPop");
        try {
            world.rollback();
        } finally {
            dropIfClosed(world);
        }
    }

    @Override
    public void worldPopUntil(int worldIndex) {
        while (currentWorld > worldIndex) {
            worldPop();
        }
    }

    @Override
    public void worldCommit() {
        if (currentWorld == 0) {
            throw new IllegalStateException("Commit in world 0?");
        }
        World world = worlds[currentWorld];
        try {
            world.commit();
        } finally {
            dropIfClosed(world);
        }
    }

    private void dropIfClosed(World world) {
        if (!world.isOpen()) {
            worlds[currentWorld--] = null;
        }
    }

    private World top(String action) {
        if (currentWorld == 0) {
            throw new IllegalStateException(action + " in world 0: this environment has no open world");
        }
        return worlds[currentWorld];
    }

    @Override
    public IStateInt makeInt() {
        return makeInt(0);
    }

    @Override
    public IStateInt makeInt(int initialValue) {
        return new StateInt(this, initialValue);
    }

    @Override
    public IStateBool makeBool(boolean initialValue) {
        return new StateBool(this, initialValue);
    }

    @Override
    public IStateDouble makeFloat() {
        return makeFloat(0.0);
    }

    @Override
    public IStateDouble makeFloat(double initialValue) {
        return new StateDouble(this, initialValue);
    }

    @Override
    public IStateLong makeLong() {
        return makeLong(0L);
    }

    @Override
    public IStateLong makeLong(long initialValue) {
        return new StateLong(this, initialValue);
    }

    /**
     * Up to 64 bits, one {@code long} field (Choco picks one-word sets there too); more, a woven
     * {@code long[]}.
     */
    @Override
    public IStateBitSet makeBitSet(int size) {
        return size <= 64 ? new WordBitSet() : new WorldsBitSet(size);
    }

    /**
     * A bit set that grows to whatever index is set. Choco's sparse bit set allocates blocks of
     * {@code blockSize} bits on demand; this one is a dense, growing array of words.
     */
    @Override
    public IStateBitSet makeSparseBitset(int blockSize) {
        return new WorldsBitSet(64);
    }

    @Override
    public IStateIntVector makeIntVector(int size, int initialValue) {
        return new WorldsIntVector(this, size, initialValue);
    }

    @Override
    public IStateDoubleVector makeDoubleVector(int size, double initialValue) {
        return new WorldsDoubleVector(this, size, initialValue);
    }

    @Override
    public BasicIndexedBipartiteSet getSharedBipartiteSetForBooleanVars() {
        if (booleanSet == null) {
            booleanSet = new BasicIndexedBipartiteSet(this, 128);
        }
        return booleanSet;
    }

    @Override
    public void save(IOperation operation) {
        if (currentWorld > 0) {
            worlds[currentWorld].onRollback(operation, IOperation::undo);
        }
    }

    @Override
    public void saveAt(IOperation operation, int worldIndex) {
        if (worldIndex < 0 || worldIndex > currentWorld) {
            throw new IllegalArgumentException("saveAt(operation, " + worldIndex + ") but the world index is "
                    + currentWorld + ": the world must be open");
        }
        if (worldIndex > 0) {
            worlds[worldIndex].onRollback(operation, IOperation::undo);
        }
    }

    @Override
    public String toString() {
        return "WorldsEnvironment[world " + currentWorld + ", timestamp " + timestamp + "]";
    }
}
