package dev.worlds.search;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the workers of one {@link ParallelSearch#solve()} share: who can be asked for work, when
 * the search is over, the solution limit and the failures.
 *
 * <p>Termination: {@code openTasks} counts tasks being explored or handed over. It starts at 1
 * (the root) and a victim counts a task it gives away <em>before</em> the thief can see it, so it
 * reaches 0 only when no worker has work and none is on its way: then every idle worker stops.
 */
final class SearchRun {
    private final Mailbox[] mailboxes;
    private final AtomicInteger openTasks = new AtomicInteger(1);
    private final long solutionLimit;
    private final AtomicLong solutionsClaimed = new AtomicLong();
    private final List<WorkerFailure> failures = new ArrayList<>();
    private final CountDownLatch started;
    private volatile boolean finished;
    private volatile boolean stopped;

    SearchRun(int workers, long solutionLimit) {
        mailboxes = new Mailbox[workers];
        for (int i = 0; i < workers; i++) {
            mailboxes[i] = new Mailbox();
        }
        this.solutionLimit = solutionLimit;
        this.started = new CountDownLatch(workers);
    }

    /**
     * Called once by each worker when it has made its state and opened the world it keeps for the
     * whole search; returns when every worker has (or failed before: {@link #arriveWithoutWaiting}). So every
     * worker has worlds open before any explores, and none enters or leaves the runtime's
     * several-threads mode during the search: a worker that rolled back to depth 0 between tasks
     * would switch the runtime between one-thread and several-thread modes at every steal, and
     * the runtime's cache of the array saved last can be left set by the old owner across that
     * switch, losing saves (measured: 14,393 solutions of 12 queens instead of 14,200 on two
     * threads).
     */
    void startTogether() {
        started.countDown();
        boolean interrupted = false;
        while (true) {
            try {
                started.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    Mailbox mailbox(int worker) {
        return mailboxes[worker];
    }

    /** True once the search must end early: the solution limit was reached, a worker failed, or solve() was interrupted. */
    boolean stopRequested() {
        return stopped;
    }

    /** True when workers should leave: stopped, or every task explored. */
    boolean isOver() {
        return stopped || finished;
    }

    /** True when the whole tree was explored: nothing stopped the search early. */
    boolean completed() {
        return finished && !stopped;
    }

    /** For a worker that failed before {@link #startTogether()}. */
    void arriveWithoutWaiting() {
        started.countDown();
    }

    boolean hasSolutionLimit() {
        return solutionLimit != Long.MAX_VALUE;
    }

    /** Counts a task a victim is about to hand to a thief; called before the thief can receive it. */
    void taskHandedOver() {
        openTasks.incrementAndGet();
    }

    void taskDone() {
        if (openTasks.decrementAndGet() == 0) {
            finished = true;
            wakeAll();
        }
    }

    /**
     * Claims one of the solutions the limit allows; the one that reaches the limit stops the search.
     *
     * @return false if the limit was reached already: the solution must not be reported
     */
    boolean claimSolution() {
        long claimed = solutionsClaimed.incrementAndGet();
        if (claimed >= solutionLimit) {
            stop();
        }
        return claimed <= solutionLimit;
    }

    void stop() {
        stopped = true;
        wakeAll();
    }

    void fail(WorkerFailure failure) {
        synchronized (failures) {
            failures.add(failure);
        }
        stop();
    }

    /** Failures in the order they were reported; read after every worker has ended. */
    List<WorkerFailure> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** A worker other than {@code thief}'s that is exploring a task, starting at a random one; null if none is. */
    Mailbox pickVictim(Mailbox thief, SplittableRandom random) {
        int start = random.nextInt(mailboxes.length);
        for (int k = 0; k < mailboxes.length; k++) {
            Mailbox candidate = mailboxes[(start + k) % mailboxes.length];
            if (candidate != thief && candidate.isWorking()) {
                return candidate;
            }
        }
        return null;
    }

    private void wakeAll() {
        for (Mailbox mailbox : mailboxes) {
            mailbox.wake();
        }
    }
}
