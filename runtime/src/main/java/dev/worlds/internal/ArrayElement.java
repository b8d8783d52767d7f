package dev.worlds.internal;

/**
 * A save log entry for one array element: the array, the index and the old value, in the log's
 * stacks. One constant per element kind restores entries of its kind; all share the constant as
 * the entry's object, so an element save allocates nothing.
 *
 * <p>Cheaper than copying the array when a world writes few elements of it (a search step marks
 * a handful of cells), and needs no stamp lookup; but it does not notice a second write to the
 * same element, so {@link WorldsRuntime} logs only the first few array writes of each world and
 * copies chunks after that (see {@link #LOG_LIMIT}).
 *
 * <p>An element entry has no stamp: setting one is a no-op, and its old stamp in the log is null,
 * which no parent world is, so a nested commit always keeps it. Replaying the log newest first
 * makes element entries and chunk copies of the same array compose in any order.
 */
enum ArrayElement implements Tracked {
    INT {
        @Override
        public void $worlds$restore(WorldLog log) {
            Object array = log.restoreRef();
            ((int[]) array)[log.restoreInt()] = log.restoreInt();
        }
    },
    LONG {
        @Override
        public void $worlds$restore(WorldLog log) {
            Object array = log.restoreRef();
            ((long[]) array)[log.restoreInt()] = log.restoreLong();
        }
    },
    FLOAT {
        @Override
        public void $worlds$restore(WorldLog log) {
            Object array = log.restoreRef();
            ((float[]) array)[log.restoreInt()] = log.restoreFloat();
        }
    },
    DOUBLE {
        @Override
        public void $worlds$restore(WorldLog log) {
            Object array = log.restoreRef();
            ((double[]) array)[log.restoreInt()] = log.restoreDouble();
        }
    },
    REF {
        @Override
        public void $worlds$restore(WorldLog log) {
            Object array = log.restoreRef();
            Object value = log.restoreRef();
            ((Object[]) array)[log.restoreInt()] = value;
        }
    },
    CHAR {
        @Override
        public void $worlds$restore(WorldLog log) {
            Object array = log.restoreRef();
            ((char[]) array)[log.restoreInt()] = (char) log.restoreInt();
        }
    },
    SHORT {
        @Override
        public void $worlds$restore(WorldLog log) {
            Object array = log.restoreRef();
            ((short[]) array)[log.restoreInt()] = (short) log.restoreInt();
        }
    },
    BYTE {
        @Override
        public void $worlds$restore(WorldLog log) {
            Object array = log.restoreRef();
            ((byte[]) array)[log.restoreInt()] = (byte) log.restoreInt();
        }
    },
    BOOLEAN {
        @Override
        public void $worlds$restore(WorldLog log) {
            Object array = log.restoreRef();
            ((boolean[]) array)[log.restoreInt()] = log.restoreInt() != 0;
        }
    };

    /**
     * Array writes a world logs element by element before it copies chunks instead: about the
     * writes of one search step. Set with the system property {@code worlds.arrayElementLogLimit}
     * (0 copies from the first write). Past the limit a rollback costs one copy per chunk however
     * often the world rewrote it, which keeps rollback proportional to the chunks modified.
     */
    static final int LOG_LIMIT = Integer.getInteger("worlds.arrayElementLogLimit", 32);

    /**
     * Appends an entry holding {@code array[index]} to {@code log}. The caller has checked that
     * {@code array} is an array and {@code index} is in bounds.
     */
    static void record(WorldLog log, Object array, int index) {
        if (array instanceof int[]) {
            log.recordElement(INT, array, index, ((int[]) array)[index]);
        } else if (array instanceof Object[]) {
            log.recordRefElement(REF, array, index, ((Object[]) array)[index]);
        } else if (array instanceof boolean[]) {
            log.recordElement(BOOLEAN, array, index, ((boolean[]) array)[index] ? 1 : 0);
        } else if (array instanceof long[]) {
            log.recordElement(LONG, array, index, ((long[]) array)[index]);
        } else if (array instanceof byte[]) {
            log.recordElement(BYTE, array, index, ((byte[]) array)[index]);
        } else if (array instanceof double[]) {
            log.recordElement(DOUBLE, array, index, Double.doubleToRawLongBits(((double[]) array)[index]));
        } else if (array instanceof char[]) {
            log.recordElement(CHAR, array, index, ((char[]) array)[index]);
        } else if (array instanceof short[]) {
            log.recordElement(SHORT, array, index, ((short[]) array)[index]);
        } else {
            log.recordElement(FLOAT, array, index, Float.floatToRawIntBits(((float[]) array)[index]));
        }
    }

    @Override
    public Object $worlds$stamp() {
        return null;
    }

    @Override
    public void $worlds$setStamp(Object stamp) {
    }

    @Override
    public void $worlds$save(WorldLog log) {
        throw new UnsupportedOperationException("element entries are written by ArrayElement.record");
    }
}
