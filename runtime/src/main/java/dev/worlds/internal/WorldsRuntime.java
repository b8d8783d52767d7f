package dev.worlds.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;

/**
 * The entry points woven code calls, and the value its write barriers compare stamps with. Their
 * names are a contract with the weaver ({@code RuntimeNames}); what they do lives elsewhere:
 * {@link CurrentWorld} keeps {@link #current} up to date, {@link ObjectSaves} is the object slow
 * path, {@link ArrayWrites} and {@link ArraySaves} handle arrays, {@link ThreadWorlds} runs the
 * static-initializer brackets with {@link ClassInitState}.
 *
 * <p>The barrier woven into every tracked field write is {@code if (o.stamp != comparand)
 * WorldsRuntime.save(o)}, {@code comparand} being a local of the woven method that holds what
 * {@link #comparand()} returned: the writing thread's innermost world, or null. The array
 * barrier ({@link ArrayWrites}) compares with {@link #current}.
 */
public final class WorldsRuntime {
    /**
     * The innermost world of the one thread that has worlds open, or null when none has, or a
     * value no object carries when several have (see {@link CurrentWorld}, its only writer).
     */
    public static Object current;

    /*
     * The two other fields comparand() reads, kept in this class with current (CurrentWorld writes
     * them): read from another class, C2 kept comparand's rare branch as a call in every write
     * loop instead of trapping, which doubled the cost of writes in a world (measured:
     * WriteInWorldBenchmark 0.43 -> 0.88 ns).
     */

    /** Stamp value meaning "several threads have worlds": matches no object. */
    static final Object SHARED = new Object() {
        @Override
        public String toString() {
            return "several threads have worlds open";
        }
    };

    /**
     * {@code CurrentWorld}'s volatile owner, in a plain field for the barrier and the array cache.
     * Written under its lock; a stale value is never the reading thread unless that thread is the
     * owner, since only a thread taking ownership writes itself here.
     */
    static Thread ownerThread;

    private WorldsRuntime() {
    }

    /**
     * What the write barrier compares stamps with, for the calling thread: its innermost world
     * (the stamp of everything saved or created there), or null when it has no world open (the
     * stamp of everything no open world holds) or, while a test harness watches such writes, the
     * watch's token ({@link WritesOutsideWorlds}). A write whose object carries this stamp needs no
     * save; any other goes to {@link #save}, which saves, clears a stale stamp, or refuses a write
     * into an object another thread's open world owns.
     *
     * <p>Woven code keeps the result in a local of each method with field barriers and reads it
     * again only after a call (which may push or end a world of this thread) that is followed by a
     * barrier, so that a loop of writes compares each stamp with a register. Other threads cannot
     * make the local wrong: only the thread itself changes its innermost world. Hand-written
     * {@link Tracked} classes call it per write: {@code if (stamp != WorldsRuntime.comparand())
     * WorldsRuntime.save(this)}.
     *
     * <p>Common cases inline: no world open anywhere ({@code current} is null), and the thread that
     * owns {@code current}. A thread without worlds while one other thread has worlds needs one
     * more volatile read; the rest (several threads with worlds, and ownership changing hands)
     * looks up the thread's own stack.
     */
    public static Object comparand() {
        Object world = current;
        if (world == null) {
            return null;
        }
        Thread me = Thread.currentThread();
        Thread owning = ownerThread;
        if (owning == me && world != SHARED) {
            return world;
        }
        return comparandOf(me, owning);
    }

    /** {@link #comparand()} for a thread that does not own {@code current}. */
    private static Object comparandOf(Thread me, Thread owning) {
        if (CurrentWorld.onlyAnotherThreadHasWorlds(me, owning)) {
            return WritesOutsideWorlds.stampWithoutWorlds();
        }
        Object stamp = ThreadWorlds.current().stamp();
        return stamp != null ? stamp : WritesOutsideWorlds.stampWithoutWorlds();
    }

    /**
     * The slow path, called through a handle in a non-final field: C2 inlines a method handle only
     * when the handle is a constant, so this call always stays a call. Were
     * {@link ObjectSaves#saveSlowly} inlined into a woven class's barrier method, the barrier
     * compiled on its own could grow past the size up to which C2 inlines already-compiled methods
     * ({@code InlineSmallCode}), and every write site would then call the barrier instead of
     * inlining its compare (measured: 9x slower writes in some JVM runs, see benchmarks/README.md).
     */
    private static MethodHandle slowPath = findSlowPath();

    private static MethodHandle findSlowPath() {
        try {
            return MethodHandles.lookup().findStatic(ObjectSaves.class, "saveSlowly",
                    MethodType.methodType(void.class, Tracked.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The barrier's slow path ({@link ObjectSaves}): saves {@code target} into the calling
     * thread's innermost world unless it is already saved there, or refuses the write if another
     * thread's open world owns the target; with no world open on this thread it clears a stale
     * stamp so that later writes stay on the fast path.
     */
    public static void save(Tracked target) {
        try {
            slowPath.invokeExact(target);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Called by the static initializer of a woven class that has no stamp and no tracked statics
     * (whose initializers say the same through {@link #stampHandle} and {@link StaticState}): a woven
     * class is running, so the first push need not warn that nothing is woven.
     */
    public static void wovenClassInitialized() {
        FirstPushCheck.wovenClassInitialized();
    }

    /**
     * The {@code VarHandle} on a woven class's stamp field, made by its static initializer for its
     * generated {@code $worlds$claimStamp}.
     */
    public static VarHandle stampHandle(MethodHandles.Lookup lookup) {
        FirstPushCheck.wovenClassInitialized();
        Class<?> owner = lookup.lookupClass();
        try {
            return lookup.findVarHandle(owner, "$worlds$stamp", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Woven class " + owner.getName() + " lacks its generated stamp"
                    + " field; weave it again with the same Worlds version as the runtime.", e);
        }
    }

    /**
     * The stamp of an object being constructed: what the calling thread's barriers compare with
     * ({@link #comparand()}), its innermost world or null, since an object created in a world needs
     * no save there.
     */
    public static Object newStamp() {
        return comparand();
    }

    /**
     * Called by woven code with each object a {@code clone()} call returned. {@code Object.clone}
     * copies the stamp with the other fields, which would make the copy look saved in its
     * original's world (its first write in a world would save the shallow copy, and a rollback
     * bring back the arrays it shares with the original) or owned by another thread's world. The
     * copy is a new object: it gets the stamp of one ({@link #newStamp()}).
     */
    public static void cloned(Object copy) {
        if (copy instanceof Tracked tracked) {
            tracked.$worlds$setStamp(newStamp());
        }
    }

    /**
     * Called first in every woven static initializer: objects it creates get a stamp of their own
     * instead of the current world's (see {@link ThreadWorlds#stamp()}).
     */
    public static void beginClassInit() {
        ThreadWorlds.current().beginClassInit();
    }

    /** Called when a woven static initializer returns or throws. */
    public static void endClassInit() {
        ThreadWorlds.current().endClassInit();
    }
}
