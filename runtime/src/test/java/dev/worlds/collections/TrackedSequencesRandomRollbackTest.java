package dev.worlds.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.worlds.Worlds;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Random operations on the tracked lists and deque next to the same operations on the JDK class,
 * inside randomly pushed, committed and popped worlds: after every step the tracked collection
 * holds what the JDK one holds, where a pop restores the JDK one from the snapshot taken at the
 * matching push.
 */
class TrackedSequencesRandomRollbackTest {
    private static final int STEPS = 4_000;

    @AfterEach
    void closeWorlds() {
        Worlds.popUntil(0);
    }

    @Test
    void arrayList() {
        for (long seed = 1; seed <= 5; seed++) {
            runList(seed, new TrackedArrayList<>(), new ArrayList<>(), ArrayList::new);
        }
    }

    @Test
    void linkedList() {
        for (long seed = 1; seed <= 5; seed++) {
            runList(seed, new TrackedLinkedList<>(), new LinkedList<>(), LinkedList::new);
        }
    }

    @Test
    void linkedListThroughItsReversedView() {
        for (long seed = 1; seed <= 3; seed++) {
            TrackedLinkedList<Integer> base = new TrackedLinkedList<>();
            runList(seed, base.reversed(), new LinkedList<>(), LinkedList::new);
        }
    }

    @Test
    void arrayDeque() {
        for (long seed = 1; seed <= 5; seed++) {
            runDeque(seed, new TrackedArrayDeque<>(2), new ArrayDeque<>(), ArrayDeque::new);
        }
    }

    @Test
    void arrayDequeThroughItsReversedView() {
        for (long seed = 1; seed <= 3; seed++) {
            runDeque(seed, new TrackedArrayDeque<Integer>(2).reversed(), new ArrayDeque<>(), ArrayDeque::new);
        }
    }

    @Test
    void linkedListAsADeque() {
        for (long seed = 1; seed <= 5; seed++) {
            runDeque(seed, new TrackedLinkedList<>(), new LinkedList<>(), LinkedList::new);
            runDeque(seed, new TrackedLinkedList<Integer>().reversed(), new LinkedList<>(), LinkedList::new);
        }
    }

    interface Copier<C> {
        C copy(Collection<Integer> of);
    }

    private static <L extends List<Integer>> void runList(long seed, List<Integer> actual, L expected, Copier<L> copier) {
        Random random = new Random(seed);
        for (int i = 0; i < 20; i++) {
            actual.add(i);
            expected.add(i);
        }
        Deque<L> snapshots = new ArrayDeque<>();
        for (int step = 0; step < STEPS; step++) {
            int op = random.nextInt(24);
            int v = random.nextInt(50);
            int size = expected.size();
            int i = size == 0 ? 0 : random.nextInt(size);
            if (op == 0 && snapshots.size() < 6) {
                snapshots.push(copier.copy(expected));
                Worlds.push();
            } else if (op == 1 && !snapshots.isEmpty()) {
                L restored = snapshots.pop();
                Worlds.pop();
                expected.clear();
                expected.addAll(restored);
            } else if (op == 2 && !snapshots.isEmpty()) {
                snapshots.pop();
                Worlds.commit();
            } else if (op == 3) {
                both(actual, expected, l -> l.add(v));
            } else if (op == 4) {
                both(actual, expected, l -> l.add(i, v));
            } else if (op == 5 && size > 0) {
                both(actual, expected, l -> l.remove(i));
            } else if (op == 6 && size > 0) {
                both(actual, expected, l -> l.set(i, v));
            } else if (op == 7) {
                both(actual, expected, l -> l.remove(Integer.valueOf(v)));
            } else if (op == 8) {
                int j = i + random.nextInt(size - i + 1);
                both(actual, expected, l -> l.subList(i, j).clear());
            } else if (op == 9) {
                both(actual, expected, l -> l.removeIf(x -> x % 7 == v % 7));
            } else if (op == 10) {
                both(actual, expected, l -> l.addAll(i, List.of(v, v + 1, v + 2)));
            } else if (op == 11) {
                both(actual, expected, l -> l.sort(v % 2 == 0 ? null : Comparator.reverseOrder()));
            } else if (op == 12) {
                both(actual, expected, l -> {
                    ListIterator<Integer> it = l.listIterator(i);
                    while (it.hasNext()) {
                        int x = it.next();
                        if (x % 3 == 0) {
                            it.remove();
                        } else if (x % 3 == 1) {
                            it.set(x + 1);
                        } else {
                            it.add(v);
                        }
                    }
                });
            } else if (op == 13) {
                both(actual, expected, l -> l.replaceAll(x -> x + 1));
            } else if (op == 14 && size > 0) {
                int j = i + random.nextInt(size - i + 1);
                both(actual, expected, l -> l.subList(i, j).add(0, v));
            } else if (op == 15 && size > 40) {
                both(actual, expected, List::clear);
            } else if (op == 16) {
                both(actual, expected, l -> l.retainAll(List.of(1, 2, 3, 5, 8, 13, 21, 34, v)));
            } else if (op == 17 && size > 0) {
                both(actual, expected, l -> {
                    ListIterator<Integer> it = l.listIterator(i + 1);
                    while (it.hasPrevious()) {
                        int x = it.previous();
                        if (x % 4 == 0) {
                            it.remove();
                        }
                    }
                });
            } else if (op == 18 && size > 0) {
                int j = i + random.nextInt(size - i + 1);
                both(actual, expected, l -> l.subList(i, j).removeIf(x -> x % 2 == 0));
            } else {
                both(actual, expected, l -> l.add(0, v));
            }
            assertEquals(expected, actual, "seed " + seed + " step " + step);
        }
        while (!snapshots.isEmpty()) {
            L restored = snapshots.pop();
            Worlds.pop();
            assertEquals(restored, actual, "seed " + seed);
        }
    }

    private static <D extends Deque<Integer>> void runDeque(long seed, Deque<Integer> actual, D expected,
            Copier<D> copier) {
        Random random = new Random(seed);
        Deque<D> snapshots = new ArrayDeque<>();
        for (int step = 0; step < STEPS; step++) {
            int op = random.nextInt(17);
            int v = random.nextInt(30);
            if (op == 0 && snapshots.size() < 6) {
                snapshots.push(copier.copy(expected));
                Worlds.push();
            } else if (op == 1 && !snapshots.isEmpty()) {
                D restored = snapshots.pop();
                Worlds.pop();
                expected.clear();
                expected.addAll(restored);
            } else if (op == 2 && !snapshots.isEmpty()) {
                snapshots.pop();
                Worlds.commit();
            } else if (op == 3) {
                bothDeques(actual, expected, d -> d.addFirst(v));
            } else if (op == 4) {
                bothDeques(actual, expected, d -> d.addLast(v));
            } else if (op == 5) {
                bothDeques(actual, expected, Deque::pollFirst);
            } else if (op == 6) {
                bothDeques(actual, expected, Deque::pollLast);
            } else if (op == 7) {
                bothDeques(actual, expected, d -> d.removeFirstOccurrence(v));
            } else if (op == 8) {
                bothDeques(actual, expected, d -> d.removeLastOccurrence(v));
            } else if (op == 9) {
                bothDeques(actual, expected, d -> d.removeIf(x -> x % 5 == v % 5));
            } else if (op == 10) {
                bothDeques(actual, expected, d -> {
                    for (Iterator<Integer> it = d.descendingIterator(); it.hasNext();) {
                        if (it.next() % 4 == v % 4) {
                            it.remove();
                        }
                    }
                });
            } else if (op == 11) {
                bothDeques(actual, expected, d -> d.addAll(List.of(v, v + 1, v + 2, v + 3)));
            } else if (op == 12 && expected.size() > 30) {
                bothDeques(actual, expected, Deque::clear);
            } else if (op == 13) {
                bothDeques(actual, expected, d -> {
                    for (Iterator<Integer> it = d.iterator(); it.hasNext();) {
                        if (it.next() % 3 == v % 3) {
                            it.remove();
                        }
                    }
                });
            } else if (op == 14) {
                bothDeques(actual, expected, d -> {
                    d.push(v);
                    d.offer(v + 1);
                    d.offerLast(d.peekFirst());
                    d.remove(v + 1);
                    if (d.size() > 3) {
                        d.pop();
                        d.removeLast();
                    }
                });
            } else {
                bothDeques(actual, expected, d -> d.offerFirst(d.isEmpty() ? v : d.pollLast()));
            }
            assertEquals(new ArrayList<>(expected), new ArrayList<>(actual), "seed " + seed + " step " + step);
        }
        while (!snapshots.isEmpty()) {
            D restored = snapshots.pop();
            Worlds.pop();
            assertEquals(new ArrayList<>(restored), new ArrayList<>(actual), "seed " + seed);
        }
    }

    interface Op<C> {
        void apply(C c);
    }

    private static void both(List<Integer> actual, List<Integer> expected, Op<List<Integer>> op) {
        op.apply(expected);
        op.apply(actual);
    }

    private static void bothDeques(Deque<Integer> actual, Deque<Integer> expected, Op<Deque<Integer>> op) {
        op.apply(expected);
        op.apply(actual);
    }
}
