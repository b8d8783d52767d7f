package dev.worlds.choco;

import java.util.Arrays;
import org.chocosolver.memory.IEnvironment;
import org.chocosolver.memory.IStateIntVector;

/**
 * A backtrackable int vector of {@link WorldsEnvironment}: the elements in a plain, woven
 * {@code int[]} held by a field of this class, so element writes and the array a growth installs
 * are both tracked. Choco's {@code elementData} field belongs to the unwoven superclass, so it is
 * not used; {@link #quickGet} reads this class's array. The size is the superclass's
 * {@code IStateInt}, which the environment makes backtrackable.
 */
final class WorldsIntVector extends IStateIntVector {
    private int[] data;

    WorldsIntVector(IEnvironment environment, int size, int initialValue) {
        super(environment, size, initialValue);
        data = new int[Math.max(MIN_CAPACITY, size)];
        Arrays.fill(data, 0, size, initialValue);
    }

    @Override
    public void add(int value) {
        int newSize = size.get() + 1;
        if (newSize > data.length) {
            data = Arrays.copyOf(data, Math.max(newSize, data.length * 3 / 2 + 1));
        }
        size.set(newSize);
        data[newSize - 1] = value;
    }

    @Override
    public int quickGet(int index) {
        return data[index];
    }

    @Override
    public int set(int index, int value) {
        if (rangeCheck(index)) {
            return quickSet(index, value);
        }
        throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size.get());
    }

    @Override
    public int quickSet(int index, int value) {
        int old = data[index];
        if (old != value) {
            data[index] = value;
        }
        return old;
    }
}
