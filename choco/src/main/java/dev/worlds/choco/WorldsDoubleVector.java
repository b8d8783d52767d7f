package dev.worlds.choco;

import org.chocosolver.memory.IEnvironment;
import org.chocosolver.memory.IStateDoubleVector;

/**
 * A backtrackable double vector of {@link WorldsEnvironment}. Choco reads it through the final
 * {@code get}/{@code quickGet} of the superclass, straight from its {@code elementData} array; the
 * writes below are array stores of woven code, tracked whatever class declares the field. The
 * interface has no operation that grows the vector, so the array is never replaced.
 */
final class WorldsDoubleVector extends IStateDoubleVector {
    WorldsDoubleVector(IEnvironment environment, int size, double initialValue) {
        super(environment, size, initialValue);
    }

    @Override
    public double quickSet(int index, double value) {
        double[] elements = elementData;
        double old = elements[index];
        if (old != value) {
            elements[index] = value;
        }
        return old;
    }
}
