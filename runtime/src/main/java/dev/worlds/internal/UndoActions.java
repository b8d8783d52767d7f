package dev.worlds.internal;

import java.util.function.Consumer;

/**
 * Stands for every undo action in the save log ({@link dev.worlds.World#onRollback}). An action
 * entry is an object entry whose target is this one shared instance and whose single saved
 * reference is the action, so registering an action allocates nothing beyond the action itself.
 * It has no stamp: its old stamp is null, so a nested commit always keeps it (re-stamping it does
 * nothing) and the outermost commit drops it with the world's other entries.
 */
final class UndoActions implements Tracked {
    static final UndoActions INSTANCE = new UndoActions();

    private UndoActions() {
    }

    @Override
    public Object $worlds$stamp() {
        return null;
    }

    @Override
    public void $worlds$setStamp(Object stamp) {
        // An action belongs to whichever world's run holds it; there is nothing to stamp.
    }

    @Override
    public void $worlds$save(WorldLog log) {
        throw new UnsupportedOperationException("undo actions are appended by WorldLog.recordAction");
    }

    /** The action of a {@code Runnable}: the target is the runnable itself. */
    static final Consumer<Object> RUN = runnable -> ((Runnable) runnable).run();

    @Override
    @SuppressWarnings("unchecked")
    public void $worlds$restore(WorldLog log) {
        Object target = log.restoreRef();
        ((Consumer<Object>) log.restoreRef()).accept(target);
    }

    /** Keeps the first failure of a rollback and attaches later ones to it. */
    static Throwable collect(Throwable first, Throwable next) {
        if (first == null) {
            return next;
        }
        if (first != next) {
            first.addSuppressed(next);
        }
        return first;
    }

    /** Throws a failure collected during a rollback: unchecked as it is, a checked one wrapped. */
    static RuntimeException rethrow(Throwable failure) {
        if (failure instanceof RuntimeException) {
            throw (RuntimeException) failure;
        }
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        throw new IllegalStateException("an undo action threw " + failure, failure);
    }
}
