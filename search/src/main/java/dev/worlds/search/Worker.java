package dev.worlds.search;

import dev.worlds.World;
import dev.worlds.Worlds;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One search thread: creates its own state, explores tasks depth-first with a world per
 * alternative, answers thieves between nodes, and steals when it runs out of work.
 *
 * <p>A task starts from the root: the worker rolls its state back to the root, replays the task's
 * path in one world, then explores the task's alternatives. Nothing of the state ever crosses
 * threads, only paths of alternative numbers.
 */
final class Worker<S> implements Runnable {
    private static final String DETERMINISM = "Branching.alternatives and Branching.apply must give the same"
            + " answers for the same state on every thread.";

    private final int index;
    private final SearchRun run;
    private final Mailbox mailbox;
    private final Supplier<? extends S> stateFactory;
    private final Branching<? super S> branching;
    private final Predicate<? super S> isSolution;
    private final Consumer<? super S> onSolution;
    private final SearchPath path = new SearchPath();
    private final SplittableRandom random;
    private final IdleBackoff backoff = new IdleBackoff();
    /** {@code worlds[d]}: the world in which the alternative taken at depth d was applied. */
    private World[] worlds = new World[32];
    private S state;
    /** Worlds open when the state was made (normally none), and with the world this worker holds for the search. */
    private int outsideDepth;
    private int rootDepth;
    private boolean arrived;
    /** The path being replayed while a task starts, else null: where a failure happened. */
    private int[] replaying;
    private int replayDepth;
    /** True between taking an alternative and leaving the child it leads to: that child is where a failure happens. */
    private boolean inChild;

    private long nodes;
    private long solutions;
    private long steals;

    Worker(int index, SearchRun run, Supplier<? extends S> stateFactory, Branching<? super S> branching,
            Predicate<? super S> isSolution, Consumer<? super S> onSolution) {
        this.index = index;
        this.run = run;
        this.mailbox = run.mailbox(index);
        this.stateFactory = stateFactory;
        this.branching = branching;
        this.isSolution = isSolution;
        this.onSolution = onSolution;
        this.random = new SplittableRandom(0x5EA2C4L * (index + 1));
    }

    @Override
    public void run() {
        Throwable failure = null;
        try {
            state = stateFactory.get();
            if (state == null) {
                throw new NullPointerException("the state factory returned null");
            }
            outsideDepth = Worlds.depth();
            Worlds.push();   // held until the search ends: see SearchRun.startTogether
            rootDepth = Worlds.depth();
            arrived = true;
            run.startTogether();
            Task task = index == 0 ? Task.root() : null;
            while (true) {
                if (task == null) {
                    task = findWork();
                    if (task == null) {
                        break;
                    }
                    steals++;
                }
                mailbox.setWorking(true);
                explore(task);
                mailbox.setWorking(false);
                task = null;
                run.taskDone();
            }
        } catch (Throwable userFailure) {
            failure = userFailure;
        } finally {
            mailbox.setWorking(false);
            failure = rollBackOutside(failure);
            if (failure != null) {
                run.fail(new WorkerFailure(Thread.currentThread().getName(), failurePath(), failure));
            }
            if (!arrived) {
                run.arriveWithoutWaiting();   // the factory threw (the search is stopped): do not keep the others waiting
            }
        }
    }

    long nodes() {
        return nodes;
    }

    long solutions() {
        return solutions;
    }

    long steals() {
        return steals;
    }

    private void explore(Task task) {
        try {
            Worlds.push();   // the replayed path: rolled back as one world when the task is done
            replay(task.path());
            int from = task.from();
            int to = task.to();
            if (task.isWholeNode()) {
                if (isSolution.test(state)) {
                    solutionFound();
                    return;
                }
                from = 0;
                to = branching.alternatives(state);
            } else if (to > branching.alternatives(state)) {
                throw new IllegalStateException("the stolen alternatives [" + from + ", " + to + ") of the node at path "
                        + Arrays.toString(task.path()) + " do not exist on this thread (the node has "
                        + branching.alternatives(state) + "). " + DETERMINISM);
            }
            path.start(task.path(), from, to);
            exploreFromBase();
        } finally {
            Worlds.popUntil(rootDepth);
        }
    }

    private void replay(int[] prefix) {
        replaying = prefix;
        for (replayDepth = 0; replayDepth < prefix.length; replayDepth++) {
            int alternative = prefix[replayDepth];
            int alternatives = branching.alternatives(state);
            if (alternative >= alternatives || !branching.apply(state, alternative)) {
                throw new IllegalStateException("replaying path " + Arrays.toString(prefix) + " at depth "
                        + replayDepth + ": alternative " + alternative + (alternative >= alternatives
                        ? " does not exist (the node has " + alternatives + ")" : " failed")
                        + ", but it succeeded on the thread that explored it first. " + DETERMINISM);
            }
        }
        replaying = null;
    }

    /** Depth-first over the path's base node; the heart of the search, so it allocates nothing per node. */
    private void exploreFromBase() {
        while (!run.stopRequested()) {
            if (mailbox.hasRequest()) {
                answerThief();
            }
            if (path.hasNextAlternative()) {
                int depth = path.depth();
                int alternative = path.takeNextAlternative();
                if (!branching.canApply(state, alternative)) {
                    continue;
                }
                World world = Worlds.push();
                nodes++;
                inChild = true;
                if (branching.apply(state, alternative)) {
                    if (isSolution.test(state)) {
                        solutionFound();
                    } else {
                        int alternatives = branching.alternatives(state);
                        if (alternatives > 0) {
                            keepOpen(depth, world);
                            path.descend(alternatives);
                            inChild = false;
                            continue;
                        }
                    }
                }
                inChild = false;
                world.rollback();
            } else if (path.atBase()) {
                return;
            } else {
                path.ascend();
                worlds[path.depth()].rollback();
            }
        }
    }

    private void keepOpen(int depth, World world) {
        if (depth >= worlds.length) {
            worlds = Arrays.copyOf(worlds, Math.max(depth + 1, worlds.length * 2));
        }
        worlds[depth] = world;
    }

    private void answerThief() {
        Task given = path.split();
        if (given != null) {
            run.taskHandedOver();
        }
        mailbox.answer(given);
    }

    private void solutionFound() {
        if (run.hasSolutionLimit() && !run.claimSolution()) {
            return;
        }
        solutions++;
        onSolution.accept(state);
    }

    /** Asks workers that have work until one gives some, or the search is over (null). */
    private Task findWork() {
        backoff.reset();
        while (true) {
            mailbox.answer(null);
            if (run.isOver()) {
                return null;
            }
            Mailbox victim = run.pickVictim(mailbox, random);
            if (victim != null && mailbox.requestFrom(victim)) {
                Task task = awaitAnswer();
                if (task != null) {
                    return task;
                }
            }
            backoff.pause();
        }
    }

    private Task awaitAnswer() {
        IdleBackoff waiting = new IdleBackoff();
        while (true) {
            Task answer = mailbox.takeAnswer();
            if (answer != null) {
                return answer == Mailbox.NO_WORK ? null : answer;
            }
            mailbox.answer(null);   // idle: a thief asking this worker gets nothing, and does not wait
            if (run.isOver()) {
                return null;
            }
            waiting.pause();
        }
    }

    private Throwable rollBackOutside(Throwable failure) {
        try {
            if (Worlds.depth() > outsideDepth) {
                Worlds.popUntil(outsideDepth);
            }
        } catch (RuntimeException | Error undoFailure) {
            if (failure == null) {
                return undoFailure;
            }
            failure.addSuppressed(undoFailure);
        }
        return failure;
    }

    private int[] failurePath() {
        if (replaying != null) {
            return Arrays.copyOf(replaying, replayDepth);
        }
        return inChild ? path.pathToChild() : path.path();
    }
}
