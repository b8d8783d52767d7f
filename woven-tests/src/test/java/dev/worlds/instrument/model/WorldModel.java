package dev.worlds.instrument.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the tracked state should be: the value of every field of every live object, every element
 * of every live array, and one deep snapshot per open world. Push snapshots the state; rollback restores the world's snapshot,
 * except {@code @Untracked} fields, which keep their current values; commit drops the snapshot
 * (the parent's older one stays in charge).
 *
 * <p>An object created inside a world is missing from that world's snapshot (and from the
 * snapshots of outer worlds). When such a snapshot is restored the object leaves the model: the
 * contract says nothing about objects that did not exist when the world was pushed. Tracked
 * fields cannot still refer to it then, since every such reference was written after the push.
 * Arrays are entries like objects (values by element instead of by field), so the same holds for
 * an array created inside a world: it is checked until a world older than it rolls back.
 */
public final class WorldModel {
    private final Map<Integer, Shape> shapes = new HashMap<>();
    private final Map<Integer, FieldKind> arrayKinds = new HashMap<>();
    private final Deque<Map<Integer, long[]>> snapshots = new ArrayDeque<>();
    private Map<Integer, long[]> live = new TreeMap<>();

    /** A new object (or the statics) with the values it has after construction. */
    public void add(int id, Shape shape) {
        long[] values = new long[FixtureField.values().length];
        for (FixtureField field : shape.fields()) {
            values[field.ordinal()] = field.initial();
        }
        shapes.put(id, shape);
        live.put(id, values);
    }

    /** A new array of {@code length} elements of {@code kind}, all 0 (null: -1 for references). */
    public void addArray(int id, FieldKind kind, int length) {
        long[] elements = new long[length];
        if (kind.isRef()) {
            java.util.Arrays.fill(elements, -1);
        }
        arrayKinds.put(id, kind);
        live.put(id, elements);
    }

    /** Element kind of array {@code id}, or null for an object. */
    public FieldKind arrayKind(int id) {
        return arrayKinds.get(id);
    }

    /**
     * The live elements of array {@code id}, to read only. The model's arrays are written here,
     * in unwoven code: a store into them from the woven interpreter would go through the array
     * barrier, so worlds would save and roll back the model itself (and the runtime's
     * last-saved-array shortcut would point at the model's array instead of the real one).
     */
    public long[] elements(int id) {
        return live.get(id);
    }

    public void setElement(int id, int index, long value) {
        live.get(id)[index] = value;
    }

    public void fill(int id, int from, int to, long value) {
        java.util.Arrays.fill(live.get(id), from, to, value);
    }

    /** As {@code System.arraycopy}: as if through a temporary array when the two overlap. */
    public void copy(int source, int sourcePos, int dest, int destPos, int length) {
        System.arraycopy(live.get(source), sourcePos, live.get(dest), destPos, length);
    }

    public boolean isAlive(int id) {
        return live.containsKey(id);
    }

    /** Ids of live objects, ascending. */
    public Set<Integer> liveIds() {
        return live.keySet();
    }

    public Shape shape(int id) {
        return shapes.get(id);
    }

    public long value(int id, FixtureField field) {
        return live.get(id)[field.ordinal()];
    }

    public void write(int id, FixtureField field, long value) {
        live.get(id)[field.ordinal()] = value;
    }

    public int depth() {
        return snapshots.size();
    }

    public void push() {
        snapshots.push(copy(live));
    }

    public void commit() {
        snapshots.pop();
    }

    public void rollback() {
        Map<Integer, long[]> restored = copy(snapshots.pop());
        for (Map.Entry<Integer, long[]> entry : restored.entrySet()) {
            Shape shape = shapes.get(entry.getKey());
            if (shape == null) {
                continue;   // an array: every element is tracked
            }
            long[] now = live.get(entry.getKey());
            for (FixtureField field : shape.fields()) {
                if (field.untracked()) {
                    entry.getValue()[field.ordinal()] = now[field.ordinal()];
                }
            }
        }
        live = restored;
    }

    public void popUntil(int targetDepth) {
        while (depth() > targetDepth) {
            rollback();
        }
    }

    private static Map<Integer, long[]> copy(Map<Integer, long[]> state) {
        Map<Integer, long[]> copy = new TreeMap<>();
        state.forEach((id, values) -> copy.put(id, values.clone()));
        return copy;
    }
}
