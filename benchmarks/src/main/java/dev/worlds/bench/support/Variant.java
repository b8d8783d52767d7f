package dev.worlds.bench.support;

import dev.worlds.bench.api.CellWorkload;
import java.lang.reflect.InvocationTargetException;

/**
 * The three ways a benchmark runs the same workload. Benchmarks take it as the JMH parameter
 * {@code variant} with the values {@code plain}, {@code woven} and {@code handUndo}; the report
 * computes its ratios from those names.
 */
public enum Variant {
    /** The workload classes as javac compiled them, in their own class loader. */
    PLAIN("plain", "dev.worlds.bench.workload.CellLoops", false),
    /** The same class files woven in memory by {@link dev.worlds.instrument.Weaver}. */
    WOVEN("woven", "dev.worlds.bench.workload.CellLoops", true),
    /** The same loops over cells with a hand-written undo log, never woven. */
    HAND_UNDO("handUndo", "dev.worlds.bench.workload.handundo.UndoCellLoops", false);

    private static final String STAMP_FIELD = "$worlds$stamp";

    private final String paramName;
    private final String loopsClass;
    private final boolean woven;

    Variant(String paramName, String loopsClass, boolean woven) {
        this.paramName = paramName;
        this.loopsClass = loopsClass;
        this.woven = woven;
    }

    /** The value of the JMH parameter {@code variant} that selects this variant. */
    public String paramName() {
        return paramName;
    }

    /** The variant a JMH {@code variant} parameter names. */
    public static Variant named(String paramName) {
        for (Variant variant : values()) {
            if (variant.paramName.equals(paramName)) {
                return variant;
            }
        }
        throw new IllegalArgumentException("unknown variant '" + paramName + "'; use plain, woven or handUndo");
    }

    /**
     * A workload of {@code size} cells, its classes defined by a fresh class loader of this
     * variant. Checks that the cell class is woven exactly when the variant says so.
     */
    public CellWorkload newCellWorkload(int size) {
        ClassLoader loader = new WorkloadClassLoader(Variant.class.getClassLoader(), woven);
        try {
            Class<?> loops = Class.forName(loopsClass, true, loader);
            CellWorkload workload = (CellWorkload) loops.getConstructor(int.class).newInstance(size);
            checkWeaving(loader);
            return workload;
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException
                | IllegalAccessException e) {
            throw new IllegalStateException("cannot create the " + paramName + " workload " + loopsClass, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("constructor of " + loopsClass + " failed", e.getCause());
        }
    }

    private void checkWeaving(ClassLoader loader) throws ClassNotFoundException {
        Class<?> cell = Class.forName("dev.worlds.bench.workload.Cell", false, loader);
        boolean hasStamp = false;
        for (java.lang.reflect.Field field : cell.getDeclaredFields()) {
            hasStamp |= field.getName().equals(STAMP_FIELD);
        }
        if (cell.getClassLoader() != loader || hasStamp != woven) {
            throw new IllegalStateException("variant " + paramName + " expected a " + (woven ? "woven" : "plain")
                    + " Cell from its own loader, got " + (hasStamp ? "a woven" : "a plain") + " one from "
                    + cell.getClassLoader());
        }
    }
}
