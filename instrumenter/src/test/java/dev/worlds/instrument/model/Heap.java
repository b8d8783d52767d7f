package dev.worlds.instrument.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The real objects of one run, by id, and which object each {@link Slot} names. Harness state:
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
    private int created;

    /** Puts {@code object} (null for the statics) in {@code slot}; returns its id. */
    public int place(Slot slot, Object object) {
        String name = slot == Slot.FRESH ? "fresh#" + ++created : slot.label();
        int id = objects.size();
        objects.add(object);
        names.add(name);
        slots.put(slot, id);
        return id;
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
        return field.kind().isRef() ? nameOf(value) : field.kind().format(value);
    }
}
