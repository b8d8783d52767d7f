package dev.worlds.instrument.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The real objects and arrays of one run, by id, and which one each {@link Slot} and
 * {@link ArraySlot} names (grid rows excepted: the grid itself says which rows it holds). Harness state:
 * this class is not woven, so worlds never roll it back. It keeps every object ever created, so
 * that a reference read from a field can always be named, even one to an object that left the
 * model. The statics have an id but no object.
 */
public final class Heap {
    /** What {@link #idOf} answers for an object this heap never saw. */
    public static final int FOREIGN = -2;

    private final List<Object> objects = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Map<Slot, Integer> slots = new EnumMap<>(Slot.class);
    private final Map<ArraySlot, Integer> arraySlots = new EnumMap<>(ArraySlot.class);
    private int created;
    private int createdArrays;
    private int createdRows;

    /** Puts {@code object} (null for the statics) in {@code slot}; returns its id. */
    public int place(Slot slot, Object object) {
        String name = slot == Slot.FRESH ? "fresh#" + ++created : slot.label();
        int id = objects.size();
        objects.add(object);
        names.add(name);
        slots.put(slot, id);
        return id;
    }

    /** Puts {@code array} in {@code slot} (not a grid row); returns its id. */
    public int placeArray(ArraySlot slot, Object array) {
        if (slot.row() >= 0) {
            throw new IllegalArgumentException("grid rows are named by the grid: " + slot);
        }
        String name = slot == ArraySlot.FRESH ? "freshArray#" + ++createdArrays : "shelf." + slot.label();
        int id = add(array, name);
        arraySlots.put(slot, id);
        return id;
    }

    /** A grid row array; returns its id. {@code initial} rows are named by their place in the grid. */
    public int addRow(Object row, int initialRow) {
        return add(row, initialRow >= 0 ? "row" + initialRow : "newRow#" + ++createdRows);
    }

    private int add(Object object, String name) {
        int id = objects.size();
        objects.add(object);
        names.add(name);
        return id;
    }

    /** The id of the array {@code slot} names (not a grid row), or -1 when none was created yet. */
    public int resolve(ArraySlot slot) {
        return arraySlots.getOrDefault(slot, -1);
    }

    /** The id of the object {@code slot} names, or -1 when nothing was created for it yet. */
    public int resolve(Slot slot) {
        return slots.getOrDefault(slot, -1);
    }

    public Object object(int id) {
        return objects.get(id);
    }

    /** The id of {@code object}: -1 for null, {@link #FOREIGN} if unknown. */
    public int idOf(Object object) {
        if (object == null) {
            return -1;
        }
        for (int id = 0; id < objects.size(); id++) {
            if (objects.get(id) == object) {
                return id;
            }
        }
        return FOREIGN;
    }

    /** Names a reference value: an id, -1 for null, {@link #FOREIGN}. */
    public String nameOf(long id) {
        if (id == -1) {
            return "null";
        }
        return id == FOREIGN ? "an object the program never created" : names.get((int) id);
    }

    /** Formats a value of {@code field} as the model holds it. */
    public String format(FixtureField field, long value) {
        return format(field.kind(), value);
    }

    /** Formats a value of {@code kind} (a field or an array element) as the model holds it. */
    public String format(FieldKind kind, long value) {
        return kind.isRef() ? nameOf(value) : kind.format(value);
    }
}
