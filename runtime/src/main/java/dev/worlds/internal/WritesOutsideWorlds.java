package dev.worlds.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Notices, while a {@link Watch} is open, writes by threads that have no world open into objects
 * and arrays that existed before the watch began: no world saves them, so no rollback restores
 * them. A test harness (the JUnit extension) opens a watch with each test's world, so that code
 * the test runs on another thread (an {@code assertTimeoutPreemptively} body, an executor) is
 * reported instead of silently escaping the rollback. Not API: the JUnit extension's hook.
 *
 * <p>How it stays off the fast path: while a watch is open, a thread with no world open compares
 * with the watch's token instead of null ({@link WorldsRuntime#comparand()}). Objects such a thread
 * creates carry the token, so writes to them stay fast and unreported (they did not exist before
 * the watch); every other object sends its first write to the slow path, which notes it and gives
 * it the token, so it is noted once. Arrays carry no stamp: the arrays a watched thread creates
 * are remembered, weakly, in that thread's stack. Threads with worlds open are never watched:
 * their worlds save what they write.
 *
 * <pre>{@code
 * WritesOutsideWorlds.Watch watch = WritesOutsideWorlds.watch();
 * try { runTest(); } finally { List<String> escaped = watch.end(); ... }
 * }</pre>
 */
public final class WritesOutsideWorlds {
    /** Writes described at most per watch; the rest are only counted. */
    static final int MAX_DESCRIBED = 10;

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final Set<Class<?>> BARRIER_CLASSES = Set.of(WritesOutsideWorlds.class, WorldsRuntime.class,
            ObjectSaves.class, ArrayWrites.class, LoopArrayWrites.class, ArraySaves.class, ThreadWorlds.class);
    private static final String COLLECTIONS_PACKAGE = "dev.worlds.collections";
    private static final String GENERATED_METHOD_PREFIX = "$worlds$";
    private static final Object LOCK = new Object();
    /** The token of the watch opened last while any is open, else null; read by {@link #stampWithoutWorlds()}. */
    private static volatile Object newestToken;
    private static final List<Watch> OPEN = new ArrayList<>();

    private WritesOutsideWorlds() {
    }

    /** Opens a watch; every watch opened must be {@link Watch#end() ended}, on any thread. */
    public static Watch watch() {
        Watch watch = new Watch();
        synchronized (LOCK) {
            OPEN.add(watch);
            newestToken = watch.token;
        }
        return watch;
    }

    /**
     * What a thread with no world open compares stamps with, and stamps the objects it creates
     * with: null while no watch is open, else the token of the newest watch.
     */
    static Object stampWithoutWorlds() {
        return newestToken;
    }

    /**
     * Called by the slow path when a thread with no world open writes {@code target}, an object
     * (or the statics of a class) whose stamp is not the current token: notes the write unless no
     * watch is open.
     */
    static void objectWritten(Object target) {
        note(target);
    }

    /** Called when a thread with no world open creates {@code array}: writes to it are not noted. */
    static void arrayCreated(ThreadWorlds stack, Object array) {
        Object current = newestToken;
        if (current != null) {
            stack.arraysSeenWhileWatched(current).put(array, Boolean.TRUE);
        }
    }

    /**
     * Called when a thread with no world open writes into {@code array}: notes the first write of
     * each array the thread did not create while the current watch is open.
     */
    static void arrayWritten(ThreadWorlds stack, Object array) {
        Object current = newestToken;
        if (current != null && stack.arraysSeenWhileWatched(current).put(array, Boolean.TRUE) == null) {
            note(array);
        }
    }

    private static void note(Object target) {
        Note write = new Note("thread '" + Thread.currentThread().getName() + "' wrote "
                + WorldErrors.describeTarget(target) + writer());
        synchronized (LOCK) {
            for (Watch watch : OPEN) {
                watch.add(write);
            }
        }
    }

    /**
     * " at com.acme.Board.place(Board.java:42)": the innermost frame that is neither the barrier's
     * (the runtime's, or a method the weaver generated) nor a tracked collection's (a write inside
     * {@code list.add} is reported where add was called).
     */
    private static String writer() {
        return WALKER.walk(frames -> frames
                .filter(frame -> !BARRIER_CLASSES.contains(frame.getDeclaringClass())
                        && !frame.getMethodName().startsWith(GENERATED_METHOD_PREFIX)
                        && !frame.getDeclaringClass().getPackageName().equals(COLLECTIONS_PACKAGE))
                .findFirst()
                .map(frame -> " at " + frame.toStackTraceElement())
                .orElse(""));
    }

    /** One write noted, reported by the first watch that ends after it (nested watches see it too). */
    private static final class Note {
        final String description;
        boolean reported;

        Note(String description) {
            this.description = description;
        }
    }

    /** One watch: what was noted while it was open. */
    public static final class Watch {
        /** Notes kept at most per watch; the rest are only counted. */
        private static final int MAX_KEPT = 1_000;

        private final Object token = new Object() {
            @Override
            public String toString() {
                return "created by a thread without worlds while writes outside worlds are watched";
            }
        };
        private final List<Note> notes = new ArrayList<>();
        private int notKept;
        private boolean ended;

        private Watch() {
        }

        private void add(Note note) {
            if (notes.size() < MAX_KEPT) {
                notes.add(note);
            } else {
                notKept++;
            }
        }

        /**
         * Ends this watch and returns the writes noted while it was open that no watch ended before
         * reported, described ("thread 'pool-1-thread-1' wrote an object of com.acme.Board at
         * com.acme.Board.place(Board.java:42)"): at most {@value #MAX_DESCRIBED}, then a line
         * counting the others. Empty when there are none; the same once ended.
         */
        public List<String> end() {
            synchronized (LOCK) {
                if (ended) {
                    return List.of();
                }
                ended = true;
                OPEN.remove(this);
                newestToken = OPEN.isEmpty() ? null : OPEN.get(OPEN.size() - 1).token;
                List<String> writes = new ArrayList<>();
                int more = notKept;
                for (Note note : notes) {
                    if (note.reported) {
                        continue;
                    }
                    note.reported = true;
                    if (writes.size() < MAX_DESCRIBED) {
                        writes.add(note.description);
                    } else {
                        more++;
                    }
                }
                if (more > 0) {
                    writes.add("and " + more + " more");
                }
                return writes;
            }
        }
    }

    /**
     * The arrays of one thread it created or wrote while the watch with {@code token} was open,
     * weakly held (arrays use identity for equals and hashCode, so a {@code WeakHashMap} is an
     * identity map for them).
     */
    static final class SeenArrays {
        final Object token;
        final WeakHashMap<Object, Boolean> arrays = new WeakHashMap<>();

        SeenArrays(Object token) {
            this.token = token;
        }
    }
}
