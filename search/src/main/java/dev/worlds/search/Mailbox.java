package dev.worlds.search;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * One worker's end of the steal protocol. A thief posts itself in its victim's request slot; the
 * victim, which polls the slot between two nodes, splits its own path and answers into the
 * thief's answer slot. The victim's path is thus only ever touched by the victim: the hot loop
 * takes no lock and pays one volatile read per node.
 */
final class Mailbox {
    /** The answer "nothing to give": the victim had no untried alternative, or was idle itself. */
    static final Task NO_WORK = new Task(new int[0], 0, 0);

    private final AtomicReference<Mailbox> pendingThief = new AtomicReference<>();
    private volatile Task answer;
    /** True while the owner explores a task: only such workers are asked for work. */
    private volatile boolean working;
    private volatile Thread owner;

    void bind(Thread owner) {
        this.owner = owner;
    }

    boolean isWorking() {
        return working;
    }

    void setWorking(boolean working) {
        this.working = working;
    }

    /** True when a thief waits for this mailbox's owner to answer; polled at every node. */
    boolean hasRequest() {
        return pendingThief.get() != null;
    }

    /**
     * Asks {@code victim} for work on behalf of this mailbox's owner.
     *
     * @return false if another thief's request is pending there already
     */
    boolean requestFrom(Mailbox victim) {
        answer = null;
        if (!victim.pendingThief.compareAndSet(null, this)) {
            return false;
        }
        LockSupport.unpark(victim.owner);   // an idle victim may be parked; it answers when it wakes
        return true;
    }

    /**
     * Answers the pending request, if there is one: with {@code task}, or with {@link #NO_WORK}
     * when {@code task} is null. Called only by this mailbox's owner.
     */
    void answer(Task task) {
        Mailbox thief = pendingThief.get();
        if (thief == null) {
            return;
        }
        thief.answer = task == null ? NO_WORK : task;
        pendingThief.set(null);
        LockSupport.unpark(thief.owner);
    }

    /** The answer to this owner's last request, or null while none has arrived; consumes it. */
    Task takeAnswer() {
        Task received = answer;
        if (received != null) {
            answer = null;
        }
        return received;
    }

    void wake() {
        LockSupport.unpark(owner);
    }
}
