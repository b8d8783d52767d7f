package dev.worlds.bench.support;

import dev.worlds.bench.api.CellWorkload;
import dev.worlds.bench.support.WorkloadClassLoader.Weaving;
import java.lang.reflect.InvocationTargetException;

/**
 * The ways a benchmark runs the same workload. Benchmarks take it as the JMH parameter
 * {@code variant} with the values {@code plain}, {@code woven}, {@code handUndo} and
 * {@code staticCompare}; the report computes its ratios from those names.
 */
public enum Variant {
    /** The workload classes as javac compiled them, in their own class loader. */
    PLAIN("plain", "dev.worlds.bench.workload.CellLoops", Weaving.NONE),
    /** The same class files woven in memory by {@link dev.worlds.instrument.Weaver}. */
    WOVEN("woven", "dev.worlds.bench.workload.CellLoops", Weaving.WEAVER),
    /** The same loops over cells with a hand-written undo log, never woven. */
    HAND_UNDO("handUndo", "dev.worlds.bench.workload.handundo.UndoCellLoops", Weaving.NONE),
    /**
     * {@link #WOVEN} with the barrier of before the thread-ownership check,
     * {@code if (o.stamp != WorldsRuntime.current) save(o)} ({@link StaticCompareBarrier}): the
     * "before" of a before/after comparison of the barrier's fast path in one run.
     */
    STATIC_COMPARE("staticCompare", "dev.worlds.bench.workload.CellLoops", Weaving.WEAVER_WITH_STATIC_COMPARE);

    private static final String STAMP_FIELD = "$worlds$stamp";

    private final String paramName;
    private final String loopsClass;
    private final Weaving weaving;
    private final boolean woven;

    Variant(String paramName, String loopsClass, Weaving weaving) {
        this.paramName = paramName;
        this.loopsClass = loopsClass;
        this.weaving = weaving;
        this.woven = weaving != Weaving.NONE;
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
        throw new IllegalArgumentException("unknown variant '" + paramName + "'; use plain, woven, handUndo or staticCompare");
    }

    /**
     * A workload of {@code size} cells, its classes defined by a fresh class loader of this
     * variant. Checks that the cell class is woven exactly when the variant says so.
     */
    public CellWorkload newCellWorkload(int size) {
        ClassLoader loader = new WorkloadClassLoader(Variant.class.getClassLoader(), weaving);
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
