package dev.worlds.internal;

import java.util.function.Consumer;

/**
 * One thread's save log: every world of the thread owns a contiguous run of entries, the
 * innermost world the last run. An entry is an object, its stamp before the save, and the
 * values of its tracked fields, stored in two typed stacks (references, and primitives widened
 * to {@code long}) so that a save allocates nothing once the stacks have grown.
 *
 * <p>An element entry saves one array element instead: its kind (an {@link ArrayElement} code,
 * 0 for object entries) in a primitive column, the array on the reference stack, index and old
 * value on the primitive stack. It has no object and no stamp. Writing it stores one reference,
 * which matters under G1, whose write barrier costs a memory fence for each reference stored
 * into an old object such as this log.
 *
 * <p>Generated {@code $worlds$save} methods call the {@code save*} methods in field order;
 * generated {@code $worlds$restore} methods call the {@code restore*} methods in the same order.
 */
public final class WorldLog extends LogColumns {
    private int refCursor;
    private int primCursor;

    /**
     * Appends an entry for {@code target}: its old stamp and the values its generated save
     * method writes. If the save fails (for example out of memory), the partial entry is
     * removed so that no rollback ever reads it.
     */
    void record(Tracked target, Object oldStamp) {
        int entry = beginEntry(target, oldStamp);
        try {
            target.$worlds$save(this);
        } catch (Throwable failure) {
            truncate(entry);
            throw failure;
        }
    }

    /**
     * Appends an element entry: rollback sets {@code array[index]} back to {@code oldValue}
     * (primitive bits widened to {@code long}), read as an array of the given {@link ArrayElement}
     * kind. Room is made first, so a failure leaves no partial entry.
     */
    void recordElement(byte kind, Object array, int index, long oldValue) {
        if (size == objects.length || refTop == refs.length || primTop + 2 > prims.length) {
            grow(1, 2);
        }
        int entry = size;
        elementKinds[entry] = kind;
        refStarts[entry] = refTop;
        primStarts[entry] = primTop;
        refs[refTop++] = array;
        prims[primTop] = index;
        prims[primTop + 1] = oldValue;
        primTop += 2;
        size = entry + 1;
    }

    /** Appends an element entry of a reference array. */
    void recordRefElement(Object[] array, int index, Object oldValue) {
        if (size == objects.length || refTop + 2 > refs.length || primTop == prims.length) {
            grow(2, 1);
        }
        int entry = size;
        elementKinds[entry] = ArrayElement.REF;
        refStarts[entry] = refTop;
        primStarts[entry] = primTop;
        refs[refTop] = array;
        refs[refTop + 1] = oldValue;
        refTop += 2;
        prims[primTop++] = index;
        size = entry + 1;
    }

    /**
     * Appends an undo action (see {@link UndoActions}): an object entry without a stamp, whose two
     * saved references are the target and the action to call with it. Room is made first, so a
     * failure leaves no partial entry.
     */
    void recordAction(Object target, Consumer<Object> action) {
        if (size == objects.length || refTop + 2 > refs.length) {
            grow(2, 0);
        }
        beginEntry(UndoActions.INSTANCE, null);
        refs[refTop] = target;
        refs[refTop + 1] = action;
        refTop += 2;
    }

    /**
     * Inserts an undo action as entry {@code entry}, shifting the entries from there on up by one
     * (their saved values stay where they are, two references further up). The caller moves the
     * first entry of every world whose run starts at or after {@code entry}.
     */
    void insertAction(int entry, Object target, Consumer<Object> action) {
        if (entry == size) {
            recordAction(target, action);
            return;
        }
        if (size == objects.length || refTop + 2 > refs.length) {
            grow(2, 0);
        }
        int refAt = refStarts[entry];
        int primAt = primStarts[entry];
        openGap(entry, 2);
        refs[refAt] = target;
        refs[refAt + 1] = action;
        objects[entry] = UndoActions.INSTANCE;
        elementKinds[entry] = 0;
        oldStamps[entry] = null;
        refStarts[entry] = refAt;
        primStarts[entry] = primAt;
    }

    /**
     * Restores every entry from {@code firstEntry} on, newest first, then drops them. An undo
     * action that throws does not stop the rollback: every other entry is still restored, and the
     * first failure is returned (later ones attached to it as suppressed) for the caller to throw
     * once the world is closed, so the state is never half rolled back.
     *
     * @return null, or the first failure of an undo action
     */
    Throwable rollback(int firstEntry) {
        Throwable failure = null;
        for (int entry = size - 1; entry >= firstEntry; entry--) {
            byte kind = elementKinds[entry];
            if (kind != 0) {
                int ref = refStarts[entry];
                int prim = primStarts[entry];
                if (kind == ArrayElement.REF) {
                    ((Object[]) refs[ref])[(int) prims[prim]] = refs[ref + 1];
                } else {
                    ArrayElement.restore(kind, refs[ref], (int) prims[prim], prims[prim + 1]);
                }
            } else {
                refCursor = refStarts[entry];
                primCursor = primStarts[entry];
                Tracked target = objects[entry];
                try {
                    target.$worlds$restore(this);
                } catch (Throwable actionFailure) {
                    failure = UndoActions.collect(failure, actionFailure);
                }
                target.$worlds$setStamp(oldStamps[entry]);
            }
        }
        truncate(firstEntry);
        return failure;
    }

    /**
     * Hands the entries from {@code firstEntry} on to {@code parent}: every saved object is
     * re-stamped with the parent; entries for objects the parent had already saved (or created)
     * are dropped, since the parent's own entry holds the older value; the rest are compacted
     * down so the parent's run stays contiguous.
     */
    void commitInto(int firstEntry, WorldFrame parent) {
        int kept = firstEntry;
        int refWrite = firstEntry < size ? refStarts[firstEntry] : refTop;
        int primWrite = firstEntry < size ? primStarts[firstEntry] : primTop;
        for (int entry = firstEntry; entry < size; entry++) {
            Tracked target = objects[entry];
            byte kind = elementKinds[entry];
            if (kind == 0) {
                target.$worlds$setStamp(parent);
            }
            Object oldStamp = oldStamps[entry];
            if (kind == 0 && oldStamp == parent) {
                continue;
            }
            int refStart = refStarts[entry];
            int refEnd = entry + 1 < size ? refStarts[entry + 1] : refTop;
            int primStart = primStarts[entry];
            int primEnd = entry + 1 < size ? primStarts[entry + 1] : primTop;
            if (kept != entry) {
                objects[kept] = target;
                elementKinds[kept] = kind;
                oldStamps[kept] = oldStamp;
                System.arraycopy(refs, refStart, refs, refWrite, refEnd - refStart);
                System.arraycopy(prims, primStart, prims, primWrite, primEnd - primStart);
            }
            refStarts[kept] = refWrite;
            primStarts[kept] = primWrite;
            refWrite += refEnd - refStart;
            primWrite += primEnd - primStart;
            kept++;
        }
        clearFrom(kept, refWrite, primWrite);
    }

    /** Makes the entries from {@code firstEntry} on permanent: stamps are cleared, saves freed. */
    void commitOutermost(int firstEntry) {
        for (int entry = firstEntry; entry < size; entry++) {
            if (elementKinds[entry] == 0) {
                objects[entry].$worlds$setStamp(null);
            }
        }
        truncate(firstEntry);
    }

    public void saveRef(Object value) {
        if (refTop == refs.length) {
            growRefs();
        }
        refs[refTop++] = value;
    }

    public void saveLong(long value) {
        if (primTop == prims.length) {
            growPrims();
        }
        prims[primTop++] = value;
    }

    public void saveInt(int value) {
        saveLong(value);
    }

    public void saveFloat(float value) {
        saveLong(Float.floatToRawIntBits(value));
    }

    public void saveDouble(double value) {
        saveLong(Double.doubleToRawLongBits(value));
    }

    public Object restoreRef() {
        return refs[refCursor++];
    }

    public long restoreLong() {
        return prims[primCursor++];
    }

    public int restoreInt() {
        return (int) prims[primCursor++];
    }

    public float restoreFloat() {
        return Float.intBitsToFloat((int) prims[primCursor++]);
    }

    public double restoreDouble() {
        return Double.longBitsToDouble(prims[primCursor++]);
    }
}
